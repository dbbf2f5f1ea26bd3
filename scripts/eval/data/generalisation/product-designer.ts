import type { EvalPosting } from "../types";

export const productDesigner: EvalPosting = {
  id: "product-designer",
  split: "test",
  field: "product design",
  style: 'bold "Must-haves" as a numbered list, "Bonus points" as one run-on paragraph',
  jobTitle: "Product Designer",
  companyName: "Tidewater Health",
  jobDescription: `Tidewater Health builds the patient app for 30 community clinics. We're hiring a product designer to own the booking and messaging experience end to end.

**Must-haves**
1. 3+ years designing digital products (web or mobile apps) as a product, UX or interaction designer
2. A portfolio with shipped work showing your process from research to high-fidelity UI
3. Fluency in Figma, including components and prototyping
4. Experience working day to day with engineers and product managers

**Bonus points** healthcare or accessibility (WCAG) experience, a design system you helped build, usability testing you ran yourself, and basic HTML/CSS are all welcome.`,
  resumes: [
    {
      id: "pd-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "5 years product designer on health apps, Figma design system, WCAG, portfolio.",
      answers: [],
      resumeText: `Maya Fernandes — Product Designer
Portfolio: mayafernandes.design

Experience
Senior Product Designer — Oscar Health | Jan 2022 – Present
- Own appointment booking in the member app from discovery to shipped UI; weekly usability tests
- Built the Figma component library used by 9 designers; WCAG 2.1 AA audits with engineering
Product Designer — Zocdoc | 2019 – 2021
- Mobile search and booking flows with PMs and iOS engineers`,
    },
    {
      id: "pd-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "'Interaction designer', 'end-to-end flows shipped', 'Figma libraries & interactive prototypes', 'a11y'.",
      answers: [],
      resumeText: `Jonah Weiss
Interaction Designer

Work
Interaction Designer — One Medical — 2021 – Present
• End-to-end flows for messaging a care team; shipped to 1M members (case studies at jonahweiss.co)
• Figma libraries and interactive prototypes; a11y reviews against WCAG; pair daily with the eng squad and PM
UI/UX Designer — Headspace — 2019 – 2021`,
    },
    {
      id: "pd-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Graphic design student listing product design keywords.",
      answers: [],
      resumeText: `Ella Brooks
Skills: product designer, UX, interaction design, Figma, prototyping, design systems, WCAG, accessibility, usability testing, HTML/CSS, healthcare, portfolio

Experience
Cashier — Trader Joe's | 2024 – Present
Education: BFA Graphic Design (in progress)`,
    },
    {
      id: "pd-04-industrial",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "Industrial designer: physical products, uses Figma for presentations; not digital product design.",
      answers: [],
      resumeText: `Noah Lindqvist
Industrial Designer
Experience
Senior Industrial Designer — Philips Personal Health | 2018 – Present
- Design handheld medical devices from sketch to production tooling; SolidWorks, KeyShot; presentation boards in Figma
- Work with mechanical engineers and product managers
Portfolio: noahlindqvist.com`,
    },
    {
      id: "pd-05-graphic",
      label: "mixed",
      grade: 4,
      missingMustHave: false,
      note: "Marketing graphic designer moving into UX, one app redesign; Figma.",
      answers: [],
      resumeText: `Ava Thompson
Experience
Graphic Designer — Sentara Healthcare marketing | 2019 – Present
- Print and social campaigns; redesigned one patient landing page in Figma in 2025
Education: Google UX Design Certificate, 2025`,
    },
    {
      id: "pd-06-junior",
      label: "mixed",
      grade: 6,
      missingMustHave: false,
      note: "Two years product designer shipping mobile features in Figma with engineers.",
      answers: [],
      resumeText: `Leo Martins
Experience
Product Designer — Calm | Oct 2024 – Present
- Shipped onboarding and reminders in the mobile app; Figma prototypes; daily with iOS engineers and a PM
Junior UX Designer — agency | Jan 2024 – Sep 2024
Portfolio: leomartins.design`,
    },
    {
      id: "pd-07-director",
      label: "overqualified",
      grade: 5,
      missingMustHave: false,
      note: "Design director managing designers for 6 years; no hands-on UI since 2020.",
      answers: [],
      resumeText: `Irene Castillo
Summary
Design director; I have not produced UI myself since 2020.
Experience
Director of Design — Teladoc | 2020 – Present
- Lead 20 designers and researchers; design ops and hiring
Senior Product Designer — Teladoc | 2015 – 2020
- Figma, prototyping, shipped web and mobile`,
    },
  ],
};
