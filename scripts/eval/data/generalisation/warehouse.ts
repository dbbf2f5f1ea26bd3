import type { EvalPosting } from "../types";

const SHIFT_Q = "Can you work the 2nd shift (2pm–10:30pm), including alternating Saturdays?";

export const warehouse: EvalPosting = {
  id: "warehouse",
  split: "dev",
  field: "operations/warehouse",
  style: "bullets under Requirements / Nice to have, numeric thresholds",
  jobTitle: "Warehouse Shift Supervisor (2nd Shift)",
  companyName: "Northstar Fulfillment",
  jobDescription: `Warehouse Shift Supervisor (2nd Shift) — Northstar Fulfillment, Columbus OH

The role
Lead a team of 30 associates across receiving, picking and shipping in our 400,000 sq ft e-commerce fulfillment center.

Requirements
- 3+ years supervising hourly associates in a warehouse or distribution center
- Track record of hitting productivity and accuracy targets (98%+ pick accuracy)
- Hands-on experience with a warehouse management system (WMS) such as Manhattan or SAP EWM
- Able to work 2nd shift, including alternating Saturdays

Nice to have
- Forklift / powered industrial truck certification
- Lean or Six Sigma training
- Bilingual English/Spanish`,
  resumes: [
    {
      id: "wh-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "5 years supervising 25–40 associates in a DC, 99.6% accuracy, Manhattan WMS, forklift, Lean.",
      answers: [{ question: SHIFT_Q, answer: "Yes" }],
      resumeText: `Carlos Mendez
Experience
Shift Supervisor, Outbound — Amazon Fulfillment Center CMH1, Etna OH | Apr 2021 – Present
- Supervise 35 hourly associates on 2nd shift; raised pick accuracy from 98.9% to 99.6%
- Daily labor planning in Manhattan WMS; lead Kaizen events (Lean Yellow Belt)
Lead Associate — Home Depot Distribution Center | 2018 – 2021
- Led a 12-person receiving crew; certified forklift and reach truck operator
Languages: English, Spanish`,
    },
    {
      id: "wh-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "'Team lead over material handlers', 'DC', 'order selection accuracy 99.2%', 'SAP extended warehouse management'.",
      answers: [{ question: SHIFT_Q, answer: "Yes, evenings and Saturdays are fine" }],
      resumeText: `Tanya Brooks
Operations Supervisor — DC Operations

Work History
Operations Supervisor, Kroger DC, Delaware OH — 2020 – Present
• Oversee 28 material handlers and order selectors on the evening shift
• Order selection accuracy 99.2% for 2025; slotting and replenishment in SAP extended warehouse management
Team Lead, Material Handling — Target DC — 2018 – 2020`,
    },
    {
      id: "wh-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Associate with supervisor keywords but never supervised.",
      answers: [{ question: SHIFT_Q, answer: "Yes" }],
      resumeText: `Kevin Turner
Skills: warehouse supervisor, team leadership, WMS, Manhattan, SAP EWM, 99% accuracy, forklift, Lean Six Sigma, 2nd shift, bilingual

Experience
Warehouse Associate — FedEx Ground | 2024 – Present
- Loaded trailers and scanned packages`,
    },
    {
      id: "wh-04-threshold",
      label: "threshold-miss",
      grade: 5,
      missingMustHave: false,
      note: "Supervised 4 years in a DC but states 94% pick accuracy, below the 98% target.",
      answers: [{ question: SHIFT_Q, answer: "Yes" }],
      resumeText: `Angela Price
Experience
Warehouse Supervisor — Lowe's Regional DC | 2022 – Present
- Supervise 22 associates; pick accuracy 94% (target 98%); run shift huddles
- WMS: Manhattan SCALE
Warehouse Supervisor — Dollar General DC | 2020 – 2022`,
    },
    {
      id: "wh-05-days-only",
      label: "missing-must-have",
      grade: 3,
      missingMustHave: true,
      note: "Qualified supervisor who can only work day shift: screening answer says no to 2nd shift.",
      answers: [{ question: SHIFT_Q, answer: "No — I can only work days because of childcare" }],
      resumeText: `Michelle Grant
Experience
Distribution Supervisor — UPS Supply Chain Solutions | 2019 – Present
- Supervise 30 associates in receiving and putaway; 99.1% inventory accuracy
- Work in SAP EWM daily; forklift certified`,
    },
    {
      id: "wh-06-retail-manager",
      label: "adjacent-profession",
      grade: 4,
      missingMustHave: true,
      note: "Retail store assistant manager: supervises people and handles stockroom, but no warehouse/DC or WMS.",
      answers: [{ question: SHIFT_Q, answer: "Yes" }],
      resumeText: `Brian Foster
Experience
Assistant Store Manager — Walmart Supercenter | 2019 – Present
- Supervise 40 associates across front end and stockroom; truck unload and shelf replenishment
- Scheduling, hiring and training`,
    },
    {
      id: "wh-07-sparse",
      label: "sparse",
      grade: 3,
      missingMustHave: false,
      note: "Two lines: 'warehouse lead, forklift'.",
      answers: [{ question: SHIFT_Q, answer: "Yes" }],
      resumeText: `Luis Ortega
Warehouse lead. Forklift certified. Looking for supervisor role.`,
    },
  ],
};
