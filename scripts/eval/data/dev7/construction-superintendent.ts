import type { EvalPosting } from "../types";

export const constructionSuperintendent: EvalPosting = {
  id: "construction-superintendent",
  split: "dev",
  field: "commercial building construction (general contractor)",
  style:
    "terse Indeed-style ad under 120 words, no headings, run-on sentences with abbreviations ('Need … w/ 7+ yrs', 'Must have', 'Pref', 'M-F'), pay and apply line; no screening questions",
  jobTitle: "Superintendent – Commercial",
  companyName: "Sandoval Builders",
  jobDescription: `Superintendent – Commercial | Sandoval Builders | Phoenix, AZ | $125K–$155K/yr + truck + bonus

Sandoval Builders is a growing commercial GC, need a Superintendent to run ground-up jobs in the Phoenix metro (medical office, retail, tilt-up, light industrial). Need 7+ yrs as a superintendent on commercial building projects w/ jobs over $20M run start to finish. Must have OSHA 30, valid AZ DL and clean driving record, pass drug screen. You'll run subs, schedule, 3-wk lookaheads, safety, QC, inspections, punch and closeout. Pref Procore, P6 or MS Project, bilingual Spanish, BS in Construction Mgmt. Full time M-F, Sat as needed. Medical/dental/401k match. Apply w/ resume + project list. EOE.`,
  resumes: [
    {
      id: "sup-01-strong",
      label: "strong",
      grade: 10,
      missingMustHave: false,
      note: "Sixteen years, eleven as a superintendent, running $40–85M ground-up medical office and tilt-up jobs in Phoenix; OSHA 30 and 500, Procore, P6, zero lost-time; written in field language (topped out, TCO, pull plans, MEP rough-in) rather than the ad's.",
      answers: [],
      resumeText: `RAY CASTILLO
Senior Superintendent · Chandler, AZ · OSHA 30 / OSHA 500 trainer · Bilingual (English/Spanish)

Senior Superintendent — McCarthy Building Companies, Phoenix | Mar 2019 – Present
• Banner Health 4-story MOB, 148,000 SF, $85M — foundations through TCO 3 weeks early; peak 260 craft on site
• 410,000 SF tilt-up distribution center, $42M — 96 panels picked in 9 working days
• Pull-planning and 3-week lookaheads with 30+ trade partners; Procore daily logs, P6 schedule owner
• 1.2M man-hours, zero lost-time incidents; EMR credited in two safety awards
• MEP coordination in BIM 360 and clash reviews; city/third-party inspections, punch, closeout and O&Ms

Superintendent — DPR Construction, Phoenix | 2015 – 2019
• Ground-up retail and surgery-center work, $18–34M; self-perform concrete crews

Assistant Superintendent → Field Engineer — Kitchell | 2010 – 2015

B.S. Construction Management, Arizona State University (2010)`,
    },
    {
      id: "sup-02-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Prose summary from a carpenter foreman turned superintendent: ten years as a super on $25–60M schools and office buildings, OSHA 30, fluent Spanish, MS Project; no degree (only preferred). Meets every must-have.",
      answers: [],
      resumeText: `Miguel Serrano — Building Superintendent

I came up through the trades — eight years framing and concrete, then carpenter foreman — and I've been a superintendent for the last ten years with a mid-size Arizona general contractor. I run the field on ground-up commercial work: schools, two- and three-story office buildings and a hospital expansion. Biggest job to date was the $60M Mesa Public Schools high school replacement, which we turned over in phases without missing a school-year date. Before that, a $25M office building and a $38M surgical tower addition. I write the schedule in MS Project and keep it honest every week with the subs, run the safety program (OSHA 30, current), and I don't leave punch lists for the owner to find. I'm fully bilingual and I hold an Arizona driver's license with a clean record.

Superintendent, Haydon Building Corp., Phoenix — 2016 – Present
Carpenter Foreman, Haydon Building Corp. — 2012 – 2016
Carpenter / Concrete Finisher, various — 2004 – 2012`,
    },
    {
      id: "sup-03-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Titles 'General Superintendent' and 'Project Field Manager'; '30-Hour Construction Industry Outreach card', 'vertical, ground-up', 'contract value $26M–$48M', 'CDL'. Over ten years running the field; every must-have in other words.",
      answers: [],
      resumeText: `Dana Whitaker

Project Field Manager — Okland Construction, Tempe AZ (2021 – present)
Ground-up vertical: Class A office (contract value $48M) and a 3-story medical clinic ($26M). Ran daily coordination of 25 trade partners, look-ahead scheduling in P6, site logistics plan, owner walks and turnover.

General Superintendent — Chasse Building Team, Tucson AZ (2017 – 2021)
Charter schools and retail centers $9M–$31M, from mobilization to certificate of occupancy.

Field Superintendent — Chasse Building Team (2015 – 2017)

Certs: 30-Hour Construction Industry Outreach Training card (DOL); First Aid/CPR
Arizona Class A CDL · Procore certified`,
    },
    {
      id: "sup-04-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Skills list recites superintendent, commercial, $20M+, OSHA 30, Procore, P6 and tilt-up; the history is a residential remodeling business and two years as a homebuilder's assistant PM.",
      answers: [],
      resumeText: `Jake Morrow

SKILLS: Superintendent, commercial building, ground-up, medical office, retail, tilt-up, light industrial, $20M+ projects, OSHA 30, Procore, P6, MS Project, 3-week lookaheads, subcontractor management, QC, inspections, punch, closeout, bilingual Spanish, valid AZ DL

EXPERIENCE
Owner / Handyman — Morrow Home Repair LLC, Gilbert AZ — 2021 – Present
Kitchen and bath remodels, drywall, fencing, small decks.

Assistant Project Manager — Meritage Homes — 2019 – 2021
Tracked options and change orders for single-family homes.`,
    },
    {
      id: "sup-05-no-osha30",
      label: "missing-must-have",
      grade: 4,
      missingMustHave: true,
      note: "Nine years as a superintendent on $22–35M commercial jobs, solid otherwise, but holds OSHA 10 only and says the 30-hour is 'planned'. OSHA 30 is a stated must-have.",
      answers: [],
      resumeText: `Curtis Bell
Superintendent

Superintendent, Willmeng Construction, Scottsdale — 2017 – Present
- Ground-up retail pads and a $35M medical office building; $22M church campus
- Scheduling, subs, inspections, punch and closeout

Assistant Superintendent, Willmeng Construction — 2014 – 2017

Safety: OSHA 10-Hour (2013). OSHA 30 planned for 2027.
Arizona driver's license.`,
    },
    {
      id: "sup-06-pm",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "Office-side construction project manager for ten years on $30–70M commercial jobs, OSHA 30, Procore and P6 — right projects and tools, but never the superintendent running the field.",
      answers: [],
      resumeText: `Lauren Pike, DBIA
Senior Project Manager

Senior Project Manager — Layton Construction, Phoenix — 2020 – Present
Owner-facing PM on $30M–$70M commercial projects: buyout, subcontracts, cost reports, change orders, pay apps and OAC meetings. Work with the superintendent on the schedule (P6) and in Procore.

Project Engineer → Project Manager — Sundt Construction — 2016 – 2020

B.S. Construction Management, Northern Arizona University · OSHA 30 · DBIA Associate`,
    },
    {
      id: "sup-07-exec",
      label: "overqualified",
      grade: 5,
      missingMustHave: false,
      note: "Twenty-five years, a superintendent long ago and now VP of Field Operations over fourteen supers for eight years; OSHA 30 and huge projects, but hands-off and far above a job superintendent role.",
      answers: [],
      resumeText: `Frank DeLuca
VP, Field Operations

VP of Field Operations — Kitchell Contractors — 2018 – Present
Lead 14 superintendents and 30 field staff across a $400M annual volume; set field standards, safety culture and scheduling practice; executive sponsor on the $120M Phoenix Children's expansion.

General Superintendent — Kitchell Contractors — 2010 – 2018
Superintendent — Kitchell / Hensel Phelps — 1999 – 2010

OSHA 30 · OSHA 510 · Lean Construction Institute LCI Last Planner`,
    },
    {
      id: "sup-08-threshold",
      label: "threshold-miss",
      grade: 4,
      missingMustHave: true,
      note: "Eight years as a commercial superintendent with OSHA 30 and Procore, but every job listed is $6–18.5M; the ad requires jobs over $20M run start to finish.",
      answers: [],
      resumeText: `Shawn Keller — Commercial Superintendent — OSHA 30 — Bilingual

Superintendent, Adolfson & Peterson, Phoenix — 06/2018 to Present
• 2-story medical office building, $18.5M (largest)
• Tilt-up light-industrial shells, $11M and $14M
• Retail pads and TIs, $6–9M
• Procore logs, 3-week lookaheads, inspections, punch

Assistant Superintendent, Adolfson & Peterson — 04/2015 to 05/2018
A.A.S. Construction Technology, Mesa Community College`,
    },
    {
      id: "sup-09-mixed",
      label: "mixed",
      grade: 6,
      missingMustHave: false,
      note: "Nearly eight years as a superintendent and OSHA 30, but the one $20M+ job was a wood-frame podium apartment building; commercial work is TIs under $5M. Years and licence met; commercial building at scale partial.",
      answers: [],
      resumeText: `Brianna Ortiz
Superintendent

Superintendent — Mark-Taylor Residential, Phoenix — Mar 2021 – Present
5-over-1 podium apartments, 280 units, $46M; wood framing, post-tension deck, amenity building.

Superintendent — CORE Tenant Improvements — Jan 2019 – Feb 2021
Office and medical TIs, $1–4.5M, occupied buildings.

Assistant Superintendent — Ryan Companies — 2016 – 2018

OSHA 30 (2017) · Procore · MS Project`,
    },
    {
      id: "sup-10-dates-only",
      label: "dates-only",
      grade: 7,
      missingMustHave: false,
      note: "Two terse lines per role with dates and dollar figures: ten years as a superintendent on $21–33M commercial buildings, OSHA 30. Every must-have is there; nothing on safety record, scheduling or subs.",
      answers: [],
      resumeText: `Tom Reyes — Superintendent — OSHA 30 — AZ DL

Superintendent, Wespac Construction, 2020–Present
$33M office bldg; $24M charter school.

Superintendent, Barton Malow, 2016–2020
$21M retail center; $27M fire station + admin.

Asst. Super, Barton Malow, 2013–2016`,
    },
    {
      id: "sup-11-inflated",
      label: "inflated-claims",
      grade: 3,
      missingMustHave: true,
      note: "Claims to have 'delivered a $500M portfolio' and 'superintended' major projects, but the roles are three years as an assistant superintendent and field engineer; far short of seven years as a superintendent.",
      answers: [],
      resumeText: `Cody Lambert
Construction Leader | $500M+ Portfolio Delivered | OSHA 30

Assistant Superintendent — Hensel Phelps, Phoenix — Jan 2024 – Present
• Superintended the $300M+ Sky Harbor parking structure and terminal improvements
• Led all trades, schedule and safety for the project team

Field Engineer — Hensel Phelps — Jun 2022 – Dec 2023
• Delivered $200M of data center work

B.S. Construction Management, ASU (2022)`,
    },
  ],
};
