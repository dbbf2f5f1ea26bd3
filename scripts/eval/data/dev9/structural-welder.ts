import type { EvalPosting } from "../types";

const YEARS_Q = "How many years of structural welding experience do you have?";
const CERT_Q = "Do you have a current AWS D1.1 structural welding certification (3G and 4G)?";
const PRINTS_Q = "How many years of blueprint reading experience do you have?";

export const structuralWelder: EvalPosting = {
  id: "structural-welder",
  split: "dev",
  field: "skilled trades (structural steel welding, fabrication shop and field erection)",
  style:
    "Indeed 'Job details' layout: a prose description and duty bullets, then 'Job Type', 'Pay', 'Benefits:' and 'Schedule:' lists, and 'Experience:', 'License/Certification:', 'Education:' and 'Work Location:' entries rendered as Indeed renders them ('Welding: 3 years (Required)')",
  jobTitle: "Structural Welder – 1st Shift",
  companyName: "Tri-County Steel Fabricators",
  jobDescription: `Structural Welder – 1st Shift
Tri-County Steel Fabricators – Lebanon, TN 37087

Tri-County Steel Fabricators is a family-owned structural steel fabricator and erector serving commercial, industrial and healthcare construction across Middle Tennessee since 1988. Our 60,000 sq ft shop fabricates beams, columns, moment frames, stairs and miscellaneous metals for projects from 50 to 2,500 tons. We are an AISC Certified Fabricator and we're growing — we need experienced structural welders for our shop floor, with occasional field work on our erection jobs.

What you'll do:
- Weld structural steel members (W-shapes, HSS, channel, angle, plate) to shop drawings using FCAW and SMAW
- Make full-penetration (CJP) and fillet welds in flat, horizontal, vertical and overhead positions
- Read and interpret shop drawings, erection drawings and welding symbols
- Fit-up and tack assemblies, check dimensions and squareness with tape, square and level
- Operate overhead cranes, torches, grinders, magnetic drills and band saws safely
- Prepare joints, preheat as specified, and clean and inspect your own welds before QC
- Follow the WPS and our AISC quality program; keep your work area clean and safe

What we're looking for:
- At least 3 years of structural welding experience in a fab shop or in the field
- Current AWS D1.1 certification in the 3G and 4G positions (FCAW and/or SMAW) – we will test you on hire
- Able to read blueprints and welding symbols without help
- Own basic hand tools, hood and leathers
- Able to lift 50 lbs and stand for a full shift

Job Type: Full-time

Pay: $24.00 - $32.00 per hour

Expected hours: 40 – 50 per week

Benefits:
- 401(k)
- 401(k) matching
- Dental insurance
- Health insurance
- Paid time off
- Tool allowance
- Vision insurance

Schedule:
- 10 hour shift
- Day shift
- Monday to Friday
- Overtime

Supplemental Pay:
- Overtime pay
- Safety bonus

Experience:
- Structural welding: 3 years (Required)
- Blueprint reading: 2 years (Required)
- Flux core welding: 2 years (Preferred)

License/Certification:
- AWS D1.1 Certification (Required)
- Forklift Certification (Preferred)

Education:
- High school or equivalent (Preferred)

Ability to Commute:
- Lebanon, TN 37087 (Required)

Work Location: In person`,
  resumes: [
    {
      id: "weld-01-strong",
      label: "strong",
      grade: 10,
      missingMustHave: false,
      note: "Nine years a structural welder/fitter in AISC shops and on erection crews, D1.1 bend-test qualified 3G/4G unlimited FCAW and SMAW with continuity log, lays out from detail sheets, CJP moment connections. Written in the trade's words (papers, dual-shield, 7018, detail sheets, moment frames) rather than the posting's.",
      answers: [
        { question: YEARS_Q, answer: "8" },
        { question: CERT_Q, answer: "Yes" },
        { question: PRINTS_Q, answer: "8" },
      ],
      resumeText: `JAMES "JR" RUTLEDGE
Mt. Juliet, TN · (615) 555-0148

Welder / Fitter — Stone River Steel (AISC certified shop), Smyrna TN — Apr 2020 – Present
• Dual-shield (E71T-1, 75/25) and 7018 on beams, columns and moment frames for hospital and data-center jobs
• CJP flange welds with backing bar, UT-tested — reject rate under 1% for 2024 and 2025
• Lay out and fit from detail sheets: copes, clip angles, shear tabs, base plates; check square with diagonals
• Run 10-ton bridge crane, mag drill, coper; train two helpers a year
• Pulled to field twice a year for erection touch-up and overhead work off a lift

Ironworker Apprentice → Journeyman Welder — Ironworkers Local 492, Nashville — Jun 2017 – Mar 2020
• Field welding on decking, embeds, moment connections; stick out of position in wind and cold

Welder Helper — Gallatin Fabrication — 2016–2017

Papers: AWS D1.1 3G & 4G unlimited, FCAW-G and SMAW (retested 2024, continuity log current)
Also: OSHA 10, forklift, aerial lift
Tennessee College of Applied Technology – Welding diploma, 2016`,
    },
    {
      id: "weld-02-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Summary paragraph plus roles: six years welding structural and misc steel, D1.1 certified 3G/4G FCAW, reads shop drawings and weld symbols. Less field and less CJP than the first, still every requirement clearly met.",
      answers: [
        { question: YEARS_Q, answer: "6" },
        { question: CERT_Q, answer: "Yes, 3G/4G FCAW" },
      ],
      resumeText: `Maria Delgado
Murfreesboro, TN

I've been burning wire in structural shops for six years. Most of my work is stairs, rails, lintels, columns and beam assemblies for schools and warehouses. I build from the shop drawings on my own, know my weld symbols, and I run flux core all-position. I hold an AWS D1.1 qualification in 3G and 4G (FCAW) that my current shop keeps up to date.

Structural Welder, Volunteer Ornamental & Structural, Murfreesboro TN — 2021 – Present
- Flux core and some stick on W-beams, HSS columns, stair stringers, embed plates
- Fit and weld assemblies up to 40 ft, self-inspect to our QC checklist
- Forklift and overhead crane daily

Production Welder, Southern Trailer Works, Shelbyville TN — 2019 – 2021
- MIG on trailer frames and crossmembers, flat and horizontal

Welding certificate, Motlow State Community College (2019)`,
    },
    {
      id: "weld-03-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Never says welder certification, blueprints or structural welding: 'WQTR on file to the structural steel code, vertical-up and overhead plate, unlimited', 'dual-shield & stick', 'fab drawings / iso's and weld callouts', 'fitter-welder on red iron'. Five years. A recruiter reads every requirement as met.",
      answers: [{ question: YEARS_Q, answer: "5" }],
      resumeText: `Dustin Pham — Fitter-Welder
Hermitage, TN

2021 – Present · Cumberland Iron Works — Fitter-Welder (red iron)
  Fit & burn beam-to-column connections, base plates, braces, canopies. Work off fab drawings and weld callouts, no lead hand needed. Dual-shield & stick, all positions.
2019 – 2021 · Music City Metals — Fitter-Welder
  Handrail, ladders, misc iron, mezzanine framing.

Quals: WQTR on file to the structural steel code (vertical-up & overhead plate, unlimited thickness, FCAW-G / SMAW), last renewed 03/2025.
Other: overhead crane, Hyster, torch & track burner.`,
    },
    {
      id: "weld-04-synonyms",
      label: "synonyms-only",
      grade: 7,
      missingMustHave: false,
      note: "Boilermaker/ironworker vocabulary only: 'journeyman connector-welder', 'stick and wire', 'bent coupons in vert and overhead per D1.1' (the certification in other words), 'prints'. Six years including apprenticeship, meets everything; mostly field rather than shop, so a notch lower.",
      answers: [
        { question: YEARS_Q, answer: "6" },
        { question: PRINTS_Q, answer: "6" },
      ],
      resumeText: `TERRELL WASHINGTON
Nashville TN

Journeyman connector-welder, Ironworkers Local 492 — 06/2022 to Present
Dispatched to erectors on Nashville high-rise and warehouse jobs: bolt-up, moment connections, deck and embeds, column splices. Stick and wire, out of position off boom lifts.
Apprentice ironworker, Local 492 — 09/2020 to 06/2022

Tickets: bent coupons in vert and overhead per D1.1 (SMAW and FCAW, 2024), OSHA 30, rigging & signal person
I read prints fine — erection plans and shop dwgs every day.`,
    },
    {
      id: "weld-05-keyword-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Long keyword block (AWS D1.1, structural welding, blueprint reading, FCAW, SMAW, CJP, 3G/4G) but the only experience is a 9-month welding class and warehouse work; answers admit no certification and under a year welding.",
      answers: [
        { question: YEARS_Q, answer: "0" },
        { question: CERT_Q, answer: "No, but I know D1.1" },
      ],
      resumeText: `KYLE BRANNON
Lebanon TN

SKILLS: AWS D1.1, AWS D1.1 certification, structural welding, structural steel, blueprint reading, welding symbols, FCAW, SMAW, GMAW, GTAW, CJP, fillet welds, 3G, 4G, 6G, fit-up, overhead crane, mag drill, forklift, OSHA, WPS, QC, AISC, fabrication, erection, grinding, torch cutting, team player

EXPERIENCE
Warehouse Associate, Amazon BNA5 — 2023 – Present: picking, packing, pallet jack.
Welding student, Lebanon evening program — Jan 2025 – Sep 2025: learned MIG and stick on flat plate in booth.

EDUCATION: Lebanon High School 2022`,
    },
    {
      id: "weld-06-missing",
      label: "missing-must-have",
      grade: 4,
      missingMustHave: true,
      note: "Seven years of solid MIG production welding and reads prints, but has never held a D1.1 or any code certification (stated in resume and answer) and works flat/horizontal only — the required certification is clearly not met.",
      answers: [
        { question: YEARS_Q, answer: "7" },
        { question: CERT_Q, answer: "No — never needed one at my plant. Willing to test." },
      ],
      resumeText: `Brandon Keel
Carthage, TN

Robotic & Manual MIG Welder — Precision Ag Equipment, Carthage TN — Mar 2019 – Present
- Manual GMAW on hitch frames and loader arms, flat/horizontal fixtures
- Tend Fanuc weld cells, touch up robot welds, change tips and liners
- Read part prints and weld symbols, check parts with calipers and gauges

Production Welder — Cookeville Boat Trailers — 2017–2019

No code certification at this time (plant-internal weld test only). Plan to take a structural bend test.`,
    },
    {
      id: "weld-07-adjacent",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "Sheet metal / HVAC duct fabricator with plasma-table and spot-welding experience and some tack welding; reads duct shop drawings but has no structural welding and no D1.1. Adjacent trade, two must-haves missing.",
      answers: [{ question: YEARS_Q, answer: "1" }],
      resumeText: `Carlos Ibarra
Sheet Metal Fabricator

Sheet Metal Mechanic — Middle TN Mechanical (duct shop) — 2018–Present
• Run Vicon plasma table and Pittsburgh/Button-lock machines; brake and shear up to 16 ga
• Spot weld and tack-weld galvanized fittings; TIG on a few stainless kitchen hoods
• Lay out fittings from duct shop drawings (SMACNA)
Helper — Siskin Steel (2016–2018): loaded trucks, cut stock on band saw

SMART Local 177 journeyman card`,
    },
    {
      id: "weld-08-mixed",
      label: "mixed",
      grade: 6,
      missingMustHave: false,
      note: "Has a current D1.1 (but 2G/3G only, no overhead 4G), about 3.5 years mostly on light ornamental rail and gates rather than heavy structural, prints fine. Real but partial fit; posting's 3G+4G requirement only half met.",
      answers: [
        { question: YEARS_Q, answer: "3.5" },
        { question: CERT_Q, answer: "D1.1 in 2G and 3G, FCAW. Not 4G yet." },
        { question: PRINTS_Q, answer: "3" },
      ],
      resumeText: `Ashley Moreno
Gallatin, TN

Summary: Welder/fabricator, 3½ years. Comfortable with MIG and flux core; reading shop drawings; fit-up of rails and gates.

Welder/Fabricator, Sumner Ornamental Iron, Gallatin TN — 05/2023 to Present
- Fabricate handrails, guardrails, gates and light canopies; some stair stringers and lintels
- FCAW on 1/4"–3/8" plate and tube, mostly flat and vertical
Welder, Hendersonville Fence & Gate — 01/2023 to 05/2023

Certs: AWS D1.1 2G & 3G FCAW (2024)
Nashville State CC – Welding Technology certificate (2022)`,
    },
    {
      id: "weld-09-overqualified",
      label: "overqualified",
      grade: 5,
      missingMustHave: false,
      note: "Twenty years, now a CWI and shop QC manager; hasn't run production welds since 2016 and his D1.1 welder papers lapsed for continuity though he inspects to D1.1. Asks $38/hr. Overqualified for a 1st-shift welder seat and likely to leave; a recruiter would call but expect a mismatch.",
      answers: [
        { question: YEARS_Q, answer: "12 welding, then 8 inspecting" },
        { question: CERT_Q, answer: "I'm a CWI; my own welder quals would need a retest" },
      ],
      resumeText: `Richard Holloway, AWS CWI
Franklin, TN

QC Manager / CWI — Hawkins Structural (AISC BU/CPT), Franklin TN — 2016–Present
  Run the AISC quality program, WPS/PQR library and welder qualification testing; VT and MT inspection; 14 welders.
Lead Welder / Foreman — Hawkins Structural — 2010–2016
Structural Welder — various Nashville shops — 2004–2010

AWS Certified Welding Inspector (since 2016); ASNT Level II MT/UT
Seeking: hands-on welding role with less paperwork; current pay $41/hr, would consider $38.`,
    },
    {
      id: "weld-10-threshold",
      label: "threshold-miss",
      grade: 5,
      missingMustHave: false,
      note: "D1.1 3G/4G FCAW current and reads drawings, but 2 years 5 months of structural welding against the posting's 3 years (Required). Just under the number; a recruiter might still phone, so not a clear miss.",
      answers: [
        { question: YEARS_Q, answer: "2" },
        { question: CERT_Q, answer: "Yes" },
        { question: PRINTS_Q, answer: "2" },
      ],
      resumeText: `Jordan Ellis
Watertown, TN

Structural Welder — Lebanon Steel Erectors (shop) — Jun 2024 – Present
- FCAW beams, columns, base plates; fit from shop drawings; self-QC
Welder Helper — Lebanon Steel Erectors — Oct 2023 – Jun 2024: grinding, fit-up, beveling

Certification: AWS D1.1 3G/4G FCAW, tested 06/2024, continuity current
TCAT Lebanon — Welding diploma 2023`,
    },
    {
      id: "weld-11-expired",
      label: "expired-credential",
      grade: 4,
      missingMustHave: true,
      note: "Ten years structural welding until 2021, then a welding instructor; her D1.1 3G/4G cert lapsed in 2021 (no continuity) and she says so. Would need to retest; the current certification must-have is not met on paper.",
      answers: [
        { question: YEARS_Q, answer: "10" },
        { question: CERT_Q, answer: "Not current — lapsed 2021. Can retest any time." },
      ],
      resumeText: `Denise Carter

Welding Instructor, TCAT Hartsville — 2021 – Present (teach SMAW/FCAW plate, prints & symbols)
Structural Welder, Nashville Steel Corp. — 2011 – 2021 (beams, columns, CJP, field erection)

Certifications: AWS D1.1 3G/4G SMAW & FCAW — 2011–2021 (expired, continuity lapsed when I began teaching); AWS SENSE instructor`,
    },
  ],
};
