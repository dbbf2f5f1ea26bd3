import type { EvalPosting } from "../types";

const LIC_Q = "Do you hold an active Colorado journeyman electrician license?";
const DRIVE_Q = "Do you have a valid driver's license and reliable transportation?";

export const electrician: EvalPosting = {
  id: "electrician",
  split: "dev",
  field: "skilled trades/electrical",
  style: 'bold "Must-haves" as a numbered list, "Bonus points" as one run-on paragraph',
  jobTitle: "Journeyman Electrician — Commercial",
  companyName: "Brightline Electric",
  jobDescription: `Brightline Electric is hiring a journeyman electrician for tenant fit-outs and light commercial new builds around Denver.

What you'll do
- Install conduit, panels, lighting and branch circuits from drawings
- Troubleshoot and commission systems; mentor apprentices on site

**Must-haves**
1. Active Colorado journeyman electrician license
2. 4+ years of commercial electrical experience
3. Working knowledge of the National Electrical Code (NEC)
4. Valid driver's license and reliable transportation

**Bonus points** experience with fire alarm or low-voltage systems, an OSHA 30 card, PLC or controls work, and being bilingual in English and Spanish would all help you stand out.`,
  resumes: [
    {
      id: "el-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Licensed journeyman, 6+ years commercial, NEC, fire alarm, OSHA 30.",
      answers: [
        { question: LIC_Q, answer: "Yes, Colorado journeyman license JW.104233" },
        { question: DRIVE_Q, answer: "Yes" },
      ],
      resumeText: `Marco Delgado — Journeyman Electrician
Denver, CO

Experience
Journeyman Electrician, Summit Electrical Contractors, Denver — Mar 2020 – Present
- Lead installs on commercial tenant improvements up to 40,000 sq ft: EMT and rigid conduit, 480V panels, lighting controls
- Troubleshoot and commission branch circuits; keep every job to NEC 2023; mentor two apprentices
- Installed and tested addressable fire alarm devices on six office fit-outs
Apprentice Electrician, Summit Electrical Contractors — Jun 2016 – Feb 2020
- Commercial new construction: rough-in, pulling wire, panel terminations

Licenses & Training
Colorado Journeyman Electrician License (active)
OSHA 30 Construction`,
    },
    {
      id: "el-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Union inside wireman: writes NFPA 70, 'JW card', 'TI build-outs'; 5 years commercial.",
      answers: [
        { question: LIC_Q, answer: "Yes — I carry my JW card (Colorado)" },
        { question: DRIVE_Q, answer: "Yes, own truck" },
      ],
      resumeText: `Keisha Brown
Inside Wireman, IBEW Local 68

Work History
Inside Wireman — Rocky Mountain Power Systems, Aurora CO | 2021 – Present
• TI build-outs for retail and office clients; switchgear, feeders, 277/480V lighting
• Code compliance per NFPA 70; fault finding on branch circuits
Inside Wireman — Front Range Electric | 2019 – 2021
• Hospital wing addition: low-voltage nurse call and fire alarm rough-in

Credentials
Colorado JW license · OSHA 10`,
    },
    {
      id: "el-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Retail associate with an electrical keyword list; no license, no trade experience.",
      answers: [
        { question: LIC_Q, answer: "No" },
        { question: DRIVE_Q, answer: "Yes" },
      ],
      resumeText: `Tyler Jensen
Skills: journeyman electrician, commercial electrical, NEC, conduit bending, panels, fire alarm, low-voltage, PLC, OSHA 30, troubleshooting, commissioning, bilingual

Experience
Sales Associate, Electrical Department — Home Depot, Lakewood CO — Apr 2021 – Present
- Helped customers choose breakers, wire and fixtures; restocked aisles
Line Cook — Applebee's — 2019 – 2021`,
    },
    {
      id: "el-04-unlicensed",
      label: "missing-must-have",
      grade: 3,
      missingMustHave: true,
      note: "Five years of solid commercial work as an apprentice, but the screening answer says not yet licensed.",
      answers: [
        { question: LIC_Q, answer: "Not yet licensed — I sit the journeyman exam in February" },
        { question: DRIVE_Q, answer: "Yes" },
      ],
      resumeText: `Sam Whitfield
Electrical Apprentice (5th year)

Experience
Electrical Apprentice — Mile High Electric, Denver | Aug 2021 – Present
- Commercial fit-outs: conduit runs, panel schedules, lighting circuits, code checks against the NEC
- Assisted with fire alarm device installs and testing
Helper — Mile High Electric | 2020 – 2021

Education
Electrical Apprenticeship Program, IEC Rocky Mountain (final year)`,
    },
    {
      id: "el-05-hvac",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "HVAC technician: wires thermostats and equipment, knows some code, but is not an electrician and has no electrical license.",
      answers: [
        { question: LIC_Q, answer: "I hold an HVAC license and EPA 608, not an electrician license" },
        { question: DRIVE_Q, answer: "Yes" },
      ],
      resumeText: `Dana Ruiz
HVAC Service Technician

Experience
HVAC Service Technician — Comfort Air, Denver — 2018 – Present
- Install and service rooftop units in commercial buildings; low-voltage thermostat and control wiring
- Replace contactors, capacitors and disconnects; follow NEC for equipment disconnects
HVAC Installer — CoolPro — 2015 – 2018

Certifications
EPA 608 Universal · Colorado HVAC license`,
    },
    {
      id: "el-06-residential",
      label: "mixed",
      grade: 5,
      missingMustHave: false,
      note: "Licensed journeyman with mostly residential work; about 1.5 years commercial.",
      answers: [
        { question: LIC_Q, answer: "Yes" },
        { question: DRIVE_Q, answer: "Yes" },
      ],
      resumeText: `Priya Natarajan
Journeyman Electrician (Colorado)

Experience
Journeyman Electrician — Peak Commercial Electric | May 2025 – Present
- Commercial office fit-outs: lighting, receptacle circuits, panel changes
Residential Electrician — HomeWire Services | Jan 2019 – Apr 2025
- Service upgrades, rewires and new homes; NEC-compliant residential installs

Licenses
Colorado Journeyman Electrician License`,
    },
    {
      id: "el-07-owner-parttime",
      label: "overqualified",
      grade: 4,
      missingMustHave: false,
      note: "Master electrician who has run his own contracting business hands-off (estimating, sales) since 2014 and wants part-time.",
      answers: [
        { question: LIC_Q, answer: "Yes, master electrician license" },
        { question: DRIVE_Q, answer: "Yes" },
      ],
      resumeText: `Robert Kline, Master Electrician

Summary
Owner of a 25-person electrical contracting firm. Looking for part-time work only (20 hours a week) as I wind down the business.

Experience
Owner & President — Kline Electric LLC, Denver | 2014 – Present
- Run estimating, sales, payroll and client relationships; crews handle field work
Commercial Electrician — Various contractors | 2002 – 2014
- Commercial and industrial installs

Licenses
Colorado Master Electrician License`,
    },
    {
      id: "el-08-unrelated",
      label: "off-target",
      grade: 1,
      missingMustHave: true,
      note: "Barista with no trade background.",
      answers: [
        { question: LIC_Q, answer: "No" },
        { question: DRIVE_Q, answer: "No" },
      ],
      resumeText: `Jordan Lee
Experience
Shift Lead Barista — Corner Coffee, Denver — 2020 – Present
- Opened the store, trained new baristas, handled cash and inventory
Education
High school diploma, 2019`,
    },
  ],
};
