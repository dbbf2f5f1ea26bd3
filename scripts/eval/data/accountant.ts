import type { EvalPosting } from "./types";

// Held-out posting: written and graded after the engine's rules were in place, and reported
// before any change was made in response to it.

export const accountant: EvalPosting = {
  id: "accountant",
  split: "dev",
  field: "finance/accounting",
  style: "intro prose plus Responsibilities / Qualifications / Nice to have lists (held-out)",
  jobTitle: "Senior Staff Accountant",
  companyName: "Corvid Software",
  jobDescription: `Senior Staff Accountant — Corvid Software (Denver, CO)

Corvid is a 300-person SaaS company. Our finance team closes the books in five days and we want to keep it that way.

Responsibilities:
• Own month-end close for revenue, prepaid and accrual accounts
• Prepare account reconciliations and journal entries in NetSuite
• Support the annual audit and quarterly SOX testing

Qualifications:
• Bachelor's degree in Accounting or Finance
• Active CPA license required
• 3+ years of accounting experience, ideally including public accounting
• Hands-on experience with month-end close and account reconciliations
• Advanced Excel skills (pivot tables, VLOOKUP)
• NetSuite experience strongly preferred

Nice to have:
• SOX compliance experience
• Experience at a SaaS company`,
  resumes: [
    {
      id: "ac-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "CPA, BS Accounting, 2 years Big 4 audit then 3.5 years SaaS corporate accounting, NetSuite, SOX.",
      answers: [],
      resumeText: `Megan Cole, CPA
Experience
Senior Accountant, Brightloop (B2B SaaS) — Mar 2023 – Present
- Own month-end close for revenue and deferred revenue; account reconciliations in NetSuite
- Built Excel pivot-table flux analyses; led quarterly SOX control testing
Staff Accountant, Fieldcrest Health — Jul 2021 – Feb 2023
- Journal entries, accruals and bank reconciliations
Audit Associate, Deloitte — Sep 2019 – Jun 2021
- Public accounting audits of technology clients

Education
B.S. Accounting, University of Colorado, 2019
Licenses
Certified Public Accountant, Colorado (active)`,
    },
    {
      id: "ac-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Spells out Certified Public Accountant, period-end close, Oracle NetSuite; 'Accountancy' degree; 4.5 years.",
      answers: [],
      resumeText: `Jorge Alvarez
Professional Experience
Accountant II, Tallypoint (subscription software) — 2022 – Present
- Period-end close for accrued liabilities and prepaids; balance sheet reconciliations
- Oracle NetSuite saved searches; Excel VLOOKUP and pivot models
Accountant, Moss Adams — 2020 – 2022
- Assurance engagements for mid-market companies

Education
BBA, Accountancy — University of Denver, 2020

Credentials
Certified Public Accountant (Colorado)`,
    },
    {
      id: "ac-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Receptionist with a skills list of accounting keywords; no CPA, no accounting roles.",
      answers: [],
      resumeText: `Kim Harper
Skills
CPA, GAAP, NetSuite, month-end close, reconciliations, SOX, Excel, pivot tables, VLOOKUP, audit, journal entries, SaaS, accounting

Experience
Front Desk Receptionist, Peak Dental — 2021 – Present
- Greeted patients, scheduled appointments, took co-pays
Retail Associate, Target — 2019 – 2021`,
    },
    {
      id: "ac-04-no-cpa",
      label: "missing-must-have",
      grade: 4,
      missingMustHave: true,
      note: "Six years as senior accountant with everything except the CPA (passed 2 of 4 sections).",
      answers: [],
      resumeText: `Brian Lott
Experience
Senior Accountant, Summit Outdoor Co. — Jan 2020 – Present
- Month-end close, account reconciliations, NetSuite journal entries, SOX documentation
Staff Accountant, Summit Outdoor Co. — Jun 2018 – Dec 2019

Education
B.S. Finance, 2018

Certifications
CPA candidate — passed 2 of 4 sections, expected 2027`,
    },
    {
      id: "ac-05-bookkeeper",
      label: "career-changer",
      grade: 3,
      missingMustHave: true,
      note: "Five years self-employed bookkeeper in QuickBooks, recent accounting degree, no CPA.",
      answers: [],
      resumeText: `Laura Chen
Experience
Bookkeeper (self-employed) — 2020 – Present
- QuickBooks bookkeeping for 12 small businesses; bank reconciliations and payroll
Office Manager, Chen Family Dental — 2014 – 2020

Education
B.S. Accounting (online), 2025`,
    },
    {
      id: "ac-06-dates-only",
      label: "dates-only",
      grade: 8,
      missingMustHave: false,
      note: "CPA, MM/YYYY dates giving ~6.8 years, month-end close, NetSuite; no claims.",
      answers: [],
      resumeText: `Ahmed Karimi, CPA
Experience
Senior Accountant, Vantage Logistics — 04/2022 - Present
- Month-end close and reconciliations for 14 entities in NetSuite; Excel consolidation models
Staff Accountant, Vantage Logistics — 01/2020 - 03/2022
- Accruals, fixed assets, account reconciliations

Education
B.S. Accounting, 2019`,
    },
    {
      id: "ac-07-sparse",
      label: "sparse",
      grade: 3,
      missingMustHave: false,
      note: "Two lines: 'accountant, CPA, Excel'.",
      answers: [],
      resumeText: `Accountant. CPA. Excel and NetSuite.
Looking for a senior staff role in Denver.`,
    },
    {
      id: "ac-08-unusual-order",
      label: "unusual-order",
      grade: 8,
      missingMustHave: false,
      note: "Licence first, then skills, then 'Career'; 4 years accounting incl. public accounting; SaaS; no NetSuite (uses Sage Intacct).",
      answers: [],
      resumeText: `Olga Petrova
LICENSES
CPA, Colorado — active

SKILLS
Excel (pivot tables, Power Query), Sage Intacct, GAAP

CAREER
Staff Accountant, Nimbus SaaS — Aug 2024 – Present
- Month-end close for revenue and prepaid accounts; account reconciliations
Audit Senior, Plante Moran — Sep 2022 – Jul 2024
Audit Associate, Plante Moran — Sep 2021 – Aug 2022

EDUCATION
Master of Accountancy, 2021; B.S. Finance, 2020`,
    },
    {
      id: "ac-09-off-target",
      label: "off-target",
      grade: 1,
      missingMustHave: true,
      note: "Chef.",
      answers: [],
      resumeText: `Rico Bianchi
Experience
Sous Chef, Osteria Rustica — 2017 – Present
- Menu costing, kitchen inventory, supervising 8 cooks
Culinary Arts Diploma, 2016`,
    },
    {
      id: "ac-10-overqualified",
      label: "overqualified",
      grade: 6,
      missingMustHave: false,
      note: "VP Finance / Controller, 20 years, CPA; far above a senior staff role.",
      answers: [],
      resumeText: `Diane Foster, CPA
Experience
VP of Finance, Granite Cloud — 2018 – Present
- Lead a 25-person finance team; board reporting; led two acquisitions
Corporate Controller, Granite Cloud — 2012 – 2018
- Owned month-end close, NetSuite implementation and SOX program
Senior Auditor, KPMG — 2006 – 2012

Education
B.S. Accounting, 2006`,
    },
    {
      id: "ac-11-inflated",
      label: "inflated-claims",
      grade: 5,
      missingMustHave: false,
      note: "Claims 10+ years; dates show ~3.3 years; CPA; month-end close.",
      answers: [],
      resumeText: `Nathan Shaw, CPA
Summary
Accounting professional with 10+ years of experience in corporate finance.

Experience
Staff Accountant, Redrock Retail — Jul 2023 – Present
- Month-end close, reconciliations, Excel reporting

Education
B.S. Accounting, 2023`,
    },
  ],
};
