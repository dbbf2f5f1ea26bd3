import type { EvalPosting } from "../types";

const ARRT_Q = "Are you ARRT-registered in radiography and licensed by the state of Ohio?";
const SHIFT_Q = "This position works rotating weekends and takes call one night a week. Can you work that schedule?";

export const radTech: EvalPosting = {
  id: "radiologic-technologist",
  split: "dev",
  field: "medical imaging / radiography",
  style:
    "public-sector style: 'Minimum Qualifications' paragraph with 'Education: … Experience: … License: …' run together, 'Desirable Qualifications', 'Special Requirements'",
  jobTitle: "Radiologic Technologist II",
  companyName: "Franklin County Hospital District",
  jobDescription: `Franklin County Hospital District operates a 220-bed hospital and two urgent care centers. The Radiologic Technologist II performs diagnostic radiographic exams in the emergency department, inpatient units and operating rooms.

MINIMUM QUALIFICATIONS
Education: Associate degree from a JRCERT-accredited radiography program. Experience: Two (2) years of experience as a radiologic technologist in a hospital setting. License: Current ARRT registration in radiography (R) and an Ohio radiographer license.

DESIRABLE QUALIFICATIONS
Portable and fluoroscopy experience in the operating room; CT cross-training; BLS certification.

SPECIAL REQUIREMENTS
Must be able to work rotating weekends and one on-call night per week. Must be able to lift and position patients up to 50 lb.`,
  resumes: [
    {
      id: "rt-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Hospital radiologic technologist for 5 years, A.A.S. from an accredited program, ARRT (R), Ohio license, OR fluoro and portables, BLS.",
      answers: [
        { question: ARRT_Q, answer: "Yes, both" },
        { question: SHIFT_Q, answer: "Yes" },
      ],
      resumeText: `Megan Foster, R.T.(R)(ARRT)
Radiologic Technologist · Columbus, OH

Experience
Radiologic Technologist, Mount Carmel East Hospital — Jun 2021 – Present
- Diagnostic radiography in the emergency department, inpatient floors and operating rooms; portables and C-arm fluoroscopy
- Rotating weekends and call
Radiologic Technologist, Riverside Urgent Care — 2020 – 2021

Education
A.A.S. Radiologic Technology, Columbus State Community College (JRCERT-accredited), 2020

Licenses & Certifications
ARRT Registered Technologist in Radiography (R)
Ohio Radiographer License
BLS (American Heart Association)`,
    },
    {
      id: "rt-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Writes 'X-ray Tech', 'Rad Tech', 'RT(R)', 'ED and OR imaging', 'mobile X-ray', 'C-arm'; 4 years in a hospital; Ohio licensed; CPR/BLS.",
      answers: [
        { question: ARRT_Q, answer: "Yes — RT(R), Ohio licensed" },
        { question: SHIFT_Q, answer: "Yes, I already rotate weekends and take call" },
      ],
      resumeText: `Jamal Reed, RT(R)
X-ray Tech

Work History
Rad Tech — OhioHealth Grant Medical Center | 2022 – Present
• ED and trauma imaging, mobile X-ray on the floors, C-arm in surgery
• Weekend rotation and night call
X-ray Tech — Mercy Health St. Rita's | 2020 – 2022
• General diagnostic imaging for a 400-bed hospital

Education
Associate of Applied Science, Radiography — Sinclair College (accredited program)

Credentials
ARRT (R); State of Ohio radiographer license; BLS`,
    },
    {
      id: "rt-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Hospital patient transporter with a skills list of every requirement; no registry, no license, no degree.",
      answers: [
        { question: ARRT_Q, answer: "No" },
        { question: SHIFT_Q, answer: "Yes" },
      ],
      resumeText: `Kyle Brennan

Skills
Radiography, ARRT, Ohio radiographer license, fluoroscopy, CT, portables, operating room, BLS, JRCERT

Experience
Patient Transporter, Riverside Methodist Hospital — 2022 – Present
- Move patients between units and imaging
Stocker, Kroger — 2019 – 2022`,
    },
    {
      id: "rt-04-student",
      label: "threshold-miss",
      grade: 4,
      missingMustHave: true,
      note: "New graduate registered last summer: ARRT (R) and Ohio license, but only clinical rotations and 4 months of hospital work against 2 years.",
      answers: [
        { question: ARRT_Q, answer: "Yes" },
        { question: SHIFT_Q, answer: "Yes" },
      ],
      resumeText: `Olivia Grant
Radiologic Technologist

Experience
Radiologic Technologist, Licking Memorial Hospital — Jul 2026 – Present
- General radiography and portables on nights
Student Radiographer (clinical rotations), Licking Memorial Hospital — 2024 – 2026

Education
A.A.S. Radiologic Technology, Central Ohio Technical College, 2026

Licenses
ARRT (R), 2026; Ohio radiographer license`,
    },
    {
      id: "rt-05-chiro-xray",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "Limited-scope X-ray operator in a chiropractic office for 6 years; no ARRT, no degree, no hospital experience.",
      answers: [
        { question: ARRT_Q, answer: "I hold a limited radiographer permit, not ARRT" },
        { question: SHIFT_Q, answer: "Yes" },
      ],
      resumeText: `Dana Whitaker
Limited X-ray Machine Operator

Experience
X-ray Operator / Chiropractic Assistant, Back in Line Chiropractic, Dublin OH — 2020 – Present
- Spine and extremity films; patient positioning; front desk
Chiropractic Assistant, Back in Line Chiropractic — 2018 – 2020

Licenses
Ohio General X-Ray Machine Operator (limited) permit`,
    },
    {
      id: "rt-06-no-weekends",
      label: "missing-must-have",
      grade: 3,
      missingMustHave: true,
      note: "Registered, licensed hospital technologist with 6 years who refuses weekends and call.",
      answers: [
        { question: ARRT_Q, answer: "Yes" },
        { question: SHIFT_Q, answer: "No — I can only work weekdays, no call" },
      ],
      resumeText: `Steven Park, R.T.(R)

Experience
Radiologic Technologist, Nationwide Children's Hospital — 2020 – Present
- Pediatric diagnostic radiography, fluoroscopy
Radiologic Technologist, Adena Regional Medical Center — 2019 – 2020

Education
A.A.S. Radiologic Technology, Ohio State ATI

Licenses
ARRT (R); Ohio radiographer license`,
    },
    {
      id: "rt-07-manager",
      label: "overqualified",
      grade: 5,
      missingMustHave: false,
      note: "Imaging director who has managed the department since 2014 without scanning patients; registered and licensed.",
      answers: [
        { question: ARRT_Q, answer: "Yes" },
        { question: SHIFT_Q, answer: "Yes" },
      ],
      resumeText: `Patricia Lowe, MBA, R.T.(R)
Director of Imaging Services

Experience
Director of Imaging Services, Genesis HealthCare System — 2014 – Present
- Lead 60 technologists across X-ray, CT and MRI; budgets, accreditation, staffing; no patient exams since 2014
Radiologic Technologist, Genesis HealthCare System — 2004 – 2014

Education
MBA, Ohio University; A.A.S. Radiologic Technology

Licenses
ARRT (R); Ohio radiographer license`,
    },
    {
      id: "rt-08-outpatient",
      label: "mixed",
      grade: 6,
      missingMustHave: false,
      note: "Registered, licensed technologist with 4 years, all in an outpatient imaging center: no ED, inpatient or OR work.",
      answers: [
        { question: ARRT_Q, answer: "Yes" },
        { question: SHIFT_Q, answer: "Yes" },
      ],
      resumeText: `Rachel Ames, RT(R)

Experience
Radiologic Technologist, Westerville Outpatient Imaging Center — 2022 – Present
- Scheduled outpatient X-rays and DEXA scans, Monday to Friday
Radiologic Technologist, OrthoNeuro clinic — 2021 – 2022

Education
A.A.S. Radiologic Technology, Columbus State Community College

Licenses
ARRT (R); Ohio radiographer license; BLS`,
    },
  ],
};
