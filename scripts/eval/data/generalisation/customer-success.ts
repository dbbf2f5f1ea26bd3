import type { EvalPosting } from "../types";

export const customerSuccess: EvalPosting = {
  id: "customer-success",
  split: "test",
  field: "SaaS customer success",
  style: "What you need / Even better headings; numeric threshold",
  jobTitle: "Customer Success Manager, Mid-Market",
  companyName: "Ledgerly",
  jobDescription: `Customer Success Manager, Mid-Market — Ledgerly (remote, US)

Ledgerly is accounting automation software for growing finance teams.

What you'll do
- Own a book of 40–60 mid-market accounts from onboarding to renewal
- Run quarterly business reviews and drive adoption

What you need
- 3+ years as a customer success manager or account manager at a B2B SaaS company
- A record of 90%+ gross revenue retention on a book of business
- Experience running QBRs with finance or executive stakeholders
- Experience with a CS platform such as Gainsight or ChurnZero

Even better
- Background in accounting or finance software
- Upsell or expansion quota experience`,
  resumes: [
    {
      id: "cs-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "4 years CSM at fintech SaaS, 96% GRR, QBRs with CFOs, Gainsight, expansion.",
      answers: [],
      resumeText: `Priya Shah
Experience
Senior Customer Success Manager — BillFlow (AP automation SaaS) | Mar 2022 – Present
- Own 55 mid-market accounts ($4.2M ARR); 96% gross revenue retention in FY2025
- Quarterly business reviews with CFOs and controllers; health scores in Gainsight
- Closed $600K in expansion against an upsell target
Customer Success Manager — Expensify | 2020 – 2022`,
    },
    {
      id: "cs-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "'Client partner', 'logo retention 97%', 'executive business reviews', 'Totango'.",
      answers: [],
      resumeText: `Michael Grant
Client Partner

Work
Client Partner, Mid-Market — Tipalti (finance ops platform) — 2021 – Present
• Portfolio of 48 customers; 97% gross retention and 112% net retention for 2025
• Executive business reviews with finance leadership; adoption plays in Totango
Account Manager — Bill.com — 2019 – 2021`,
    },
    {
      id: "cs-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Support agent with a CS keyword list.",
      answers: [],
      resumeText: `Ryan Hughes
Skills: customer success manager, B2B SaaS, 95% retention, QBRs, Gainsight, ChurnZero, expansion, upsell, renewals, onboarding

Experience
Customer Support Agent — Comcast call center | 2023 – Present
- Answered residential billing calls`,
    },
    {
      id: "cs-04-threshold",
      label: "threshold-miss",
      grade: 5,
      missingMustHave: false,
      note: "Qualified CSM but book retention 88%, below the 90%+ requirement.",
      answers: [],
      resumeText: `Sofia Alvarez
Experience
Customer Success Manager — Gusto | 2021 – Present
- Book of 60 SMB and mid-market accounts; 88% gross revenue retention; QBRs with owners and finance leads
- Gainsight CTAs and success plans`,
    },
    {
      id: "cs-05-sales",
      label: "adjacent-profession",
      grade: 4,
      missingMustHave: true,
      note: "New-logo account executive (hunter), not post-sale CS.",
      answers: [],
      resumeText: `Trevor Banks
Experience
Account Executive, New Business — Salesforce | 2020 – Present
- Closed new logos in mid-market; 120% of quota in 2024; prospecting and demos
SDR — Outreach | 2018 – 2020`,
    },
    {
      id: "cs-06-junior",
      label: "mixed",
      grade: 5,
      missingMustHave: false,
      note: "1.5 years as CSM after support; 93% retention; no QBR evidence.",
      answers: [],
      resumeText: `Grace Kim
Experience
Customer Success Manager — Zapier | May 2025 – Present
- 35 SMB accounts; 93% gross retention; onboarding calls
Support Specialist — Zapier | 2022 – 2025`,
    },
    {
      id: "cs-07-vp",
      label: "overqualified",
      grade: 4,
      missingMustHave: false,
      note: "VP Customer Success managing managers for 7 years, no individual book.",
      answers: [],
      resumeText: `Diane Foster
Experience
VP, Customer Success — Workiva | 2019 – Present
- Lead a 70-person CS org; board reporting on retention; no individual accounts
Director, Customer Success — Intuit | 2014 – 2019`,
    },
  ],
};
