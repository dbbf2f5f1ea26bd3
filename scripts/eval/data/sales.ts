import type { EvalPosting } from "./types";

const LOC_Q = "Can you work from our Austin, TX office three days a week?";

export const sales: EvalPosting = {
  id: "sales",
  split: "dev",
  field: "sales",
  style: "numbered must-haves and preferred lists, short intro",
  jobTitle: "Mid-Market Account Executive",
  companyName: "Brightdesk",
  jobDescription: `Mid-Market Account Executive — Brightdesk (HR & payroll software)
Hybrid: Austin, TX (three days a week in the office)

Brightdesk helps 9,000 companies run payroll, benefits and HR in one place. We are growing our mid-market team and need closers.

Must-haves:
1. 3+ years of quota-carrying B2B SaaS sales experience as a closer, not only prospecting
2. A track record of meeting or exceeding quota — tell us your attainment
3. Experience running the full sales cycle from discovery to close
4. Proficiency with Salesforce CRM

Preferred:
1. Experience selling HR, payroll or HCM software
2. Familiarity with MEDDIC or a similar sales methodology

Nice to have:
- Spanish language skills
- Prior SDR or BDR experience

What we offer: uncapped commission, equity, and a generous learning budget.`,
  resumes: [
    {
      id: "ae-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "5 years closing SaaS at a payroll company, 118% attainment, Salesforce, MEDDIC, former SDR.",
      answers: [{ question: LOC_Q, answer: "Yes, I live in Austin" }],
      resumeText: `Natalie Brooks
Account Executive

Experience
Account Executive, Mid-Market — Paylocity-style payroll SaaS, PayCircle | Jan 2022 – Present
- Full-cycle sales from discovery to close for 200–1,000 employee companies
- 118% of quota in 2024 and 124% in 2025; President's Club
- MEDDIC qualification; pipeline managed in Salesforce
Account Executive, SMB — HireHub (HR software) | Mar 2020 – Dec 2021
- Closed new business; 105% of annual quota
Sales Development Representative, HireHub | Jun 2019 – Feb 2020

Education
BBA Marketing, University of Texas at Austin, 2019`,
    },
    {
      id: "ae-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "'New business account manager', 'closed-won', 'exceeded target', SFDC, HCM, MEDDPICC. 4 years from dates.",
      answers: [{ question: LOC_Q, answer: "Yes" }],
      resumeText: `Carlos Jimenez
Roles
New Business Account Manager, Workstream HCM | 2023 – Present
- Own the end-to-end sales process for companies of 100–500 staff; consistently exceeded target (131% in FY25)
- Run MEDDPICC on every opportunity; forecasting in SFDC
Account Manager, Cloudledger (B2B subscription software) | 2021 – 2023
- Closed-won $1.2M ARR across 40 new logos; 112% attainment
Languages: Spanish (native), English`,
    },
    {
      id: "ae-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Customer support rep whose skills section lists sales keywords.",
      answers: [{ question: LOC_Q, answer: "Yes" }],
      resumeText: `Ashley Nguyen
Skills
Salesforce, SaaS sales, quota attainment, full-cycle sales, closing, MEDDIC, HCM, payroll software, B2B, negotiation, pipeline management, Salesforce, closing

Experience
Customer Support Representative, Zendo (SaaS) — Feb 2022 – Present
- Answer tickets about billing and login issues; maintain CSAT of 94%
Retail Associate, Best Buy — 2019 – 2022`,
    },
    {
      id: "ae-04-sdr-only",
      label: "missing-must-have",
      grade: 4,
      missingMustHave: true,
      note: "3 years SDR at HR software, Spanish, Salesforce, MEDDIC exposure — but has never closed or carried a closing quota.",
      answers: [{ question: LOC_Q, answer: "Yes" }],
      resumeText: `Diego Ramirez
Experience
Senior Sales Development Representative, PeopleGrid (HR software) — Jan 2023 – Present
- Book 25 qualified meetings a month for account executives; outbound prospecting in Salesforce and Outreach
- Trained on MEDDIC to qualify before handoff
Sales Development Representative, PeopleGrid — Oct 2021 – Dec 2022

Languages
Spanish (fluent)

Education
BA Communications, 2021`,
    },
    {
      id: "ae-05-career-changer",
      label: "career-changer",
      grade: 4,
      missingMustHave: false,
      note: "Eight years teaching, 1.5 years as AE at an edtech SaaS hitting quota.",
      answers: [{ question: LOC_Q, answer: "Yes" }],
      resumeText: `Rachel Kim
Experience
Account Executive, ClassLoop (edtech SaaS) — May 2025 – Present
- Full-cycle sales to school districts; 102% of quota in first year; HubSpot CRM
Teacher, Austin ISD — 2016 – 2024
- 5th grade teacher; grade-level lead

Education
B.S. Education, 2016`,
    },
    {
      id: "ae-06-dates-only",
      label: "dates-only",
      grade: 7,
      missingMustHave: false,
      note: "Dated AE roles (MM/YYYY) totalling ~4.5 years, quota attainment, Salesforce; no HR software, no methodology.",
      answers: [{ question: LOC_Q, answer: "Yes" }],
      resumeText: `Brandon Lee
Experience
Account Executive, Shipwise (logistics SaaS) — 05/2022 - Present
- Closed 38 new mid-market customers; 109% of quota FY24; full sales cycle; Salesforce
Account Executive, Formstack-like forms SaaS, Docuflow — 04/2020 - 04/2022
- Inbound and outbound deals to close; 97% and 115% attainment`,
    },
    {
      id: "ae-07-sparse",
      label: "sparse",
      grade: 3,
      missingMustHave: false,
      note: "Three lines: 'sales professional, CRM, hunter'.",
      answers: [],
      resumeText: `Mike T.
Sales professional. Hunter mentality. CRM.
Open to new opportunities in Austin.`,
    },
    {
      id: "ae-08-unusual-order",
      label: "unusual-order",
      grade: 7,
      missingMustHave: false,
      note: "Awards and education first; experience last; 3.5 years SaaS AE with Salesforce and quota; no HR software.",
      answers: [{ question: LOC_Q, answer: "Yes" }],
      resumeText: `Jessica Alvarez

Awards
President's Club 2024 (127% of quota)

Education
BA Economics, Texas A&M, 2018

Professional Experience
Account Executive, Beacon Analytics (B2B SaaS) — Feb 2023 – Present
- Closed new logos through the full sales cycle; average deal $45K ARR; Salesforce and Gong
Sales Representative, Beacon Analytics — Jun 2021 – Jan 2023
- Ran demos and closed SMB deals; 110% of quota`,
    },
    {
      id: "ae-09-off-target",
      label: "off-target",
      grade: 1,
      missingMustHave: true,
      note: "Line cook.",
      answers: [{ question: LOC_Q, answer: "Yes" }],
      resumeText: `Tony Russo
Experience
Line Cook, Franklin BBQ — 2018 – Present
- Prep and grill station; food safety
Food Handler Certificate`,
    },
    {
      id: "ae-10-overqualified",
      label: "overqualified",
      grade: 6,
      missingMustHave: false,
      note: "VP of Sales 18 years, now leads 60-person team; long closing history years ago.",
      answers: [{ question: LOC_Q, answer: "Remote only" }],
      resumeText: `Gregory Hammond
Experience
VP of Sales, TalentArc (HR SaaS) — 2019 – Present
- Lead 60 sellers and managers; grew ARR from $20M to $85M
Regional Sales Director, Ultimate-style HCM vendor, Peoplesoftly — 2012 – 2019
Enterprise Account Executive, Peoplesoftly — 2007 – 2012
- Closed seven-figure HCM deals; 130% of quota; Salesforce

Education
MBA, 2007`,
    },
    {
      id: "ae-11-retail-sales",
      label: "missing-must-have",
      grade: 3,
      missingMustHave: true,
      note: "Six years B2C car and retail sales; no SaaS, no B2B, no Salesforce.",
      answers: [{ question: LOC_Q, answer: "Yes" }],
      resumeText: `Kyle Jensen
Experience
Sales Consultant, Austin Toyota — 2021 – Present
- Sold 14 vehicles a month on average; top seller Q3 2024; exceeded monthly targets
Retail Sales Associate, Verizon store — 2019 – 2021
- Phone plans and accessories; upselling

Education
High school diploma`,
    },
  ],
};
