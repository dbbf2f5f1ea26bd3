import type { EvalPosting } from "../types";

const CERT_Q = "Do you hold a current CPC or CCS credential?";
const REMOTE_Q = "This role is remote within the US. Are you authorized to work in the US without sponsorship?";

export const medicalCoder: EvalPosting = {
  id: "medical-coder",
  split: "dev",
  field: "health information/medical coding",
  style: "short prose, 'Must have:' and 'Would be great:' lead-ins inside paragraphs, an accuracy bar",
  jobTitle: "Outpatient Medical Coder (Remote)",
  companyName: "Northstar Physician Partners",
  jobDescription: `Northstar Physician Partners is a 400-provider multispecialty group. Our coding team turns clinic and ambulatory surgery documentation into clean claims.

You will assign ICD-10-CM, CPT and HCPCS codes to outpatient encounters, query providers when documentation is unclear, and work edits and denials with the billing team.

Must have: a current CPC (AAPC) or CCS (AHIMA) credential, 3+ years of outpatient or professional-fee coding, coding accuracy of 95% or higher on internal audits, and authorization to work in the US without sponsorship.

Would be great: E/M coding for specialty clinics (cardiology, orthopedics), ambulatory surgery coding, experience in Epic, and a second credential such as CRC or CPMA.`,
  resumes: [
    {
      id: "mc-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "CPC, 6 years pro-fee coding for cardiology/ortho, 97% audits, Epic, CRC.",
      answers: [
        { question: CERT_Q, answer: "Yes, CPC since 2019" },
        { question: REMOTE_Q, answer: "Yes" },
      ],
      resumeText: `Brenda Sullivan, CPC, CRC

Experience
Professional Fee Coder III — Midwest Heart & Vascular | Mar 2021 – Present
- Code E/M, cardiac cath and device procedures with ICD-10-CM, CPT and HCPCS; provider queries
- Internal audit accuracy 97%; work denials and edits with billing in Epic
Outpatient Coder — OrthoOne Clinics | 2019 – 2021
- Orthopedic clinic and ambulatory surgery center coding

Certifications
Certified Professional Coder (CPC), AAPC
Certified Risk Adjustment Coder (CRC)`,
    },
    {
      id: "mc-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Writes 'AAPC-certified', 'physician billing codes', 'clinic encounters', 'audit score 96'.",
      answers: [
        { question: CERT_Q, answer: "Yes — AAPC certified (CPC)" },
        { question: REMOTE_Q, answer: "Yes, US citizen" },
      ],
      resumeText: `Luis Ortega
AAPC-certified coder

Work History
Coding Specialist — Summit Physicians Group | 2021 – Present
• Physician-side charge capture: assign diagnosis and procedure codes for clinic visits and same-day surgery
• Provider queries for missing documentation; audit score 96 on quarterly reviews
Charge Entry / Coding Associate — Lakeview Family Medicine | 2019 – 2021
• Office visit levels, preventive and chronic care encounters`,
    },
    {
      id: "mc-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Receptionist with every coding keyword listed; no credential, no coding roles.",
      answers: [
        { question: CERT_Q, answer: "Studying for it" },
        { question: REMOTE_Q, answer: "Yes" },
      ],
      resumeText: `Megan Price
Skills: CPC, CCS, ICD-10-CM, CPT, HCPCS, E/M coding, outpatient coding, ambulatory surgery, Epic, denials, audits 99%

Experience
Front Desk Receptionist — Bright Smiles Dental | 2020 – Present
- Check in patients, collect copays, answer phones
Retail Associate — Target | 2017 – 2020`,
    },
    {
      id: "mc-04-biller",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "Medical biller: 7 years of claims, denials and payment posting; does not code; no credential.",
      answers: [
        { question: CERT_Q, answer: "No" },
        { question: REMOTE_Q, answer: "Yes" },
      ],
      resumeText: `Sandra Kim
Medical Billing Specialist

Experience
Medical Biller — Prairie Orthopedics | 2018 – Present
- Submit claims, work denials and appeals, post payments; check CPT and ICD-10 codes against payer edits
Billing Clerk — County Hospital | 2016 – 2018`,
    },
    {
      id: "mc-05-accuracy-91",
      label: "threshold-miss",
      grade: 4,
      missingMustHave: true,
      note: "CPC with 4 years of outpatient coding, but audits at 91% against the 95% bar.",
      answers: [
        { question: CERT_Q, answer: "Yes" },
        { question: REMOTE_Q, answer: "Yes" },
      ],
      resumeText: `Tyler Brooks, CPC

Experience
Outpatient Coder — Cedar Valley Clinics | 2022 – Present
- ICD-10-CM and CPT coding for family medicine and urgent care visits; internal audit accuracy 91%
Coding Specialist — Cedar Valley Clinics | 2020 – 2022

Certifications
CPC (AAPC)`,
    },
    {
      id: "mc-06-inpatient",
      label: "mixed",
      grade: 6,
      missingMustHave: false,
      note: "CCS with 5 years of inpatient DRG coding, about a year outpatient; audits 96%.",
      answers: [
        { question: CERT_Q, answer: "Yes, CCS" },
        { question: REMOTE_Q, answer: "Yes" },
      ],
      resumeText: `Nadia Petrova, CCS

Experience
Outpatient Coder — Riverbend Health | Nov 2025 – Present
- Clinic and emergency department encounters; ICD-10-CM and CPT; audit accuracy 96%
Inpatient Coder — Riverbend Health | 2020 – 2025
- MS-DRG assignment with ICD-10-CM/PCS for medical and surgical stays

Certifications
Certified Coding Specialist (CCS), AHIMA`,
    },
    {
      id: "mc-07-sponsorship",
      label: "no-work-authorisation",
      grade: 3,
      missingMustHave: true,
      note: "Qualified CPC, 4 years pro-fee, but needs visa sponsorship.",
      answers: [
        { question: CERT_Q, answer: "Yes" },
        { question: REMOTE_Q, answer: "No — I will require H-1B sponsorship" },
      ],
      resumeText: `Arjun Mehta, CPC

Experience
Professional Coder — Global Health Coding Services | 2022 – Present
- E/M and procedure coding for US cardiology and orthopedic practices; audit accuracy 96%
Medical Coder — MedCode Solutions | 2021 – 2022

Certifications
Certified Professional Coder (CPC)`,
    },
  ],
};
