import type { EvalPosting } from "./types";

const LIC_Q = "Do you hold an active RN license valid in Ohio (state or multistate compact)?";
const NIGHTS_Q = "Are you able to work 12-hour night shifts?";

export const nurse: EvalPosting = {
  id: "nurse",
  split: "dev",
  field: "nursing/healthcare",
  style: "prose paragraphs, cues inside sentences, number written as a word",
  jobTitle: "Registered Nurse – Medical ICU (Nights)",
  companyName: "St. Aldhelm Regional Hospital",
  jobDescription: `St. Aldhelm Regional Hospital is looking for a compassionate, skilled critical care nurse to join our 24-bed medical intensive care unit in Columbus, Ohio. You will care for patients on mechanical ventilation, titrate vasoactive infusions, and work closely with intensivists, pharmacists and respiratory therapists on a unit that values teamwork and calm under pressure.

Candidates must hold an active Registered Nurse license in the state of Ohio or a multistate compact license. Current BLS and ACLS certifications are required at hire. A minimum of two years of recent ICU or critical care experience is essential for this role.

A Bachelor of Science in Nursing (BSN) is strongly preferred. Ideally you have charted in Epic. Experience with CRRT or ECMO would be a plus, and CCRN certification is a bonus.

This is a full-time position of three 12-hour night shifts per week, with a night differential and tuition support.`,
  resumes: [
    {
      id: "rn-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "5+ years MICU, RN, BSN, CCRN, ACLS, BLS, CRRT, Epic.",
      answers: [{ question: LIC_Q, answer: "Yes, Ohio RN license" }, { question: NIGHTS_Q, answer: "Yes" }],
      resumeText: `Grace Adeyemi, BSN, RN, CCRN

Experience
Staff Nurse, Medical ICU — OhioHealth Riverside, Columbus, OH | Jan 2021 – Present
- 1:2 assignments of ventilated, septic and post-arrest patients; titrate vasopressors and sedation
- Manage CRRT circuits; charge nurse two nights a week; document in Epic
Staff Nurse, Surgical ICU — Mount Carmel, Columbus, OH | Jun 2019 – Dec 2020
- Post-operative critical care, arterial lines, CVP monitoring

Education
Bachelor of Science in Nursing, The Ohio State University, 2019

Licenses & Certifications
Registered Nurse, Ohio (active)
CCRN (AACN), 2022
ACLS, BLS — current through 2027`,
    },
    {
      id: "rn-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Writes everything out in full: critical care unit, Advanced Cardiovascular Life Support, continuous renal replacement therapy. ~4.5 years from dates.",
      answers: [{ question: LIC_Q, answer: "Yes — multistate compact license" }, { question: NIGHTS_Q, answer: "Yes" }],
      resumeText: `Thomas Brennan
Registered Nurse

Clinical Background
Registered Nurse, Cardiovascular Critical Care Unit, Bayside Medical Center — May 2022 – Present
• Care for post-cardiac-surgery and mechanically ventilated patients; continuous renal replacement therapy; vasoactive drip titration
Registered Nurse, Critical Care Unit, Lakeview General — Apr 2020 – Apr 2022
• Sepsis bundles, arterial line management, rapid response team member

Education
Bachelor of Science, Nursing — Kent State University, 2020

Credentials
Multistate compact nursing license
Advanced Cardiovascular Life Support (AHA), Basic Life Support (AHA)`,
    },
    {
      id: "rn-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Patient care technician with a skills list full of ICU keywords; no RN license.",
      answers: [{ question: LIC_Q, answer: "Not yet" }, { question: NIGHTS_Q, answer: "Yes" }],
      resumeText: `Brianna Scott
Skills
ICU, critical care, ACLS, BLS, CRRT, ECMO, CCRN, Epic, ventilators, vasopressors, RN, BSN, telemetry, sepsis, ICU, critical care

Experience
Patient Care Technician, Riverside Hospital — Aug 2023 – Present
- Vital signs, bathing, turning and ambulating patients; stocked supply rooms
Cashier, Kroger — 2021 – 2023

Education
Currently enrolled in ADN program, expected 2027`,
    },
    {
      id: "rn-04-medsurg",
      label: "missing-must-have",
      grade: 4,
      missingMustHave: true,
      note: "Solid med-surg RN, BSN, ACLS, BLS, Epic — but no ICU or critical care experience at all.",
      answers: [{ question: LIC_Q, answer: "Yes" }, { question: NIGHTS_Q, answer: "Yes" }],
      resumeText: `Olivia Grant, RN, BSN
Experience
Registered Nurse, Medical-Surgical Unit, Grant Medical Center — Mar 2018 – Present
- 1:5 med-surg assignments, post-op care, wound care; super-user for the Epic rollout
- Precepted eight new graduate nurses

Education
Bachelor of Science in Nursing, 2018

Certifications
ACLS, BLS, Registered Nurse (Ohio)`,
    },
    {
      id: "rn-05-lpn",
      label: "missing-must-have",
      grade: 2,
      missingMustHave: true,
      note: "Licensed Practical Nurse in long-term care; not an RN, no ICU.",
      answers: [{ question: LIC_Q, answer: "I hold an LPN license" }, { question: NIGHTS_Q, answer: "Yes" }],
      resumeText: `Marcus Hill, LPN
Experience
Licensed Practical Nurse, Sunrise Long-Term Care — 2019 – Present
- Medication passes for 30 residents, wound dressings, care plans
Education
Practical Nursing Diploma, 2019
Certifications
BLS`,
    },
    {
      id: "rn-06-career-changer",
      label: "career-changer",
      grade: 4,
      missingMustHave: false,
      note: "Eight years as paramedic, new-grad RN since 2025 with ~8 months in ICU residency. Short of two years ICU.",
      answers: [{ question: LIC_Q, answer: "Yes" }, { question: NIGHTS_Q, answer: "Yes" }],
      resumeText: `Daniel Osei
Summary
Paramedic turned registered nurse; comfortable in emergencies.

Experience
RN Resident, Medical ICU, University Hospital — Mar 2026 – Present
- ICU nurse residency; ventilated patients with preceptor
Paramedic, Franklin County EMS — Jun 2016 – Jun 2024
- Advanced airway management, cardiac arrest care, ACLS protocols in the field

Education
Associate Degree in Nursing, 2025

Licenses
Registered Nurse, Ohio; ACLS; BLS`,
    },
    {
      id: "rn-07-dates-only",
      label: "dates-only",
      grade: 8,
      missingMustHave: false,
      note: "ICU experience only as dated roles including an overlapping per-diem job; no claims; BSN; ACLS/BLS.",
      answers: [{ question: LIC_Q, answer: "Yes" }, { question: NIGHTS_Q, answer: "Yes" }],
      resumeText: `Aisha Rahman, RN
Employment
Registered Nurse, MICU, Summa Health — 06/2021 - Present
- Care of critically ill adults on ventilators and vasoactive drips; Epic documentation
Registered Nurse (per diem), Neuro ICU, Akron General — 01/2022 - 12/2023
- Weekend shifts; EVD and ICP monitoring
Registered Nurse, Step-Down Unit, Summa Health — 2019–2021

Education
BSN, University of Akron, 2019

Certifications
BLS, ACLS (current)`,
    },
    {
      id: "rn-08-sparse",
      label: "sparse",
      grade: 3,
      missingMustHave: false,
      note: "Three lines, nothing verifiable beyond claims.",
      answers: [],
      resumeText: `J. Morales
Nurse. ICU background. BLS.
Available for nights.`,
    },
    {
      id: "rn-09-unusual-order",
      label: "unusual-order",
      grade: 8,
      missingMustHave: false,
      note: "Licences first, then education, then clinical experience; 3.5 years trauma ICU; no BSN (ADN).",
      answers: [{ question: LIC_Q, answer: "Yes" }, { question: NIGHTS_Q, answer: "Yes" }],
      resumeText: `Noah Fitzgerald
LICENSURE AND CERTIFICATION
Registered Nurse — Ohio Board of Nursing, active
ACLS, BLS, PALS

EDUCATION
Associate Degree in Nursing, Columbus State, 2021

CLINICAL EXPERIENCE
Staff RN, Trauma ICU, Miami Valley Hospital — Apr 2023 – Present
- Trauma and neuro critical care; ECMO-trained; massive transfusion protocols
Staff RN, Cardiac ICU, Kettering Health — Jul 2021 – Mar 2023
- Post-CABG recovery, IABP, titration of inotropes`,
    },
    {
      id: "rn-10-off-target",
      label: "off-target",
      grade: 1,
      missingMustHave: true,
      note: "Software engineer.",
      answers: [{ question: LIC_Q, answer: "No" }],
      resumeText: `Peter Novak
Experience
Software Engineer, Appflow — 2019 – Present
- React and Node.js features for a scheduling app
Education
B.S. Computer Science, 2019`,
    },
    {
      id: "rn-11-overqualified",
      label: "overqualified",
      grade: 6,
      missingMustHave: false,
      note: "ICU nurse manager / director for 12 years, MSN; long history of ICU but no bedside work for a decade.",
      answers: [{ question: LIC_Q, answer: "Yes" }, { question: NIGHTS_Q, answer: "Prefer days" }],
      resumeText: `Catherine Doyle, MSN, RN, NE-BC
Experience
Director of Critical Care Nursing, Fairview Health — 2018 – Present
- Oversee three ICUs and 240 staff; budget of $38M; Magnet re-designation lead
ICU Nurse Manager, Fairview Health — 2014 – 2018
Staff Nurse, Medical ICU, Fairview Health — 2006 – 2014
- Bedside critical care, CRRT, charge nurse

Education
Master of Science in Nursing, 2013; Bachelor of Science in Nursing, 2006

Licenses
Registered Nurse, Ohio; BLS`,
    },
    {
      id: "rn-12-expired-acls",
      label: "expired-credential",
      grade: 5,
      missingMustHave: false,
      note: "Three years CVICU with BSN and BLS, but ACLS expired in 2024.",
      answers: [{ question: LIC_Q, answer: "Yes" }, { question: NIGHTS_Q, answer: "Yes" }],
      resumeText: `Ethan Park, RN
Experience
Registered Nurse, Cardiovascular ICU, Cleveland Heart Institute — Sep 2023 – Present
- Post-open-heart patients, vasoactive titration, Epic charting
Registered Nurse, Telemetry, Cleveland Heart Institute — 2021 – 2023

Education
Bachelor of Science in Nursing, 2021

Certifications
BLS (current); ACLS (expired 2024)
Registered Nurse, Ohio`,
    },
  ],
};
