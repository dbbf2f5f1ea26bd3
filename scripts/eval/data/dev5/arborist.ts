import type { EvalPosting } from "../types";

const CERT_Q = "Are you an ISA Certified Arborist?";
const CLIMB_Q = "Can you rope-and-saddle climb and do aerial rescue?";

export const arborist: EvalPosting = {
  id: "arborist-crew-leader",
  split: "dev",
  field: "tree care / arboriculture",
  style:
    "terse responsibilities-only posting: 'You will …' lines and no requirement list or headings; resumes as a one-paragraph summary plus a list of employers, or bullet-free prose",
  jobTitle: "Arborist Crew Leader",
  companyName: "Cedar Line Tree Care",
  jobDescription: `Cedar Line Tree Care — Arborist Crew Leader (Portland, OR).

You will lead a three-person crew on residential and commercial tree work.
You will climb and prune mature trees using rope and saddle, and perform aerial rescue when needed.
You will carry your ISA Certified Arborist credential and at least 3 years of production climbing.
You will run the chipper, stump grinder and bucket truck safely, following ANSI Z133.
You will write tree risk assessments and care plans for clients.
You will hold a CDL or be able to get one within 90 days.`,
  resumes: [
    {
      id: "ar-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Summary paragraph plus employers; six years climbing, ISA Certified Arborist, TRAQ, leads crews, CDL; says it all in own words, barely repeating the posting.",
      answers: [
        { question: CERT_Q, answer: "Yes, PN-7781A since 2021" },
        { question: CLIMB_Q, answer: "Yes, aerial rescue refreshed every year" },
      ],
      resumeText: `Maya Lindqvist
Portland, OR

Six years as a working climber and foreman in Pacific Northwest tree care. I run a three-person crew day to day, climb big conifers and maples on doubled rope, handle limb removals over roofs and power drops, and do the site walk-throughs with homeowners, writing up hazard evaluations and multi-year pruning plans. ISA Certified Arborist (PN-7781A) and Tree Risk Assessment Qualified. Safety lead for our branch: Z133 tailgate briefings, chipper and grinder checks, aerial rescue drills each spring. Class A CDL.

Employers
Foreman, Bartlett Tree Experts, Portland — 2022 to present
Climber, Davey Tree, Vancouver WA — 2020 to 2022`,
    },
    {
      id: "ar-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Prose CV in reverse order, no bullets, titles never repeat the posting's words ('Tree Surgeon', 'Lead Climber'); five years; 'Certified Arborist (International Society of Arboriculture)'; 'hazard tree reports'; 'Class B commercial licence'.",
      answers: [
        { question: CERT_Q, answer: "Yes (International Society of Arboriculture, 2022)" },
        { question: CLIMB_Q, answer: "Yes" },
      ],
      resumeText: `Owen Pritchard

Professional experience

Lead Climber, Urban Forestry Partners, Seattle (2023 – present). I head a small team taking down and reducing large Douglas firs and big-leaf maples in tight backyards, mostly by spar and rigging work, and I am the designated rescuer on every job. I also write hazard tree reports and pruning schedules that we send to property managers.

Tree Surgeon, Greenbough Ltd, Bristol UK (2021 – 2023). Crown reductions, thinning and dismantles on veteran oaks and limes, working from ropes and from a 20 m MEWP, with woodchipper and stump grinder on every site.

Education and credentials
Certified Arborist, International Society of Arboriculture (2022). NPTC CS38/CS39 tree climbing and aerial rescue. Washington Class B commercial driving licence.`,
    },
    {
      id: "ar-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Landscaping sales rep listing every term; no climbing, no certification.",
      answers: [
        { question: CERT_Q, answer: "No" },
        { question: CLIMB_Q, answer: "I could learn" },
      ],
      resumeText: `Brandon Keyes
Skills: arborist, ISA Certified Arborist, rope and saddle climbing, aerial rescue, ANSI Z133, chipper, stump grinder, bucket truck, tree risk assessment, CDL, crew leader

Experience
Sales Representative, GreenScape Lawn & Landscape — 2021 – present
Sold lawn care and irrigation packages to homeowners.
Cashier, Home Depot — 2018 – 2021`,
    },
    {
      id: "ar-04-no-cert",
      label: "missing-must-have",
      grade: 4,
      missingMustHave: true,
      note: "Four years as a climber, good at the work, but no ISA certification and says so; has not led a crew.",
      answers: [
        { question: CERT_Q, answer: "No, not yet certified" },
        { question: CLIMB_Q, answer: "Yes" },
      ],
      resumeText: `Luis Ortega
Tree Climber

Experience
Climber, Asplundh Tree Expert — 2022 – present
Pruning and removals on rope and saddle, line clearance near distribution lines, aerial rescue trained.
Ground Worker, Arbor Care Inc — 2021 – 2022
Ran the chipper, dragged brush, operated the stump grinder.

Licences
Oregon Class C driver's licence`,
    },
    {
      id: "ar-05-adjacent",
      label: "adjacent-profession",
      grade: 4,
      missingMustHave: true,
      note: "Municipal urban forester (inspections, planting plans, ISA certified) who does not climb; no production climbing years.",
      answers: [
        { question: CERT_Q, answer: "Yes" },
        { question: CLIMB_Q, answer: "No, I do ground assessments only" },
      ],
      resumeText: `Dr. Hannah Weiss
Urban Forester, City of Beaverton — 2019 – present
Inventory and inspection of 40,000 street trees, tree risk assessments, planting plans and permit review. ISA Certified Arborist and TRAQ.

Education
M.S. Forestry, Oregon State University`,
    },
    {
      id: "ar-06-mixed",
      label: "mixed",
      grade: 6,
      missingMustHave: false,
      note: "ISA certified, three years climbing, has not led a crew, no CDL; no written assessments.",
      answers: [
        { question: CERT_Q, answer: "Yes, since 2025" },
        { question: CLIMB_Q, answer: "Yes" },
      ],
      resumeText: `Jordan Pike

I have climbed for residential tree companies around Eugene for three years, mostly pruning and small removals, and I am trained in aerial rescue. I earned my ISA Certified Arborist credential in 2025.

Employers
Climber, McKenzie Tree Service — 2023 to present
Groundsman and climber, Lane Arbor — 2022 to 2023`,
    },
    {
      id: "ar-07-overqualified",
      label: "overqualified",
      grade: 7,
      missingMustHave: false,
      note: "Board Certified Master Arborist and former operations manager of a tree company (15 years), who still climbs; would be over-qualified for crew leader but meets everything.",
      answers: [
        { question: CERT_Q, answer: "Yes — Board Certified Master Arborist" },
        { question: CLIMB_Q, answer: "Yes" },
      ],
      resumeText: `Frank Delaney
Board Certified Master Arborist (ISA), Class A CDL

Operations Manager, Northwest Tree Specialists — 2018 – present: ran five crews, budgets, hiring and safety program (ANSI Z133), wrote risk assessments and management plans for commercial clients, still climb on complex removals.
Crew Foreman, Northwest Tree Specialists — 2013 – 2018: led climbing crews on removals and pruning, aerial rescue instructor.
Climber, Asplundh — 2011 – 2013`,
    },
    {
      id: "ar-08-sparse",
      label: "sparse",
      grade: 5,
      missingMustHave: false,
      note: "Four lines: climber five years, ISA certified; nothing else said.",
      answers: [
        { question: CERT_Q, answer: "Yes" },
        { question: CLIMB_Q, answer: "Yes" },
      ],
      resumeText: `Sam Reyes
Climber, Timberline Tree Co., 2021 – present
ISA Certified Arborist`,
    },
  ],
};
