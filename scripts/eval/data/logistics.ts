import type { EvalPosting } from "./types";

const NIGHTS_Q = "Are you able to work night shifts (10pm–6:30am)?";

export const logistics: EvalPosting = {
  id: "logistics",
  split: "dev",
  field: "trades/logistics",
  style: "numbered must-haves, short bullet lists, a screening-answer requirement (night shifts)",
  jobTitle: "Warehouse Operations Supervisor (Nights)",
  companyName: "Northgate Logistics",
  jobDescription: `Warehouse Operations Supervisor (Nights) — Northgate Logistics, Reno NV

We run a 400,000 sq ft fulfillment center for home-goods brands, shipping 30,000 orders a night.

Must-haves
1. 3+ years supervising teams in a warehouse or distribution center
2. Current forklift certification
3. Hands-on experience with a warehouse management system (WMS)
4. Able to work night shifts, 10pm to 6:30am

Preferred
- OSHA 30 certification
- Lean or Six Sigma training

Bonus
- Spanish speaker`,
  resumes: [
    {
      id: "wh-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "6 years supervising in fulfillment centers, forklift, Manhattan WMS, OSHA 30, Green Belt, nights.",
      answers: [{ question: NIGHTS_Q, answer: "Yes, I have worked nights for four years" }],
      resumeText: `Luis Ortega
Experience
Night Shift Supervisor, Amazon Fulfillment Center RNO4 — Jun 2022 – Present
- Supervise 45 associates across inbound and pick/pack; 99.6% on-time ship rate
- Run labour planning and cycle counts in Manhattan WMS
Warehouse Team Lead, Sierra Distribution — Mar 2020 – May 2022
- Led a team of 12 in receiving; trained new forklift operators

Certifications
Forklift (sit-down and reach), current; OSHA 30; Lean Six Sigma Green Belt
Languages: Spanish (native)`,
    },
    {
      id: "wh-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "'Distribution centre shift lead', 'PIT certified', 'Blue Yonder', 'fulfilment centre'; ~5 years.",
      answers: [{ question: NIGHTS_Q, answer: "Yes" }],
      resumeText: `Kerry Walsh
Work History
Shift Lead, Fulfilment Centre, Boxline — 2023 – Present
- Lead 20 pickers and packers on the overnight shift; slotting and replenishment in Blue Yonder
Shift Lead, Distribution Centre, Hartwell Foods — 2021 – 2023
- Ran the loading dock crew of 8; kaizen events on dock-to-stock time

Training
Powered industrial truck (PIT) certified, 2024`,
    },
    {
      id: "wh-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Skills list full of warehouse words; roles are barista and cashier.",
      answers: [{ question: NIGHTS_Q, answer: "Yes" }],
      resumeText: `Dana Price
Skills
Warehouse, WMS, forklift, OSHA 30, Lean Six Sigma, supervision, distribution center, inventory control, Manhattan, supply chain, warehouse, forklift

Experience
Barista, Starbucks — 2022 – Present
- Espresso drinks, opening shifts
Cashier, Walgreens — 2020 – 2022`,
    },
    {
      id: "wh-04-analyst",
      label: "missing-must-have",
      grade: 4,
      missingMustHave: true,
      note: "Inventory/operations analyst in a DC with WMS, Black Belt, OSHA 30 — but has never supervised anyone and has no forklift certification.",
      answers: [{ question: NIGHTS_Q, answer: "Yes" }],
      resumeText: `Priyanka Shah
Experience
Operations Analyst, Westpoint Distribution Center — Jan 2021 – Present
- Inventory accuracy reporting from the WMS (SAP EWM); slotting optimisation models
- Led Lean Six Sigma projects that cut mis-picks by 30%
Inventory Control Analyst, Westpoint Distribution Center — 2019 – 2021

Certifications
Lean Six Sigma Black Belt; OSHA 30`,
    },
    {
      id: "wh-05-career-changer",
      label: "career-changer",
      grade: 5,
      missingMustHave: false,
      note: "Eight years as Army supply sergeant leading soldiers; 1.5 years as warehouse team lead with forklift and WMS.",
      answers: [{ question: NIGHTS_Q, answer: "Yes" }],
      resumeText: `Marcus Bell
Experience
Warehouse Team Lead, Reno Parts Depot — May 2025 – Present
- Lead 6 associates on nights; receiving and put-away in Fishbowl WMS; forklift certified
Supply Sergeant, U.S. Army — 2016 – 2024
- Led a supply section of 10 soldiers; accountable for $4M of equipment and vehicles`,
    },
    {
      id: "wh-06-dates-only",
      label: "dates-only",
      grade: 8,
      missingMustHave: false,
      note: "Dated supervisor roles (ISO-style dates) totalling ~7 years; forklift; WMS; no claims.",
      answers: [{ question: NIGHTS_Q, answer: "Yes" }],
      resumeText: `Tina Nguyen
Employment
Warehouse Supervisor, Cascade 3PL — 2021-04 – Present
- Supervise second and third shift in a 250k sq ft warehouse; WMS exception handling
Warehouse Supervisor, Cascade 3PL — 2019-09 – 2021-03
- Supervised the returns team of 10
Forklift Operator, Cascade 3PL — 2017-01 – 2019-08
Certifications
Forklift certified (current)`,
    },
    {
      id: "wh-07-sparse",
      label: "sparse",
      grade: 3,
      missingMustHave: false,
      note: "Two lines.",
      answers: [],
      resumeText: `Warehouse lead. Forklift. Nights OK.
Call me any time this week.`,
    },
    {
      id: "wh-08-unusual-order",
      label: "unusual-order",
      grade: 7,
      missingMustHave: false,
      note: "Certifications first, then a summary, then experience; 3.5 years supervising, no WMS named (uses 'RF scanners and inventory system').",
      answers: [{ question: NIGHTS_Q, answer: "Yes" }],
      resumeText: `Alex Romero
CERTIFICATIONS
Forklift / reach truck certified; OSHA 10

SUMMARY
Hands-on supervisor who likes the night shift.

EXPERIENCE
Warehouse Supervisor, Great Basin Grocers DC — Apr 2023 – Present
- Supervise 25 selectors on nights; RF scanners and WMS cycle counts; safety huddles
Lead Selector, Great Basin Grocers DC — Mar 2021 – Mar 2023
- Trained new selectors; covered for the supervisor`,
    },
    {
      id: "wh-09-off-target",
      label: "off-target",
      grade: 1,
      missingMustHave: true,
      note: "Graphic designer.",
      answers: [{ question: NIGHTS_Q, answer: "No" }],
      resumeText: `Sam Lee
Experience
Graphic Designer, Brightside Studio — 2018 – Present
- Brand identities and packaging in Adobe Illustrator`,
    },
    {
      id: "wh-10-overqualified",
      label: "overqualified",
      grade: 5,
      missingMustHave: false,
      note: "Regional Director of Distribution, 20 years, no hands-on floor work for a decade, wants days.",
      answers: [{ question: NIGHTS_Q, answer: "Prefer days" }],
      resumeText: `Patricia Moore
Experience
Regional Director of Distribution, HomeGoods West — 2016 – Present
- Own six distribution centers, 1,800 staff and a $90M budget; WMS migration sponsor
Distribution Center Manager, HomeGoods West — 2010 – 2016
Warehouse Supervisor, HomeGoods West — 2005 – 2010
- Supervised night shift; forklift certified
Certifications
Lean Six Sigma Black Belt`,
    },
    {
      id: "wh-11-no-nights",
      label: "missing-must-have",
      grade: 3,
      missingMustHave: true,
      note: "Solid warehouse supervisor with forklift and WMS, but cannot work nights (a stated must-have).",
      answers: [{ question: NIGHTS_Q, answer: "No, I can only work day shifts" }],
      resumeText: `Jordan Ellis
Experience
Warehouse Supervisor, Tahoe Freight — Feb 2020 – Present
- Supervise 18 associates on days; WMS (Manhattan) replenishment and cycle counts
Certifications
Forklift certified; OSHA 30`,
    },
  ],
};
