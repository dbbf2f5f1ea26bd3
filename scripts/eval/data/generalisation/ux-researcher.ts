import type { EvalPosting } from "../types";

export const uxResearcher: EvalPosting = {
  id: "ux-researcher",
  split: "dev",
  field: "design/user research",
  style: "question headings (Who are you? / What would make you stand out?)",
  jobTitle: "Senior UX Researcher",
  companyName: "Fieldnote",
  jobDescription: `Senior UX Researcher — Fieldnote (remote, US)

Who are we?
Fieldnote makes scheduling software for home-care agencies.

What will you do?
Plan and run studies end to end, from interviews and usability tests to surveys, and turn findings into decisions with product and design.

Who are you?
- 4+ years running qualitative user research in a product company
- You have led usability testing and in-depth user interviews yourself
- Comfortable with survey design and basic quantitative analysis
- A portfolio or case studies showing research that changed a product decision

What would make you stand out?
- Experience researching healthcare or care-worker products
- Mixed-methods work, e.g. diary studies or unmoderated testing with tools like dscout or UserTesting`,
  resumes: [
    {
      id: "ux-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "6 years UX research in product companies, usability tests, interviews, surveys, healthcare, case studies.",
      answers: [],
      resumeText: `Nadia Karim — Senior UX Researcher
Portfolio: nadiakarim.com/case-studies

Experience
Senior UX Researcher — CareLink Health (patient scheduling app) | Feb 2022 – Present
- Lead generative interviews with nurses and caregivers; moderated usability testing every sprint
- Designed a 2,000-response survey and analysed it in R; diary study with dscout that reshaped onboarding
UX Researcher — Tandem Software | Jan 2020 – Jan 2022
- Usability tests and user interviews for a B2B payroll product; unmoderated tests on UserTesting

Education
MS Human-Computer Interaction, University of Michigan, 2019`,
    },
    {
      id: "ux-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "'Design researcher', 'contextual inquiry', 'moderated evaluative sessions', 'questionnaires'.",
      answers: [],
      resumeText: `Owen Park
Design Researcher

Work
Lead Design Researcher, Homebase Care (home health platform) — 2021 – Present
• Contextual inquiry and one-on-one sessions with home-care aides; evaluative sessions on prototypes
• Questionnaires and statistical analysis; findings led to a redesigned shift-swap flow (case study on my site)
Design Researcher, Brightwheel — 2019 – 2021
• Field studies with childcare centres; remote unmoderated studies`,
    },
    {
      id: "ux-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Marketing coordinator with a research keyword list; no research roles.",
      answers: [],
      resumeText: `Chloe Martin
Skills: UX research, user interviews, usability testing, surveys, diary studies, dscout, UserTesting, mixed methods, healthcare, case studies, qualitative research

Experience
Marketing Coordinator — Bloom Florals | 2022 – Present
- Ran social media calendars and email newsletters; organised trade show booths
Retail Associate — Target | 2020 – 2022`,
    },
    {
      id: "ux-04-market-research",
      label: "adjacent-profession",
      grade: 4,
      missingMustHave: true,
      note: "Market research analyst: surveys and focus groups for brands, never product/usability research.",
      answers: [],
      resumeText: `Ben Alvarez
Market Research Analyst

Experience
Senior Market Research Analyst — Nielsen | 2019 – Present
- Brand tracking surveys, focus groups and segmentation studies for consumer goods clients
- Quantitative analysis in SPSS; present insights to brand managers
Research Assistant — Ipsos | 2017 – 2019`,
    },
    {
      id: "ux-05-junior",
      label: "mixed",
      grade: 5,
      missingMustHave: false,
      note: "Two years as UX researcher, then product designer doing some research: ~2 years real research.",
      answers: [],
      resumeText: `Lina Haddad
Experience
UX Researcher — Routely (logistics app) | Nov 2024 – Present
- Usability tests and interviews with dispatchers; synthesis workshops
Product Designer — Routely | 2021 – 2024
- Wireframes and prototypes; occasional guerrilla testing
Education: BA Psychology, 2021`,
    },
    {
      id: "ux-06-manager",
      label: "overqualified",
      grade: 5,
      missingMustHave: false,
      note: "Head of research who has managed researchers and ops for 7 years, not hands-on; wants a leadership role.",
      answers: [],
      resumeText: `Patricia Gomez
Summary
Research leader looking for my next Head of Research or Director role. I have not run studies hands-on since 2019.

Experience
Head of Research — Pinnacle SaaS | 2019 – Present
- Manage 9 researchers and research ops; set research strategy and budgets
UX Researcher — Pinnacle SaaS | 2014 – 2019
- Interviews, usability testing, surveys`,
    },
    {
      id: "ux-07-unrelated",
      label: "off-target",
      grade: 1,
      missingMustHave: true,
      note: "Accountant.",
      answers: [],
      resumeText: `Harold Smith, CPA
Experience
Senior Accountant — Baker Tilly | 2018 – Present
- Month-end close, reconciliations, audit support
Education: BS Accounting, 2017`,
    },
  ],
};
