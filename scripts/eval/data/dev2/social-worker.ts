import type { EvalPosting } from "../types";

const LIC_Q = "Do you hold an active Illinois LCSW license?";
const WKND_Q = "This role works one weekend in four. Are you able to work that schedule?";

export const socialWorker: EvalPosting = {
  id: "social-worker",
  split: "dev",
  field: "hospital social work",
  style: "one run-on 'Requirements:' sentence, preferred items as short bullets",
  jobTitle: "Medical Social Worker — Inpatient",
  companyName: "Lakeshore General Hospital",
  jobDescription: `Lakeshore General is a 420-bed teaching hospital on Chicago's north side. Our inpatient social workers help patients and families through admissions, hard conversations and the move home or to the next level of care.

Responsibilities
- Psychosocial assessments for patients on medical and surgical units
- Discharge planning with nurses and physicians; arrange home health, skilled nursing and hospice placements
- Crisis intervention, abuse and neglect reporting, advance directive conversations

Requirements: a Master of Social Work (MSW) degree, an active Illinois LCSW license, 3+ years of hospital or medical social work, experience with discharge planning, and the ability to work one weekend in four.

Preferred
- Epic documentation
- Spanish or Polish language skills
- Experience in palliative care or hospice`,
  resumes: [
    {
      id: "sw-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "LCSW, MSW, 5+ years hospital social work, discharge planning, Epic, Spanish.",
      answers: [
        { question: LIC_Q, answer: "Yes, Illinois LCSW #149.018822" },
        { question: WKND_Q, answer: "Yes" },
      ],
      resumeText: `Rosa Martinez, LCSW
Chicago, IL · Bilingual English/Spanish

Experience
Medical Social Worker, Northwestern Memorial Hospital — Apr 2021 – Present
- Psychosocial assessments and discharge planning for cardiac and surgical units, 18–22 patients
- Arrange skilled nursing, home health and hospice placements; document in Epic
- Lead family meetings on goals of care with the palliative care team
Hospital Social Worker, Mercy Hospital & Medical Center — 2019 – 2021
- Emergency department and medical floors: crisis intervention, DCFS and APS reporting

Education & Licensure
Master of Social Work, Loyola University Chicago, 2019
Licensed Clinical Social Worker (LCSW), Illinois`,
    },
    {
      id: "sw-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Says 'care transitions', 'dispo planning', 'clinical licensure', 'Master's in Social Work'; 4 years inpatient.",
      answers: [
        { question: LIC_Q, answer: "Yes — clinical social work licensure in Illinois" },
        { question: WKND_Q, answer: "Yes, that's fine" },
      ],
      resumeText: `Daniel Kowalski
Inpatient Care Coordinator (Social Work)

Work History
Care Coordinator, Social Work — Advocate Illinois Masonic Medical Center | 2022 – Present
• Transitions of care for oncology and med-surg inpatients: dispo planning to SNF, LTACH, home with services
• Bedside psychosocial evaluations; elder-abuse reports; advance directive discussions
Social Work Case Manager — Swedish Hospital, Chicago | 2020 – 2022
• Post-acute placement and insurance authorizations for orthopedic and stroke patients; Epic charting

Education
Master's in Social Work, University of Illinois Chicago, 2020
Clinical licensure: State of Illinois (LCSW)
Languages: Polish (fluent)`,
    },
    {
      id: "sw-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Front-desk receptionist with a skills list naming MSW, LCSW, discharge planning; no degree or social work roles.",
      answers: [
        { question: LIC_Q, answer: "Working toward it" },
        { question: WKND_Q, answer: "Yes" },
      ],
      resumeText: `Brittany Lane

Skills
LCSW, MSW, discharge planning, medical social work, psychosocial assessment, hospice, palliative care, Epic, crisis intervention

Experience
Front Desk Receptionist, Lakeview Dental Group — 2020 – Present
- Greet patients, schedule appointments, verify insurance
Cashier, Walgreens — 2017 – 2020

Education
B.A. Psychology, Northeastern Illinois University, 2017`,
    },
    {
      id: "sw-04-rn-case-manager",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "RN case manager: six years of hospital discharge planning, but a nurse, not a social worker (no MSW, no LCSW).",
      answers: [
        { question: LIC_Q, answer: "No, I am a licensed RN" },
        { question: WKND_Q, answer: "Yes" },
      ],
      resumeText: `Grace Adeyemi, RN, BSN, CCM

Experience
RN Case Manager, Rush University Medical Center — 2020 – Present
- Discharge planning and utilization review for medical units; coordinate SNF and home health placements
- Work with social workers on complex discharges; Epic
Staff Nurse, Medical-Surgical Unit, Rush University Medical Center — 2016 – 2020

Education & Licensure
Bachelor of Science in Nursing, DePaul University, 2016
Illinois Registered Nurse license · Certified Case Manager (CCM)`,
    },
    {
      id: "sw-05-lsw",
      label: "missing-must-have",
      grade: 4,
      missingMustHave: true,
      note: "MSW with 4 years of hospital social work, but only the LSW; the screening answer says no LCSW yet.",
      answers: [
        { question: LIC_Q, answer: "No — I hold an LSW; my LCSW exam is scheduled for spring" },
        { question: WKND_Q, answer: "Yes" },
      ],
      resumeText: `Kevin Tran, LSW

Experience
Hospital Social Worker, Loyola University Medical Center — 2022 – Present
- Discharge planning for medical ICU step-down and surgical units; placements to rehab and skilled nursing
- Psychosocial assessments, family meetings, Epic documentation
Social Worker, Hines VA Hospital — 2021 – 2022

Education & License
Master of Social Work, Aurora University, 2021
Licensed Social Worker (LSW), Illinois`,
    },
    {
      id: "sw-06-outpatient-therapist",
      label: "mixed",
      grade: 5,
      missingMustHave: false,
      note: "LCSW, MSW; 5 years as an outpatient mental-health therapist, about 1.5 years of hospital social work.",
      answers: [
        { question: LIC_Q, answer: "Yes" },
        { question: WKND_Q, answer: "Yes" },
      ],
      resumeText: `Amara Okonkwo, LCSW

Experience
Social Worker, Emergency Department, Ascension Saint Joseph Hospital — May 2025 – Present
- Crisis assessments and discharge planning for ED patients; shelter and detox referrals
Outpatient Therapist, Thresholds Community Mental Health — 2020 – 2025
- Individual and group therapy for adults with serious mental illness; CBT and DBT

Education & Licensure
Master of Social Work, University of Chicago, 2019
Illinois LCSW`,
    },
    {
      id: "sw-07-private-practice",
      label: "off-target",
      grade: 4,
      missingMustHave: false,
      note: "LCSW with older hospital experience, now in private practice and asking for two days a week.",
      answers: [
        { question: LIC_Q, answer: "Yes" },
        { question: WKND_Q, answer: "Possibly" },
      ],
      resumeText: `Miriam Feld, LCSW
Seeking a part-time hospital position, two days a week, alongside my practice.

Experience
Psychotherapist (private practice), Feld Counseling, Evanston — 2016 – Present
- Individual and couples therapy
Medical Social Worker, Evanston Hospital — 2010 – 2016
- Discharge planning and family support on oncology and medical floors

Education
Master of Social Work, Loyola University Chicago, 2009 · Illinois LCSW`,
    },
    {
      id: "sw-08-no-weekends",
      label: "missing-must-have",
      grade: 3,
      missingMustHave: true,
      note: "Qualified hospital social worker (LCSW, 4 years) whose answer refuses the weekend rotation.",
      answers: [
        { question: LIC_Q, answer: "Yes" },
        { question: WKND_Q, answer: "No, I cannot work weekends" },
      ],
      resumeText: `Jordan Ellis, LCSW

Experience
Medical Social Worker, University of Chicago Medicine — 2022 – Present
- Psychosocial assessments and discharge planning for transplant and medicine units; Epic
Hospital Social Worker, Jackson Park Hospital — 2021 – 2022

Education & Licensure
Master of Social Work, Dominican University, 2021
Licensed Clinical Social Worker, Illinois`,
    },
  ],
};
