import type { EvalPosting } from "../types";

const YEARS_Q = "How many years have you set up and run CNC mills yourself?";
const CAM_Q = "Do you write your own programs in a CAM system (Mastercam, Fusion 360, NX, Esprit …)?";
const ITAR_Q = "This role involves ITAR-controlled work. Are you a U.S. person (U.S. citizen or lawful permanent resident)?";

export const cncMachinist: EvalPosting = {
  id: "cnc-machinist-programmer",
  split: "dev",
  field: "precision machining / manufacturing",
  style:
    "small job-shop posting whose requirements are question headings ('Do you have …?', 'Can you …?', 'Are you …?') each followed by a sentence or two, with pay, shift and perks noise around them",
  jobTitle: "CNC Machinist / Programmer (2nd Shift)",
  companyName: "Ridgeback Precision Components",
  jobDescription: `Ridgeback Precision Components — CNC Machinist / Programmer, 2nd Shift
Location: Wichita, KS (on-site) · Full-time · $29–$38/hr DOE + shift differential

Ridgeback is a 60-person, family-owned AS9100D job shop. We make flight-critical brackets, housings and manifolds in aluminum, 17-4 stainless, Inconel 718 and titanium for aerospace and defense customers. Our floor runs Haas UMC-750s, a pair of DMG Mori 5-axis cells, Okuma lathes and a Zeiss CMM lab. We are growing our second shift and want someone who can take a job from a model and a print to a first article that passes.

Sound like you? Read on.

Do you have at least 4 years on CNC mills?
We need someone who has set up and run vertical machining centers on their own — fixturing, touching off tools, setting work offsets and proving out new jobs — for at least four years. 5-axis time is a big plus.

Can you program?
You'll write new programs in Mastercam (we'll consider Fusion 360, NX or Esprit experience) and edit G-code at the control when a job needs a tweak. Operators who only load parts and push cycle start will not be a fit.

Do you read prints like a second language?
You can read engineering drawings including GD&T to ASME Y14.5 — true position, profile, flatness, datums — and set up accordingly.

Can you hold ±0.0005"?
Our tightest features are ±0.0005" and you'll be inspecting your own work with mics, bore gauges, height gauge and indicators, and working with QC on CMM reports and first article inspections (AS9102).

Do you have a NIMS credential or a completed apprenticeship?
We ask for NIMS Machining Level I (or higher) credentials, or a completed registered machinist apprenticeship.

Are you a U.S. person?
Much of our work is ITAR-controlled. Applicants must be U.S. citizens or lawful permanent residents. We cannot sponsor visas.

Are you the kind of person who …
… leaves the machine cleaner than you found it, writes good setup sheets, and teaches the newer guys what you know? Great.

What's the schedule?
2nd shift, Monday–Thursday, 3:00 pm – 1:30 am (4x10s). Occasional Friday overtime.

What do we offer?
Medical, dental and vision from day one, 401(k) with 4% match, 80 hours PTO plus 8 paid holidays, tool allowance of $500/yr, paid NIMS testing, and a climate-controlled shop. Steel-toe boots required (we reimburse).

Ridgeback Precision Components is an Equal Opportunity Employer. Must be able to lift 50 lbs and stand for extended periods. Pre-employment drug screen required.`,
  resumes: [
    {
      id: "cnc-01-strong",
      label: "strong",
      grade: 10,
      missingMustHave: false,
      note: "Eleven years, 5-axis set-up and programming (Mastercam Multiaxis, Hermle/DMG), holds tenths on bearing bores, Y14.5 fluent, finished a DOL apprenticeship and NIMS CNC Milling, U.S. citizen; writes in shop vocabulary ('tenths', 'FAI', 'prove-out'), not the ad's.",
      answers: [
        { question: YEARS_Q, answer: "11" },
        { question: CAM_Q, answer: "Yes — Mastercam 2025 incl. Multiaxis, some NX" },
        { question: ITAR_Q, answer: "Yes, U.S. citizen" },
      ],
      resumeText: `DANIEL "DANNY" OKAFOR
Derby, KS · danny.okafor@mail.com

Lead Machinist – 5-Axis Cell | Spirit Tool & Die, Wichita KS | Mar 2019 – Present
• Own the Hermle C42 and DMG DMU 65 cell: fixture design, prove-out and first-piece for Ti-6Al-4V and 718 housings.
• Program everything in Mastercam (Dynamic, Multiaxis, probing macros); cut cycle time 22% on our top-volume bracket family by switching to dynamic roughing + trochoidal slotting.
• Hold .0002 on bearing bores and .0005 TP on bolt patterns; verify with Mitutoyo mics, Sunnen bore gage, and work with CMM tech on Calypso reports.
• Wrote setup sheets and tool lists for 140+ part numbers; trained 4 second-year apprentices.
• Support AS9102 FAIs; zero escapes to customer in 2024 and 2025.

CNC Machinist | Textron Aviation, Wichita KS | 2015 – 2019
• Set up & ran Haas VF-4SS and Mazak VCN vertical mills, 3 & 4th axis, on 2024-T351 and 15-5 PH.
• Edited G & M code at Fanuc/Haas controls; offsets, wear comp, sub-programs.

Apprentice Machinist | Textron Aviation | 2011 – 2015 (DOL registered, journeyman card issued 2015)

Credentials
NIMS – CNC Milling: Programming Setup & Operations; Measurement, Materials & Safety
OSHA 10 · U.S. citizen, ITAR trained`,
    },
    {
      id: "cnc-02-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Summary-paragraph resume: seven years programmer/machinist on VMCs and a 5-axis UMC, NX CAM and Fusion, GD&T, holds ±.0003, NIMS Level II; green card holder. Own words throughout.",
      answers: [
        { question: YEARS_Q, answer: "7 years" },
        { question: CAM_Q, answer: "Yes, NX CAM daily and Fusion 360 for quick jobs" },
        { question: ITAR_Q, answer: "Yes — permanent resident" },
      ],
      resumeText: `Marisol Vega
Programmer / Machinist

Seven years making aerospace and medical parts on vertical mills, the last three as the shop's go-to programmer. I take a STEP file and a print, decide the workholding, build the toolpaths in Siemens NX (Fusion 360 for one-offs), post it, prove it out on the floor and hand the operator a setup sheet that works. Comfortable with datum reference frames, profile-of-a-surface and positional callouts, and I check my own features to ±.0003 with mics, pin gages and a height gage before sending first article to QC. NIMS Level II CNC Milling. Lawful permanent resident, ITAR-registered employer since 2021.

Experience
Programmer / Machinist, Precision Aerospace Components, Tulsa OK — Jan 2022 – Present
CNC Machinist, MedFab Orthopedics, Warsaw IN — 06/2019 to 12/2021
Machine Operator → Setup, MedFab Orthopedics — 2018 – 2019

Machines: Haas VF-2, VF-6, UMC-750; Okuma Genos M560; Brother Speedio
Education: CNC Machining Technology certificate, Ivy Tech Community College, 2018`,
    },
    {
      id: "cnc-03-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Tool-and-die journeyman, six years on 'VMCs' in a mold shop; says 'conversational and ISO code', 'CAD/CAM (Esprit)', 'feature control frames', '.001 total'. Every must-have met in other words (apprenticeship = 'journeyman card'); only gap is less aerospace material work.",
      answers: [
        { question: YEARS_Q, answer: "6 on machining centers, plus 4 years apprenticeship" },
        { question: CAM_Q, answer: "Esprit, yes" },
        { question: ITAR_Q, answer: "Yes" },
      ],
      resumeText: `Kyle Brandt — Journeyman Tool & Die Maker

WORK HISTORY
2020 – present  Tool Room Lead, Midwest Mold & Die, Hutchinson KS
  - Build and repair injection-mold cavities and cores on Haas and Fadal VMCs; write CAD/CAM toolpaths in Esprit; hand-edit ISO code at the machine and run conversational on the Haas for quick fixes
  - Fixture and jig builds from customer drawings with feature control frames and datum schemes
  - Cores and inserts held to .001 total and shutoffs blued to fit; inspection with tenths mics, gage blocks, indicators

2016 – 2020  Tool & Die Apprentice, Midwest Mold & Die (4-yr DOL program, journeyman card Aug 2020)
  - Surface grinding, wire EDM, Bridgeport work, then machining centers from 2018

SKILLS  multi-axis machining centers · Esprit · Haas / Fadal controls · blueprint interpretation · precision measurement
Citizenship: U.S.`,
    },
    {
      id: "cnc-04-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Skills line names every requirement; work history is warehouse picking and loading a punch press. No setup, programming, credential or tolerance work.",
      answers: [
        { question: YEARS_Q, answer: "5" },
        { question: CAM_Q, answer: "Yes" },
        { question: ITAR_Q, answer: "Yes" },
      ],
      resumeText: `Tyler Hensley
Wichita, KS

SKILLS: CNC machinist, CNC programmer, Mastercam, Fusion 360, G-code, 5-axis, Haas, DMG Mori, GD&T, ASME Y14.5, ±0.0005 tolerance, CMM, micrometers, NIMS, AS9100, ITAR, first article inspection, setup

EXPERIENCE
Machine Operator – Press Line | Koch Fabricated Parts | 2023 – Present
- Load blanks into punch press and unload finished parts into bins
- Count parts and fill out production sheets

Warehouse Associate | Amazon | 2021 – 2023
- Picked and packed orders, 99% rate accuracy`,
    },
    {
      id: "cnc-05-no-programming",
      label: "missing-must-have",
      grade: 4,
      missingMustHave: true,
      note: "Solid five-year setup machinist with NIMS and tight-tolerance work, but says plainly he does not program — offsets and minor edits only; the posting rules out operators who do not write programs.",
      answers: [
        { question: YEARS_Q, answer: "5" },
        { question: CAM_Q, answer: "No. I edit offsets and feeds at the control but programming was done by engineering." },
        { question: ITAR_Q, answer: "Yes, U.S. citizen" },
      ],
      resumeText: `Ryan Cho
CNC Setup Machinist

Setup Machinist, Cessna Parts Center, Wichita — Apr 2021 – Present
- Set up Haas VF-series and Makino a51nx horizontals from engineering's setup sheets and proven programs
- Indicate vises and fixtures, touch off tools, set work offsets, run first piece and adjust wear offsets to bring features in
- Hold ±.0005 on bores; inspect with mics, bore gages and height gage; read GD&T on prints
- Programs are written by the manufacturing engineers in Mastercam — I load them and make offset/feed edits

Machine Operator, Cessna Parts Center — 2020 – 2021

NIMS Machining Level I — Measurement, Materials & Safety; CNC Milling Operations`,
    },
    {
      id: "cnc-06-adjacent",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "CMM programmer / quality inspector: fluent GD&T, measures tenths, knows first articles and even the shop's machines by name — but has never set up, run or programmed a CNC mill.",
      answers: [
        { question: YEARS_Q, answer: "0 running them; 8 years inspecting their parts" },
        { question: CAM_Q, answer: "No — I program CMMs (Calypso, PC-DMIS), not machines" },
        { question: ITAR_Q, answer: "Yes" },
      ],
      resumeText: `Angela Ruiz
Quality Inspector III / CMM Programmer

Summary: Eight years in aerospace quality. I write and run CMM programs in Zeiss Calypso and PC-DMIS, lead AS9102 first article inspections, and interpret Y14.5 GD&T for machinists and customers. ASQ Certified Quality Inspector (CQI).

Experience
Quality Inspector III, Ridgeline Aero Machining, Wichita — 2020 – Present
- CMM programming and layout inspection for 5-axis machined housings; measure to .0001
- Disposition nonconformances, MRB, customer source inspection
Quality Inspector, Bombardier Learjet — 2018 – 2020
Receiving Inspector, Bombardier Learjet — 2018

Education: A.A.S. Quality Technology, WSU Tech`,
    },
    {
      id: "cnc-07-overqualified",
      label: "overqualified",
      grade: 5,
      missingMustHave: false,
      note: "Twenty-two years in machining but the last nine as manufacturing engineering manager and plant superintendent, hands-off; would be a senior-manager hire into a second-shift machinist seat, and salary expectation says so.",
      answers: [
        { question: YEARS_Q, answer: "13 hands-on, then management" },
        { question: CAM_Q, answer: "I did in Mastercam X years ago; my team programs now" },
        { question: ITAR_Q, answer: "Yes" },
      ],
      resumeText: `Gregory Lassiter
Manufacturing Operations Leader

Plant Superintendent, Kansas Aero Structures — 2021 – Present
Direct 140 employees across machining, sheet metal and assembly; P&L of $38M; led AS9100D recertification and ERP rollout.

Manufacturing Engineering Manager, Kansas Aero Structures — 2017 – 2021
Managed 9 manufacturing engineers and CNC programmers; capital plan for three 5-axis cells.

CNC Programmer / Lead Machinist, Precision Machining Inc — 2008 – 2017
Mastercam programming, 3- to 5-axis setups, GD&T, tight-tolerance aerospace work.

Machinist, Precision Machining Inc — 2004 – 2008 (completed apprenticeship 2008)

Salary expectation: $145,000+`,
    },
    {
      id: "cnc-08-threshold",
      label: "threshold-miss",
      grade: 6,
      missingMustHave: false,
      note: "Three years seven months on CNC mills against 'at least 4 years'; otherwise sound — programs in Fusion 360, reads GD&T, NIMS Level I, ±.0005 on bores. A recruiter would still call them just short rather than clearly out.",
      answers: [
        { question: YEARS_Q, answer: "About 3.5" },
        { question: CAM_Q, answer: "Yes, Fusion 360" },
        { question: ITAR_Q, answer: "Yes, U.S. citizen" },
      ],
      resumeText: `Jasmine Holt

EXPERIENCE
CNC Machinist — Heartland Machine Works, Newton KS (Apr 2023 – Present)
• Set up and run Haas VF-2SS and VF-4 vertical mills, 3-axis plus 4th-axis trunnion
• Program new jobs in Fusion 360 CAM and post to Haas; edit code at the control
• Hold ±.0005 on bearing bores in 6061 and 304 SS; verify with mics, bore gages, height gage
• Read prints with GD&T callouts; help QC prep FAI packages

Manual Machinist Trainee — Heartland Machine Works (Aug 2022 – Mar 2023)

EDUCATION & CREDENTIALS
Machining Technology certificate, Butler Community College, 2022
NIMS Machining Level I: CNC Milling Operations; Measurement, Materials & Safety`,
    },
    {
      id: "cnc-09-mixed",
      label: "mixed",
      grade: 5,
      missingMustHave: false,
      note: "Long manual-machining background but only two years on CNC mills, learning Mastercam (edits, simple 2D), basic GD&T; has a completed apprenticeship. Some must-haves met, programming and CNC years partial.",
      answers: [
        { question: YEARS_Q, answer: "2 on CNC, 9 on manual mills and lathes" },
        { question: CAM_Q, answer: "Simple 2D in Mastercam; still learning 3D" },
        { question: ITAR_Q, answer: "Yes" },
      ],
      resumeText: `Robert Duffy — Machinist
Functional profile

Machining: 11 years total. Bridgeport and Kent manual mills, engine lathes, surface grinder; CNC vertical mills (Haas VF-3) since 2024.
Programming: editing G-code at the Haas control; Mastercam 2D contour and pocket toolpaths for simple plates (learning 3D surfacing).
Prints: read blueprints daily; basic GD&T (flatness, perpendicularity, position — learning the rest).
Inspection: mics, calipers, height gage; typical tolerance ±.001.
Training: Completed 4-year machinist apprenticeship, IAM/Boeing Wichita, 2019.

Employment
CNC Operator/Setup, Air Capital Machine, Wichita — 2024–present
Manual Machinist, Air Capital Machine — 2019–2024
Apprentice Machinist, Boeing Wichita — 2015–2019`,
    },
    {
      id: "cnc-10-no-auth",
      label: "no-work-authorisation",
      grade: 3,
      missingMustHave: true,
      note: "Technically strong 5-axis programmer (eight years, Mastercam, Y14.5, tenths), but on a visa that needs sponsorship; the posting requires a U.S. person for ITAR and cannot sponsor.",
      answers: [
        { question: YEARS_Q, answer: "8" },
        { question: CAM_Q, answer: "Yes, Mastercam and hyperMILL" },
        { question: ITAR_Q, answer: "No — I am on an H-1B and would need sponsorship/transfer" },
      ],
      resumeText: `Arjun Mehta, 5-Axis CNC Programmer

2022–Present: CNC Programmer, Turbine Components LLC, Houston TX (H-1B)
Blade and blisk fixtures on Mazak Variaxis and DMG DMU 50; hyperMILL and Mastercam 5-axis; tolerances to 0.01 mm; Y14.5 and ISO GPS drawings.

2018–2022: CNC Machinist/Programmer, Bharat Forge Aerospace, Pune
Set-up and programming of 3- and 5-axis VMCs, Fanuc and Siemens 840D controls.

Education: Diploma in Tool & Die Making, NTTF Bangalore (4-year program incl. industrial apprenticeship)`,
    },
    {
      id: "cnc-11-dates-only",
      label: "dates-only",
      grade: 7,
      missingMustHave: false,
      note: "Terse two-line-per-role resume: six years CNC mill setup/programming, Mastercam, NIMS Level II, ±.0005 stated in one line; little detail but every must-have is there.",
      answers: [
        { question: YEARS_Q, answer: "6" },
        { question: CAM_Q, answer: "Yes" },
        { question: ITAR_Q, answer: "Yes" },
      ],
      resumeText: `Colton Price · CNC Machinist · Wichita KS

Machinist/Programmer, Triad Precision — 2022–Present
Haas/Okuma VMCs, Mastercam, set up & prove-out, ±.0005, GD&T prints.

CNC Machinist, Ace Aerospace Machining — 2020–2022
3- and 4-axis mills, Fanuc, first article with QC.

NIMS Level II CNC Milling · U.S. citizen`,
    },
  ],
};
