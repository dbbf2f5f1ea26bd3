import type { EvalPosting } from "../types";

const SIT_Q = "Do you hold a Surveyor-in-Training (SIT/LSIT) certificate?";
const FIELD_Q = "This role is in the field four days a week in all weather. Is that workable for you?";

export const landSurveyor: EvalPosting = {
  id: "land-surveyor",
  split: "dev",
  field: "land surveying",
  style: "ALL-CAPS headings, terse bullets with abbreviations, a years threshold in the first bullet",
  jobTitle: "Survey Party Chief",
  companyName: "Ridgeline Geomatics",
  jobDescription: `Ridgeline Geomatics is a 60-person surveying and mapping firm serving developers, utilities and the state DOT across Colorado.

WHAT YOU'LL DO
- Lead a two-person field crew on boundary, topographic and ALTA surveys and construction staking
- Run robotic total stations and GNSS receivers; reduce and check field data before it leaves the truck

REQUIREMENTS
- 3+ years of field land surveying experience
- Surveyor-in-Training (SIT / LSIT) certificate
- Proficient with robotic total stations and GNSS/RTK equipment
- Valid driver's license; able to work outdoors in all weather and carry 40 lb of gear

PREFERRED
- Experience running a crew as party chief
- AutoCAD Civil 3D or Trimble Business Center
- OSHA 10`,
  resumes: [
    {
      id: "ls-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Party chief, 6 years of field surveying, LSIT, Trimble robotic and GNSS, Civil 3D, OSHA 10.",
      answers: [
        { question: SIT_Q, answer: "Yes, LSIT since 2022" },
        { question: FIELD_Q, answer: "Yes" },
      ],
      resumeText: `Daniel Ortega
Survey Party Chief · Denver, CO

Experience
Survey Party Chief, Front Range Surveying — Mar 2022 – Present
- Lead a two-person crew on boundary, topographic and ALTA/NSPS surveys and construction staking
- Trimble S7 robotic total station and R12i GNSS; daily field-to-finish checks in Trimble Business Center
Survey Technician (Instrument Operator), Front Range Surveying — Jun 2020 – Mar 2022
- Boundary and topographic field surveys; GNSS control
Chainman, Mile High Land Surveys — 2019 – 2020

Certifications
Land Surveyor in Training (LSIT), Colorado, 2022
OSHA 10 Construction
Driver's license (Colorado, clean record)

Skills
AutoCAD Civil 3D, Trimble Access, least-squares adjustment`,
    },
    {
      id: "ls-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Chief of party for 5 years, writes 'Surveyor Intern (SI)', 'cadastral', 'topo', 'stakeout', 'robot', 'RTK rover with VRS'.",
      answers: [
        { question: SIT_Q, answer: "Yes — Surveyor Intern certificate (passed the FS exam in 2021)" },
        { question: FIELD_Q, answer: "Yes, I've worked outside year-round for years" },
      ],
      resumeText: `Kelsey Brandt
Chief of Party

Work History
Chief of Party — High Plains Geospatial, Greeley | 2021 – Present
• Run a 2-person crew on cadastral, topo and right-of-way jobs; stakeout for subdivisions and utilities
• Leica robot and RTK rover with VRS network corrections; field-to-finish in Carlson
Instrument Person — High Plains Geospatial | 2019 – 2021
• Cadastral retracement, monument recovery, topo collection

Credentials
Surveyor Intern (SI), passed NCEES Fundamentals of Surveying, 2021
CDL Class C`,
    },
    {
      id: "ls-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Barista with a keyword list of every requirement; no surveying work, no SIT.",
      answers: [
        { question: SIT_Q, answer: "No" },
        { question: FIELD_Q, answer: "Yes" },
      ],
      resumeText: `Tyler Nash

Skills
Land surveying, robotic total station, GNSS/RTK, boundary surveys, topographic surveys, construction staking, SIT, LSIT, Civil 3D, Trimble Business Center, OSHA 10, party chief

Experience
Barista, Peak Coffee, Boulder — 2021 – Present
- Open the store, train new staff
Cashier, King Soopers — 2019 – 2021`,
    },
    {
      id: "ls-04-no-sit",
      label: "missing-must-have",
      grade: 3,
      missingMustHave: true,
      note: "Experienced instrument operator, 5 years, robotic total station and GNSS, but no SIT and says so.",
      answers: [
        { question: SIT_Q, answer: "No, I have not taken the FS exam" },
        { question: FIELD_Q, answer: "Yes" },
      ],
      resumeText: `Marcus Lee
Instrument Operator

Experience
Instrument Operator, Summit Land Surveying, Colorado Springs — 2021 – Present
- Boundary and topographic surveys with a Topcon robotic total station and GNSS rover; construction staking
Rodman, Summit Land Surveying — 2020 – 2021

Education
High school diploma; surveying coursework at Pikes Peak State College (no degree)`,
    },
    {
      id: "ls-05-drafter",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "Civil CAD drafter who turns survey data into plats in Civil 3D; no field surveying, no SIT.",
      answers: [
        { question: SIT_Q, answer: "No" },
        { question: FIELD_Q, answer: "I would prefer office work" },
      ],
      resumeText: `Priya Raman
Civil Designer / CAD Drafter

Experience
CAD Drafter, Canyon Civil Engineering, Denver — 2019 – Present
- Draft plats, grading plans and utility plans in AutoCAD Civil 3D from survey crews' point files
- Build surfaces and alignments; prepare exhibits for ALTA surveys
Drafting Intern, Canyon Civil Engineering — 2018 – 2019

Education
A.A.S. Civil Engineering Technology, Red Rocks Community College`,
    },
    {
      id: "ls-06-principal",
      label: "overqualified",
      grade: 4,
      missingMustHave: false,
      note: "Licensed PLS, firm principal who has managed the business rather than run a crew since 2011; wants part-time.",
      answers: [
        { question: SIT_Q, answer: "I am a licensed PLS" },
        { question: FIELD_Q, answer: "Two days a week at most" },
      ],
      resumeText: `Gordon Whitfield, PLS
Principal Surveyor

Looking for part-time field work, two days a week, as I hand over my firm.

Experience
Principal and Owner, Whitfield & Sons Surveying — 2011 – Present
- Run a 25-person firm: business development, contracts, signing and sealing plats; no field crew work since 2011
Party Chief, Whitfield & Sons Surveying — 1998 – 2011
- Boundary and topographic surveys, total stations and early GPS

License
Professional Land Surveyor (PLS), Colorado and Wyoming`,
    },
    {
      id: "ls-07-18-months",
      label: "threshold-miss",
      grade: 5,
      missingMustHave: false,
      note: "LSIT with robotic and GNSS experience, but only about 18 months of field surveying against 3+ years.",
      answers: [
        { question: SIT_Q, answer: "Yes" },
        { question: FIELD_Q, answer: "Yes" },
      ],
      resumeText: `Hannah Cole
Survey Technician

Experience
Survey Technician, Aspen Land Surveys, Fort Collins — May 2025 – Present
- Topographic and boundary field surveys with a Trimble robotic total station and R10 GNSS
- Construction staking for residential subdivisions

Education
B.S. Geomatics, Metropolitan State University of Denver, 2025

Certifications
LSIT, Colorado (2025)`,
    },
    {
      id: "ls-08-machine-control",
      label: "mixed",
      grade: 6,
      missingMustHave: false,
      note: "SIT holder with 4 years of construction layout and GPS machine-control models; little boundary or topographic surveying.",
      answers: [
        { question: SIT_Q, answer: "Yes" },
        { question: FIELD_Q, answer: "Yes" },
      ],
      resumeText: `Luis Herrera

Experience
Construction Layout Technician, Kiewit, Denver — 2022 – Present
- Lay out grade stakes, curb and utility offsets with a Trimble SPS robotic total station and GNSS rover
- Build 3D machine-control models for dozers and graders
Grade Checker, Kiewit — 2021 – 2022

Certifications
Surveyor-in-Training (SIT), Colorado, 2023`,
    },
  ],
};
