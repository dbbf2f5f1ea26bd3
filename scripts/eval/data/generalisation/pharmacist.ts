import type { EvalPosting } from "../types";

const LIC_Q = "Are you licensed as a pharmacist in Washington State?";
const AUTH_Q = "Are you authorized to work in the United States without visa sponsorship?";

export const pharmacist: EvalPosting = {
  id: "pharmacist",
  split: "dev",
  field: "pharmacy/healthcare",
  style: "prose paragraphs; requirements stated inside sentences",
  jobTitle: "Staff Pharmacist — Hospital Inpatient",
  companyName: "Cascade Valley Medical Center",
  jobDescription: `Cascade Valley Medical Center in Spokane is looking for a staff pharmacist for our inpatient pharmacy. You will verify medication orders, run the IV room, round with the medicine team and counsel patients at discharge.

You must hold an active Washington State pharmacist license and a PharmD. At least two years of hospital or inpatient pharmacy experience is required, and you must be authorized to work in the United States without sponsorship.

A PGY1 residency is strongly preferred, and experience with sterile compounding (USP 797) is desirable. BCPS certification and familiarity with Epic Willow would be a plus.`,
  resumes: [
    {
      id: "ph-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "PharmD, PGY1, 4 years inpatient, IV room, BCPS, WA license.",
      answers: [
        { question: LIC_Q, answer: "Yes" },
        { question: AUTH_Q, answer: "Yes, US citizen" },
      ],
      resumeText: `Elena Sorokin, PharmD, BCPS
Experience
Clinical Staff Pharmacist — Providence Sacred Heart, Spokane WA | Jul 2022 – Present
- Verify inpatient medication orders; anticoagulation and vancomycin dosing; round with internal medicine
- IV room lead: sterile compounding to USP 797, chemo double checks; Epic Willow super-user
PGY1 Pharmacy Resident — Harborview Medical Center | Jul 2021 – Jun 2022
Education
Doctor of Pharmacy, Washington State University, 2021
Licensure
Washington State Pharmacist License (active) · BCPS`,
    },
    {
      id: "ph-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Writes 'acute care', 'clean room', 'Doctor of Pharmacy', 'board-certified pharmacotherapy specialist'.",
      answers: [
        { question: LIC_Q, answer: "Yes — WA RPh license" },
        { question: AUTH_Q, answer: "Yes" },
      ],
      resumeText: `Daniel Cho
Acute Care Pharmacist
Work History
Pharmacist, Acute Care — MultiCare Tacoma General | 2021 – Present
• Order verification for medical-surgical and ICU floors; discharge medication counseling
• Clean room compounding of parenteral nutrition and IV admixtures
Education: Doctor of Pharmacy, University of Washington, 2020; postgraduate year one residency, Tacoma General, 2020–2021
Board-certified pharmacotherapy specialist`,
    },
    {
      id: "ph-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Pharmacy technician listing every pharmacist keyword; no PharmD or license.",
      answers: [
        { question: LIC_Q, answer: "No, I am a certified pharmacy technician" },
        { question: AUTH_Q, answer: "Yes" },
      ],
      resumeText: `Ashley Moore
Skills
PharmD, pharmacist, inpatient pharmacy, order verification, USP 797, sterile compounding, BCPS, PGY1, Epic Willow, counseling

Experience
Pharmacy Technician — Walgreens, Spokane | 2020 – Present
- Filled prescriptions, managed inventory, ran the register
Education
Pharmacy Technician Certificate (CPhT), 2020`,
    },
    {
      id: "ph-04-sponsorship",
      label: "no-work-authorisation",
      grade: 3,
      missingMustHave: true,
      note: "Strong hospital pharmacist who needs visa sponsorship; the posting requires authorization without sponsorship.",
      answers: [
        { question: LIC_Q, answer: "Yes" },
        { question: AUTH_Q, answer: "No — I will require H-1B sponsorship" },
      ],
      resumeText: `Rahul Mehta, PharmD
Experience
Inpatient Pharmacist — Swedish Medical Center, Seattle | Aug 2021 – Present
- Order verification, IV room compounding (USP 797), pharmacokinetic dosing
Education
PharmD, University of Washington, 2021
License: Washington State Pharmacist`,
    },
    {
      id: "ph-05-retail",
      label: "adjacent-profession",
      grade: 4,
      missingMustHave: true,
      note: "Licensed retail/community pharmacist, no hospital or inpatient experience.",
      answers: [
        { question: LIC_Q, answer: "Yes" },
        { question: AUTH_Q, answer: "Yes" },
      ],
      resumeText: `Megan O'Neill, PharmD
Experience
Pharmacist in Charge — Rite Aid, Spokane Valley | 2019 – Present
- Community pharmacy: dispensing, immunizations, patient counseling, MTM
Staff Pharmacist — Safeway Pharmacy | 2017 – 2019
Education: PharmD, Washington State University, 2017
License: Washington State Pharmacist License`,
    },
    {
      id: "ph-06-new-grad",
      label: "mixed",
      grade: 5,
      missingMustHave: false,
      note: "PGY1 just finished plus 8 months staffing: about 1.5 years inpatient, licensed.",
      answers: [
        { question: LIC_Q, answer: "Yes" },
        { question: AUTH_Q, answer: "Yes" },
      ],
      resumeText: `Hannah Fischer, PharmD
Experience
Staff Pharmacist — Kadlec Regional Medical Center | Mar 2026 – Present
- Inpatient order verification and IV room shifts
PGY1 Resident — Kadlec Regional Medical Center | Jul 2025 – Feb 2026
Education: PharmD, Washington State University, 2025
License: Washington State Pharmacist (2025)`,
    },
    {
      id: "ph-07-director",
      label: "overqualified",
      grade: 5,
      missingMustHave: false,
      note: "Director of pharmacy, hands-off administration for eight years; licensed, very experienced.",
      answers: [
        { question: LIC_Q, answer: "Yes" },
        { question: AUTH_Q, answer: "Yes" },
      ],
      resumeText: `Gregory Adams, PharmD, MBA
Experience
Director of Pharmacy Services — Northwest Health System | 2018 – Present
- Budget, formulary committee, regulatory readiness; leads 60 pharmacists and technicians; no staffing shifts
Clinical Pharmacist — Deaconess Hospital | 2010 – 2018
- Inpatient verification and IV room
Education: PharmD, 2010; MBA, 2017
License: Washington State Pharmacist`,
    },
  ],
};
