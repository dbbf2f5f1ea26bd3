import type { EvalPosting } from "../types";

const EPA_Q = "Do you hold an EPA Section 608 Universal (or Type II) certification?";
const LICENSE_Q = "Do you have a valid driver's license and a clean driving record?";

export const hvacTechnician: EvalPosting = {
  id: "hvac-technician",
  split: "test",
  field: "skilled trades/HVAC",
  style: 'run-on "Required:" and "Preferred:" sentences, abbreviations (EPA 608, NATE, RTU)',
  jobTitle: "Commercial HVAC Service Technician",
  companyName: "Keystone Mechanical",
  jobDescription: `Commercial HVAC Service Technician — Keystone Mechanical, Pittsburgh PA

Keystone services rooftop units, chillers and boilers for hospitals, schools and office buildings across western Pennsylvania. You will run your own service van, diagnose and repair equipment, and handle preventive maintenance contracts.

Required: 4+ years as an HVAC service technician on commercial equipment (RTUs, split systems, chillers or boilers), EPA 608 Universal or Type II certification, the ability to troubleshoot electrical controls and refrigeration circuits on your own, a valid driver's license with a clean record, and willingness to take part in the on-call rotation.

Preferred: NATE certification, experience with building automation systems (BAS) such as Johnson Controls Metasys or Honeywell, and a completed HVAC apprenticeship or trade school program.`,
  resumes: [
    {
      id: "hv-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "7 years commercial service tech, RTUs and chillers, EPA Universal, NATE, Metasys, on-call.",
      answers: [
        { question: EPA_Q, answer: "Yes, Universal since 2016" },
        { question: LICENSE_Q, answer: "Yes" },
      ],
      resumeText: `Robert Kowalski
Experience
Commercial HVAC Service Technician — Trane Commercial Services, Pittsburgh | 2019 – Present
- Diagnose and repair rooftop units, air-cooled chillers and hot-water boilers at 40 hospital and school sites
- Troubleshoot control wiring, VFDs and refrigeration circuits; Johnson Controls Metasys front-end checks; weekly on-call
HVAC Service Technician — Allegheny Heating & Cooling | 2016 – 2019
- Light commercial split systems and preventive maintenance
Certifications: EPA 608 Universal (2016), NATE Commercial Refrigeration · Completed 4-year UA Local 449 HVAC apprenticeship`,
    },
    {
      id: "hv-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "'Mechanical service tech', 'packaged units', 'DDC controls', 'refrigerant handling certificate Type II', 'standby'.",
      answers: [
        { question: EPA_Q, answer: "Type II" },
        { question: LICENSE_Q, answer: "Yes, clean record" },
      ],
      resumeText: `Anthony Russo
Mechanical Service Tech

Work History
Mechanical Service Technician — EMCOR Services, Cleveland — 2020 – Present
• Fault-find and repair packaged rooftop equipment and water-cooled chillers in office towers and a university campus
• DDC controls (Honeywell WEBs), compressor and TXV diagnostics, low-voltage wiring; rotating standby weekends
Refrigeration Mechanic — Giant Eagle stores — 2017 – 2020
Credentials: refrigerant handling certificate (Type II), company service van`,
    },
    {
      id: "hv-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Retail sales associate at a home store listing all HVAC keywords; no trade experience.",
      answers: [
        { question: EPA_Q, answer: "Studying for it" },
        { question: LICENSE_Q, answer: "Yes" },
      ],
      resumeText: `Tyler Nash
Skills: HVAC service technician, RTU, chillers, boilers, EPA 608 Universal, NATE, Metasys, BAS, refrigeration, electrical troubleshooting, on-call

Experience
Sales Associate, Heating & Cooling aisle — Home Depot | 2023 – Present
- Helped customers choose window AC units and thermostats`,
    },
    {
      id: "hv-04-no-epa",
      label: "missing-must-have",
      grade: 3,
      missingMustHave: true,
      note: "Commercial HVAC helper/installer with 5 years, but no EPA 608 (answer no).",
      answers: [
        { question: EPA_Q, answer: "No, not yet" },
        { question: LICENSE_Q, answer: "Yes" },
      ],
      resumeText: `Kevin Doyle
Experience
HVAC Installer — McKamish Inc. | 2021 – Present
- Set rooftop units and run ductwork on new commercial construction; assist service techs
HVAC Helper — Ductworks LLC | 2019 – 2021`,
    },
    {
      id: "hv-05-residential",
      label: "mixed",
      grade: 5,
      missingMustHave: false,
      note: "6 years residential HVAC service (furnaces, heat pumps), EPA Universal: right trade, little commercial equipment.",
      answers: [
        { question: EPA_Q, answer: "Yes, Universal" },
        { question: LICENSE_Q, answer: "Yes" },
      ],
      resumeText: `Derek Summers
Experience
Residential HVAC Service Technician — One Hour Heating & Air | 2020 – Present
- Service and repair gas furnaces, heat pumps and split AC systems in homes; run my own van; on-call rotation
HVAC Technician — Sears Home Services | 2018 – 2020
Certifications: EPA 608 Universal, NATE Heat Pump`,
    },
    {
      id: "hv-06-electrician",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "Commercial electrician wiring HVAC equipment: controls and electrical yes, refrigeration and EPA no.",
      answers: [
        { question: EPA_Q, answer: "No" },
        { question: LICENSE_Q, answer: "Yes" },
      ],
      resumeText: `Marco Bellini
Experience
Journeyman Electrician — Sargent Electric, Pittsburgh | 2017 – Present
- Power and control wiring for rooftop units, chillers and VFDs on hospital projects; troubleshoot motor controls
- Pull wire for BAS panels with the controls contractor
Certifications: PA Journeyman Electrician, OSHA 30`,
    },
    {
      id: "hv-07-no-driving",
      label: "missing-must-have",
      grade: 3,
      missingMustHave: true,
      note: "Qualified commercial tech but license suspended (answer no).",
      answers: [
        { question: EPA_Q, answer: "Yes, Universal" },
        { question: LICENSE_Q, answer: "No, my license is currently suspended" },
      ],
      resumeText: `Shawn Price
Experience
HVAC Service Technician — Johnson Controls, Pittsburgh | 2018 – Present
- Commercial RTU and chiller service, refrigeration and controls troubleshooting, Metasys
Certifications: EPA 608 Universal`,
    },
    {
      id: "hv-08-junior",
      label: "threshold-miss",
      grade: 5,
      missingMustHave: false,
      note: "2 years commercial service tech after trade school, EPA Universal: right work, below 4+ years.",
      answers: [
        { question: EPA_Q, answer: "Yes, Universal" },
        { question: LICENSE_Q, answer: "Yes" },
      ],
      resumeText: `Jasmine Carter
Experience
HVAC Service Technician — Limbach Holdings, Pittsburgh | 2024 – Present
- Preventive maintenance and repairs on commercial rooftop units and boilers; troubleshoot refrigeration circuits
Education
HVAC-R Diploma, Community College of Allegheny County, 2024
Certifications: EPA 608 Universal`,
    },
  ],
};
