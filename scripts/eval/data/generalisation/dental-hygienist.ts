import type { EvalPosting } from "../types";

const LIC_Q = "Do you hold an active Oregon dental hygiene license with local anesthesia endorsement?";

export const dentalHygienist: EvalPosting = {
  id: "dental-hygienist",
  split: "test",
  field: "dental/healthcare",
  style: "short prose with 'must' cues and a nice-to-have sentence",
  jobTitle: "Registered Dental Hygienist",
  companyName: "Willamette Family Dental",
  jobDescription: `Willamette Family Dental in Salem, Oregon is adding a full-time registered dental hygienist (four days a week).

You must hold an active Oregon dental hygiene license with the local anesthesia endorsement, and have at least 2 years of clinical hygiene experience in a general or periodontal practice. Current CPR/BLS certification is required.

Experience with Dentrix and digital radiography would be a plus, as would Spanish.`,
  resumes: [
    {
      id: "dh-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "RDH with Oregon license + LA endorsement, 5 years general practice, BLS, Dentrix.",
      answers: [{ question: LIC_Q, answer: "Yes" }],
      resumeText: `Kayla Nguyen, RDH
Experience
Registered Dental Hygienist — Capitol Dental Care, Salem OR | 2021 – Present
- Prophylaxis, scaling and root planing, periodontal charting; local anesthesia administration
- Digital radiography and charting in Dentrix
Dental Hygienist — Smile Keepers | 2019 – 2021
Licenses: Oregon Dental Hygiene License with Local Anesthesia Endorsement; BLS (AHA)`,
    },
    {
      id: "dh-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "'Hygienist', 'SRP', 'perio maintenance', 'LA permit', 'Basic Life Support'.",
      answers: [{ question: LIC_Q, answer: "Yes, OR RDH with LA permit" }],
      resumeText: `Sofia Ramirez
Hygienist

Work
Hygienist — Periodontal Associates of Portland — 2020 – Present
• SRP, perio maintenance, intraoral imaging; administer local anesthetic
Hygienist — Bright Smiles Family Dentistry — 2019 – 2020
Basic Life Support (current) · Bilingual English/Spanish`,
    },
    {
      id: "dh-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Dental receptionist with hygiene keywords.",
      answers: [{ question: LIC_Q, answer: "No" }],
      resumeText: `Megan Price
Skills: registered dental hygienist, RDH, Oregon license, local anesthesia, scaling and root planing, periodontal, BLS, Dentrix, digital radiography, Spanish

Experience
Dental Receptionist — Salem Smiles | 2022 – Present
- Scheduling and insurance verification in Dentrix`,
    },
    {
      id: "dh-04-assistant",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "Expanded-function dental assistant: chairside, radiographs; not a hygienist.",
      answers: [{ question: LIC_Q, answer: "No — I am an EFDA" }],
      resumeText: `Tara Collins
Experience
Expanded Function Dental Assistant — Salem Family Dentistry | 2017 – Present
- Chairside assisting, sealants, coronal polishing, digital radiographs
Certifications: Oregon EFDA, Radiology Proficiency, BLS`,
    },
    {
      id: "dh-05-no-la",
      label: "missing-must-have",
      grade: 4,
      missingMustHave: true,
      note: "Experienced hygienist licensed in Washington, no Oregon license yet; answer says no.",
      answers: [{ question: LIC_Q, answer: "Not yet — Washington license only, Oregon application pending" }],
      resumeText: `Heather Young, RDH
Experience
Dental Hygienist — Vancouver Dental Group, WA | 2018 – Present
- Prophylaxis, SRP, local anesthesia, radiographs
License: Washington Dental Hygiene License; BLS`,
    },
    {
      id: "dh-06-new-grad",
      label: "mixed",
      grade: 5,
      missingMustHave: false,
      note: "Licensed with endorsement but only one year of practice.",
      answers: [{ question: LIC_Q, answer: "Yes" }],
      resumeText: `Jasmine Ortiz, RDH
Experience
Dental Hygienist — Keizer Dental | Oct 2025 – Present
- General practice hygiene; local anesthesia; Dentrix
Education: AAS Dental Hygiene, Portland Community College, 2025
Licenses: Oregon Dental Hygiene License, Local Anesthesia Endorsement; BLS`,
    },
    {
      id: "dh-07-parttime",
      label: "overqualified",
      grade: 5,
      missingMustHave: false,
      note: "Hygiene program director, teaching for 8 years with one clinic day a month; wants part-time.",
      answers: [{ question: LIC_Q, answer: "Yes" }],
      resumeText: `Linda Marsh, RDH, MS
Summary
Seeking part-time clinical work (one or two days a week).
Experience
Program Director, Dental Hygiene — Chemeketa Community College | 2018 – Present
- Curriculum, accreditation and faculty; clinic supervision one day a month
Registered Dental Hygienist — Salem Dental Arts | 2008 – 2018
License: Oregon Dental Hygiene with Local Anesthesia; BLS`,
    },
  ],
};
