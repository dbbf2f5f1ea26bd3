import type { EvalPosting } from "../types";

const AUTH_Q = "Are you authorized to work in the United States without employer sponsorship, now or in the future?";

export const payrollSpecialist: EvalPosting = {
  id: "payroll-specialist",
  split: "test",
  field: "finance/payroll",
  style: 'question headings ("What will you need?", "What would make you stand out?"), numeric threshold',
  jobTitle: "Multi-State Payroll Specialist",
  companyName: "Cobalt Logistics",
  jobDescription: `Cobalt Logistics runs payroll for 3,200 drivers and warehouse employees across 14 states. Join our four-person payroll team in Denver (hybrid, 3 days in office).

What will you do?
Process bi-weekly and weekly payroll end to end, handle garnishments and multi-state withholding, reconcile payroll to the general ledger, and answer employee pay questions.

What will you need?
• At least 3 years processing multi-state payroll for 1,000+ employees
• Hands-on experience with ADP Workforce Now or UKG Pro
• Working knowledge of FLSA overtime rules, wage garnishments and state tax withholding
• Authorization to work in the US without sponsorship

What would make you stand out?
• CPP or FPC certification from PayrollOrg
• Advanced Excel (pivot tables, XLOOKUP)
• Experience with union payroll or transportation industry pay rules`,
  resumes: [
    {
      id: "pr-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "CPP, 6 years multi-state payroll for 2,500 employees on ADP WFN, garnishments, GL reconciliation.",
      answers: [{ question: AUTH_Q, answer: "Yes" }],
      resumeText: `Denise Carter, CPP
Experience
Senior Payroll Specialist — Swift Freight Lines, Denver CO | 2020 – Present
- Process weekly payroll for 2,500 drivers in 11 states on ADP Workforce Now; union and per-mile pay rules
- Garnishments, multi-state withholding and reciprocity, FLSA overtime audits; GL reconciliation each cycle
Payroll Specialist — Centura Health | 2017 – 2020
- Bi-weekly payroll for 1,800 employees; Excel pivot tables and XLOOKUP reconciliations
Certifications: Certified Payroll Professional (CPP), PayrollOrg, 2021`,
    },
    {
      id: "pr-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "'Payroll administrator', 'pay runs', 'wage attachments', 'UltiPro' (old UKG Pro name), 'Fair Labor Standards Act'.",
      answers: [{ question: AUTH_Q, answer: "Yes, US citizen" }],
      resumeText: `Marcus Lee
Payroll Administrator

Work History
Payroll Administrator — Vail Resorts, Broomfield CO — 2021 – Present
• Weekly and semi-monthly pay runs for ~4,000 seasonal staff in 9 states using UltiPro
• Wage attachments (child support, levies), resident/non-resident state withholding, Fair Labor Standards Act overtime
• Tie out payroll registers to the general ledger every period
Payroll Clerk — Denver Public Schools — 2019 – 2021`,
    },
    {
      id: "pr-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Receptionist listing every payroll keyword; no payroll experience.",
      answers: [{ question: AUTH_Q, answer: "Yes" }],
      resumeText: `Tiffany Moore
Skills: multi-state payroll, ADP Workforce Now, UKG Pro, FLSA, garnishments, state tax withholding, CPP, FPC, Excel pivot tables, XLOOKUP, union payroll

Experience
Front Desk Receptionist — Summit Dental | 2023 – Present
- Scheduled appointments and collected co-pays`,
    },
    {
      id: "pr-04-sponsorship",
      label: "no-work-authorisation",
      grade: 3,
      missingMustHave: true,
      note: "Qualified payroll specialist who will need visa sponsorship.",
      answers: [{ question: AUTH_Q, answer: "No — I will require H-1B sponsorship" }],
      resumeText: `Priya Raman
Experience
Payroll Specialist — Infosys BPM (US client payroll) | 2020 – Present
- Multi-state payroll for 3,000 employees of a US retailer on UKG Pro; garnishments and state withholding
- FLSA overtime calculations; GL reconciliation`,
    },
    {
      id: "pr-05-small-company",
      label: "threshold-miss",
      grade: 4,
      missingMustHave: true,
      note: "4 years payroll on ADP but single-state and 150 employees: below the 1,000+ multi-state bar.",
      answers: [{ question: AUTH_Q, answer: "Yes" }],
      resumeText: `Gregory Hill
Experience
Payroll & Benefits Coordinator — Front Range Dental Group (150 employees) | 2022 – Present
- Bi-weekly payroll for 150 employees in Colorado on ADP Workforce Now; FLSA overtime and garnishments
Payroll Assistant — Pinnacle Bank | 2020 – 2022
- Payroll data entry and Excel reconciliations`,
    },
    {
      id: "pr-06-accountant",
      label: "adjacent-profession",
      grade: 4,
      missingMustHave: true,
      note: "Staff accountant who reviews payroll journal entries: finance and GL, but never processed payroll.",
      answers: [{ question: AUTH_Q, answer: "Yes" }],
      resumeText: `Nathan Brooks
Experience
Staff Accountant — Western Freightways | 2021 – Present
- Month-end close, accruals and payroll journal entries from the ADP reports; GL reconciliations
- Advanced Excel: pivot tables, XLOOKUP, Power Query
Education
B.S. Accounting, Colorado State University, 2021`,
    },
    {
      id: "pr-07-director",
      label: "overqualified",
      grade: 5,
      missingMustHave: false,
      note: "Payroll director, hands-off for 8 years, managing teams and vendor selection.",
      answers: [{ question: AUTH_Q, answer: "Yes" }],
      resumeText: `Linda Alvarez, CPP
Experience
Director of Payroll Operations — Republic Services | 2018 – Present
- Lead 22 payroll staff across 40 states; vendor selection and UKG implementation; SOX controls
Payroll Manager — Sysco | 2012 – 2018
Payroll Specialist — Sysco | 2008 – 2012
- Multi-state payroll processing on ADP`,
    },
    {
      id: "pr-08-two-years",
      label: "mixed",
      grade: 6,
      missingMustHave: false,
      note: "2.5 years multi-state payroll for 1,400 employees on UKG Pro (just short on years), FPC.",
      answers: [{ question: AUTH_Q, answer: "Yes" }],
      resumeText: `Olivia Grant, FPC
Experience
Payroll Specialist — Ryder System, Denver | May 2024 – Present
- Bi-weekly payroll for 1,400 employees in 6 states on UKG Pro; garnishments and state withholding
Accounts Payable Clerk — Ryder System | 2022 – 2024
Certifications: Fundamental Payroll Certification (FPC), 2024`,
    },
  ],
};
