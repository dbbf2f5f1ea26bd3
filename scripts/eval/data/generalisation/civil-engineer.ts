import type { EvalPosting } from "../types";

const PE_Q = "Are you a licensed Professional Engineer (PE) in Texas, or able to obtain Texas PE licensure by comity within 6 months?";
const AUTH_Q = "Will you now or in the future require visa sponsorship to work in the US?";

export const civilEngineer: EvalPosting = {
  id: "civil-engineer",
  split: "test",
  field: "civil engineering",
  style: "numbered must-haves under a 'Minimum qualifications' heading; preferred as prose",
  jobTitle: "Civil Engineer III — Land Development",
  companyName: "Ridgeway Engineering",
  jobDescription: `Ridgeway Engineering designs land development projects across Central Texas: subdivisions, site plans, drainage and utilities.

Minimum qualifications
1. Licensed Professional Engineer (PE) in Texas, or able to obtain Texas licensure by comity within 6 months
2. 5+ years of land development or site civil design experience
3. Proficiency in AutoCAD Civil 3D
4. Must be authorized to work in the US without sponsorship

We'd prefer someone who has done drainage studies and stormwater design, who knows City of Austin or Travis County review processes, and who has managed junior engineers.`,
  resumes: [
    {
      id: "ce-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Texas PE, 8 years site civil, Civil 3D, drainage, Austin review, manages EITs.",
      answers: [
        { question: PE_Q, answer: "Yes, Texas PE #131245" },
        { question: AUTH_Q, answer: "No" },
      ],
      resumeText: `Jennifer Walsh, P.E.
Experience
Project Engineer — Kimley-Horn, Austin TX | 2020 – Present
- Site civil and subdivision design in AutoCAD Civil 3D: grading, utilities, drainage
- Drainage studies and detention design; City of Austin site plan reviews; manage three EITs
Civil Engineer — Pape-Dawson Engineers | 2017 – 2020
- Land development for residential subdivisions in Travis and Williamson counties
Licenses: Professional Engineer, Texas`,
    },
    {
      id: "ce-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "'Site development engineer', 'C3D', 'hydrology & hydraulics', 'P.E. (TX)'.",
      answers: [
        { question: PE_Q, answer: "Yes" },
        { question: AUTH_Q, answer: "No sponsorship needed" },
      ],
      resumeText: `Omar Haddad, P.E. (TX)
Site Development Engineer

Work
Senior Site Development Engineer — Bury Inc., Austin — 2019 – Present
• Residential and commercial site development packages in C3D; hydrology & hydraulics reports; stormwater detention
• Mentor two engineers-in-training
Design Engineer — LJA Engineering — 2017 – 2019`,
    },
    {
      id: "ce-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Drafter keyword list, no engineering degree, no PE.",
      answers: [
        { question: PE_Q, answer: "No" },
        { question: AUTH_Q, answer: "No" },
      ],
      resumeText: `Chris Palmer
Skills: Professional Engineer, PE, land development, site civil design, AutoCAD Civil 3D, drainage studies, stormwater, City of Austin, Travis County, project management

Experience
CAD Drafter — SignWorks Austin | 2023 – Present
- Drafted sign layouts in AutoCAD`,
    },
    {
      id: "ce-04-sponsorship",
      label: "no-work-authorisation",
      grade: 3,
      missingMustHave: true,
      note: "Good site civil engineer who will require sponsorship.",
      answers: [
        { question: PE_Q, answer: "I can obtain licensure by comity" },
        { question: AUTH_Q, answer: "Yes, I will require H-1B sponsorship" },
      ],
      resumeText: `Arjun Rao
Experience
Civil Engineer — Halff Associates, Dallas | 2019 – Present
- Land development and drainage design in Civil 3D
Education: MS Civil Engineering, Texas A&M, 2019
Licenses: PE, Colorado`,
    },
    {
      id: "ce-05-structural",
      label: "adjacent-profession",
      grade: 4,
      missingMustHave: true,
      note: "Structural engineer PE: bridges and buildings, no land development or Civil 3D.",
      answers: [
        { question: PE_Q, answer: "Yes" },
        { question: AUTH_Q, answer: "No" },
      ],
      resumeText: `Linda Cheng, P.E., S.E.
Experience
Structural Engineer — Walter P Moore, Austin | 2016 – Present
- Steel and concrete building design in RISA and ETABS; bridge inspections
Licenses: Texas PE, Structural Engineer`,
    },
    {
      id: "ce-06-eit",
      label: "mixed",
      grade: 5,
      missingMustHave: false,
      note: "EIT with 3.5 years land development, Civil 3D, drainage; PE exam passed, license pending.",
      answers: [
        { question: PE_Q, answer: "PE exam passed; licensure expected in 4 months" },
        { question: AUTH_Q, answer: "No" },
      ],
      resumeText: `Ethan Morales, EIT
Experience
Design Engineer — Dunaway Associates, Austin | May 2023 – Present
- Subdivision grading, utilities and drainage in Civil 3D; Austin permit submittals
Education: BS Civil Engineering, UT Austin, 2023`,
    },
    {
      id: "ce-07-unrelated",
      label: "off-target",
      grade: 1,
      missingMustHave: true,
      note: "Software developer.",
      answers: [
        { question: PE_Q, answer: "No" },
        { question: AUTH_Q, answer: "No" },
      ],
      resumeText: `Kyle Brandt
Experience
Frontend Developer — Dell | 2019 – Present
- React and TypeScript web apps`,
    },
  ],
};
