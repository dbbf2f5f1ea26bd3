import type { EvalPosting } from "../types";

const CERT_Q = "Do you hold the ASCP MLS certification?";
const SHIFT_Q = "This position works evening shift (3 pm – 11:30 pm) with every other weekend. Can you work it?";

export const labScientist: EvalPosting = {
  id: "lab-scientist",
  split: "dev",
  field: "clinical laboratory",
  style: "bulleted 'Qualifications' with '(required)' / '(preferred)' tags at the end of each line",
  jobTitle: "Medical Laboratory Scientist — Evening Shift",
  companyName: "St. Brendan Regional Medical Center",
  jobDescription: `St. Brendan's core lab runs 1.2 million tests a year for a 300-bed hospital and its clinics. Our evening team keeps chemistry, hematology, coagulation and the blood bank running for the ED and the floors.

Qualifications
- Bachelor's degree in medical laboratory science, clinical laboratory science, or a biological science (required)
- ASCP Medical Laboratory Scientist (MLS) certification (required)
- 2+ years as a generalist in a hospital clinical laboratory (required)
- Able to work evening shift and every other weekend (required)
- Blood bank / transfusion service experience (preferred)
- Experience with Beckman or Sysmex analyzers and the Epic Beaker LIS (preferred)
- Turnaround on stat results within 60 minutes 95%+ of the time (preferred)`,
  resumes: [
    {
      id: "ls-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "MLS(ASCP), BS MLS, 5 years hospital generalist incl. blood bank, Sysmex, Beaker, evenings.",
      answers: [
        { question: CERT_Q, answer: "Yes, MLS(ASCP) since 2020" },
        { question: SHIFT_Q, answer: "Yes" },
      ],
      resumeText: `Olivia Grant, MLS(ASCP)CM

Experience
Medical Laboratory Scientist, Generalist — Mercy Regional Hospital | Jun 2021 – Present
- Rotate through chemistry, hematology, coagulation, urinalysis and blood bank on evening shift
- Crossmatches, antibody identification and massive transfusion protocol support for the ED
- Run and maintain Sysmex XN and Beckman AU analyzers; result in Epic Beaker; stat turnaround under 60 minutes 97% of the time
Medical Laboratory Scientist — Valley Community Hospital | Jul 2020 – May 2021

Education & Certification
B.S. Medical Laboratory Science, University of Kansas, 2020
ASCP Board of Certification — Medical Laboratory Scientist (MLS)`,
    },
    {
      id: "ls-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Writes 'clinical lab scientist', 'CLS', 'transfusion medicine', 'core lab', 'bench rotations'; 4 years.",
      answers: [
        { question: CERT_Q, answer: "Yes — certified by ASCP BOC as MLS" },
        { question: SHIFT_Q, answer: "Yes, I prefer evenings" },
      ],
      resumeText: `Ramon Castillo, CLS

Work History
Clinical Lab Scientist — Core Lab, Good Samaritan Medical Center | 2022 – Present
• Bench rotations across chem, heme, coag and the transfusion medicine section; evening and weekend coverage
• Antibody workups and product issue for trauma; QC and calibration on Sysmex and Beckman instruments
Clinical Lab Scientist — Riverside Hospital Laboratory | 2020 – 2022
• Core lab generalist, 250-bed acute care hospital

Education
Bachelor of Science, Clinical Laboratory Science, 2020`,
    },
    {
      id: "ls-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Phlebotomist with a list of every lab keyword; no degree, no certification, no bench work.",
      answers: [
        { question: CERT_Q, answer: "No, I am a certified phlebotomy technician" },
        { question: SHIFT_Q, answer: "Yes" },
      ],
      resumeText: `Tasha Reed
Skills: MLS, ASCP, blood bank, chemistry, hematology, coagulation, Sysmex, Beckman, Epic Beaker, medical laboratory science

Experience
Phlebotomist — QuickDraw Labs | 2021 – Present
- Venipuncture for outpatients, 60 draws a day; label and spin specimens
Pharmacy Cashier — CVS | 2018 – 2021`,
    },
    {
      id: "ls-04-mlt",
      label: "adjacent-profession",
      grade: 4,
      missingMustHave: true,
      note: "Medical laboratory technician (MLT, associate degree): 6 years hospital bench, but not an MLS and no bachelor's.",
      answers: [
        { question: CERT_Q, answer: "I hold the MLT(ASCP) — technician level" },
        { question: SHIFT_Q, answer: "Yes" },
      ],
      resumeText: `Derek Huang, MLT(ASCP)

Experience
Medical Laboratory Technician — Lakeside Hospital | 2019 – Present
- Hematology, chemistry and urinalysis benches on evenings; Sysmex and Beckman analyzers; Epic Beaker
Medical Laboratory Technician — Quest Diagnostics | 2018 – 2019

Education
A.A.S. Medical Laboratory Technology, Johnson County Community College, 2018`,
    },
    {
      id: "ls-05-days-only",
      label: "missing-must-have",
      grade: 3,
      missingMustHave: true,
      note: "Qualified MLS (4 years hospital generalist) whose answer refuses evenings and weekends.",
      answers: [
        { question: CERT_Q, answer: "Yes" },
        { question: SHIFT_Q, answer: "No, I can only work day shift" },
      ],
      resumeText: `Jenna Morales, MLS(ASCP)

Experience
Medical Laboratory Scientist — Children's Mercy Hospital | 2022 – Present
- Generalist: chemistry, hematology, blood bank; Epic Beaker
Medical Laboratory Scientist — Truman Medical Center | 2021 – 2022

Education
B.S. Clinical Laboratory Science, 2021 · MLS(ASCP)`,
    },
    {
      id: "ls-06-research",
      label: "mixed",
      grade: 5,
      missingMustHave: false,
      note: "Biology BS, MLS certified in 2025 after research lab work; about a year of hospital bench.",
      answers: [
        { question: CERT_Q, answer: "Yes, passed in 2025" },
        { question: SHIFT_Q, answer: "Yes" },
      ],
      resumeText: `Aaron Feldman, MLS(ASCP)

Experience
Medical Laboratory Scientist — Overland Park Regional Medical Center | Oct 2025 – Present
- Chemistry and hematology benches, evening shift
Research Technician — University of Kansas Cancer Center | 2019 – 2024
- PCR, cell culture and ELISA for a tumour biology lab

Education
B.S. Biology, 2019 · MLS certificate program, 2025`,
    },
    {
      id: "ls-07-manager",
      label: "overqualified",
      grade: 4,
      missingMustHave: false,
      note: "Lab director who has not worked a bench since 2015; wants a day-shift leadership role.",
      answers: [
        { question: CERT_Q, answer: "Yes" },
        { question: SHIFT_Q, answer: "I would prefer day shift" },
      ],
      resumeText: `Karen Whitlock, MLS(ASCP), MBA
Looking for a laboratory leadership role on day shift.

Experience
Director of Laboratory Services — Heartland Health System | 2015 – Present
- Lead 4 hospital labs and 120 staff: budgets, CAP inspections, vendor contracts; no bench work since 2015
Medical Laboratory Scientist — Heartland Health System | 2006 – 2015

Education
B.S. Medical Technology, 2006`,
    },
  ],
};
