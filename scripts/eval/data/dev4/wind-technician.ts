import type { EvalPosting } from "../types";

const GWO_Q = "Do you hold current GWO Basic Safety Training (Working at Heights, First Aid, Manual Handling, Fire Awareness)?";
const TRAVEL_Q = "The role is on the road about 75% of the time, climbing 90 m towers. Can you do that?";

export const windTechnician: EvalPosting = {
  id: "wind-turbine-technician",
  split: "dev",
  field: "wind energy / turbine maintenance",
  style:
    "pipe-separated requirements table ('Requirement | Level') with 'Required'/'Preferred' in the second column, a one-line intro and no other headings",
  jobTitle: "Wind Turbine Service Technician II",
  companyName: "Prairie Gale Renewables",
  jobDescription: `Prairie Gale Renewables services 1,400 utility-scale turbines across Texas, Oklahoma and Kansas. Our Wind Turbine Service Technician II performs scheduled and unscheduled maintenance up-tower.

Requirement | Level
2+ years servicing utility-scale wind turbines (scheduled maintenance, troubleshooting) | Required
GWO Basic Safety Training, current | Required
Electrical troubleshooting of low- and medium-voltage systems, reading schematics | Required
Able to climb 90 m towers and travel 75% | Required
Valid driver's license with a clean record | Required
Hydraulic and gearbox / drivetrain repair | Preferred
Associate degree in wind energy technology or military technical training | Preferred
NFPA 70E arc-flash training | Preferred`,
  resumes: [
    {
      id: "wt-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Wind turbine technician for five years on GE and Vestas turbines, GWO BST current, LV/MV troubleshooting, gearbox and hydraulics, A.A.S. wind energy, NFPA 70E, travels.",
      answers: [
        { question: GWO_Q, answer: "Yes, all four modules, renewed 2026" },
        { question: TRAVEL_Q, answer: "Yes" },
      ],
      resumeText: `Tyler Johansen
Wind Turbine Technician · Sweetwater, TX

Experience
Wind Turbine Technician, NextEra Energy Resources — Apr 2021 – Present
- Scheduled maintenance and troubleshooting on GE 1.5 and 2.x turbines; 75% travel across West Texas sites
- Electrical troubleshooting of low- and medium-voltage systems from schematics; converter and pitch faults
- Gearbox inspections, hydraulic repairs, main bearing replacements
Wind Technician, Vestas — 2020 – 2021

Education
A.A.S. Wind Energy Technology, Texas State Technical College

Certifications
GWO Basic Safety Training (current, 2026); NFPA 70E; Texas driver's license, clean record`,
    },
    {
      id: "wt-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "'Wind Tech', 'WTG', 'nacelle', 'PMs', 'up-tower', 'GWO BST'; four years; 'LOTO, 690V and 34.5kV collection faults from drawings'; ex-Navy electrician; drives a company truck.",
      answers: [
        { question: GWO_Q, answer: "Yes — BST (WAH, FA, MH, FAW) valid to 2027" },
        { question: TRAVEL_Q, answer: "Yes, I'm on the road most weeks already" },
      ],
      resumeText: `Ramon Delgado
Field Service Tech — Wind

Work History
Lead Wind Tech — Siemens Gamesa, road crew (OK/KS sites) | 2022 – Present
• PMs and breakdown calls on SWT-2.3 WTGs; 300 ft up-tower climbs daily
• Diagnosed 690V and 34.5kV collection faults from electrical drawings; LOTO
• Yaw drive, pitch cylinder and gearbox oil system repairs in the nacelle
Wind Tech I — Invenergy | 2022
• Climbed and serviced 80 m towers on a 200-turbine farm

Military
U.S. Navy Electrician's Mate (EM2), 2014 – 2020 — shipboard power distribution, A-school

Certs
GWO BST (Working at Heights, First Aid, Manual Handling, Fire Awareness) — valid to 2027
CDL Class B, clean MVR`,
    },
    {
      id: "wt-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Retail solar panel salesman with a list of every requirement as 'skills'; no turbine work, no GWO.",
      answers: [
        { question: GWO_Q, answer: "No" },
        { question: TRAVEL_Q, answer: "Yes" },
      ],
      resumeText: `Chase Whitmore

Skills
Wind turbine maintenance, GWO Basic Safety Training, electrical troubleshooting, medium voltage, schematics, gearbox, hydraulics, climbing, NFPA 70E

Experience
Residential Solar Sales Consultant, SunPower dealer — 2022 – Present
- Door-to-door sales of rooftop solar systems
Server, Texas Roadhouse — 2019 – 2022`,
    },
    {
      id: "wt-04-no-gwo",
      label: "missing-must-have",
      grade: 3,
      missingMustHave: true,
      note: "Industrial electrician with 8 years of plant LV/MV work; never worked on turbines; no GWO; would need training.",
      answers: [
        { question: GWO_Q, answer: "No, I'd need to take it" },
        { question: TRAVEL_Q, answer: "Yes" },
      ],
      resumeText: `Derek Holt
Industrial Electrician

Experience
Maintenance Electrician, Koch Fertilizer plant — 2018 – Present
- Troubleshoot 480V motor control centers and 13.8kV switchgear from schematics; PLC I/O
Apprentice Electrician, IBEW Local 602 — 2014 – 2018

Licenses
Texas Journeyman Electrician; NFPA 70E`,
    },
    {
      id: "wt-05-wont-climb",
      label: "missing-must-have",
      grade: 3,
      missingMustHave: true,
      note: "Experienced wind technician, GWO current, who now refuses climbing and travel (wants a ground-based role).",
      answers: [
        { question: GWO_Q, answer: "Yes" },
        { question: TRAVEL_Q, answer: "No — after a back injury I can't climb anymore and need to stay home" },
      ],
      resumeText: `Brian Stokes
Wind Turbine Technician

Experience
Wind Turbine Technician, EDF Renewables — 2019 – Present
- Scheduled maintenance and troubleshooting on Vestas V110 turbines; converter and pitch electrical faults from schematics
Wind Technician, Pattern Energy — 2017 – 2019

Certifications
GWO Basic Safety Training (current); NFPA 70E; driver's license`,
    },
    {
      id: "wt-06-solar",
      label: "adjacent-profession",
      grade: 4,
      missingMustHave: true,
      note: "Utility-scale solar O&M technician: MV electrical troubleshooting and travel, but no turbines, no climbing, no GWO.",
      answers: [
        { question: GWO_Q, answer: "No, I have OSHA 30 and NFPA 70E" },
        { question: TRAVEL_Q, answer: "Yes, I travel now" },
      ],
      resumeText: `Alicia Moreno
Solar O&M Technician

Experience
Solar O&M Technician, Primoris Renewable Energy — 2020 – Present
- Inverter and combiner box troubleshooting; 34.5kV collection system switching; tracker motor repairs; 60% travel
Electrical Helper, Rosendin — 2018 – 2020

Certifications
OSHA 30; NFPA 70E; driver's license`,
    },
    {
      id: "wt-07-site-manager",
      label: "overqualified",
      grade: 5,
      missingMustHave: false,
      note: "Wind site manager who has run a 150-turbine farm from the office since 2016; GWO current; wants a step back but has not climbed in years.",
      answers: [
        { question: GWO_Q, answer: "Yes" },
        { question: TRAVEL_Q, answer: "I'd prefer to stay at one site" },
      ],
      resumeText: `Gregory Lindqvist
Wind Farm Site Manager

Experience
Site Manager, Enel Green Power — Rock Creek Wind Farm — 2016 – Present
- Manage 14 technicians, budgets, contractor schedules and safety programme for 150 turbines
Wind Turbine Technician, Enel Green Power — 2011 – 2016
- Troubleshooting and scheduled maintenance on GE 1.5 turbines

Education
B.S. Electrical Engineering Technology

Certifications
GWO Basic Safety Training (current); NFPA 70E`,
    },
    {
      id: "wt-08-new-grad",
      label: "threshold-miss",
      grade: 4,
      missingMustHave: true,
      note: "Wind energy graduate with GWO and 7 months as a technician (after an internship) against 2 years.",
      answers: [
        { question: GWO_Q, answer: "Yes" },
        { question: TRAVEL_Q, answer: "Yes" },
      ],
      resumeText: `Jordan Pike
Wind Turbine Technician I

Experience
Wind Turbine Technician I, Apex Clean Energy — Apr 2026 – Present
- Scheduled maintenance and basic electrical troubleshooting under a lead technician
Wind Technician Intern, Apex Clean Energy — Summer 2025

Education
A.A.S. Wind Energy Technology, Iowa Lakes Community College, 2026

Certifications
GWO Basic Safety Training (2026); driver's license`,
    },
  ],
};
