import type { EvalPosting } from "../types";

const AP_Q = "Do you currently hold an FAA Airframe and Powerplant (A&P) certificate?";
const YEARS_Q = "How many years of hands-on maintenance experience do you have on turbine-powered aircraft?";
const SHIFT_Q = "This position works rotating shifts including nights, weekends and holidays. Are you able to work this schedule?";

export const aircraftMaintenanceTechnician: EvalPosting = {
  id: "aircraft-maintenance-technician",
  split: "dev",
  field: "aviation maintenance (Part 121 line maintenance)",
  style:
    "US HR job-description template: Job Summary, Essential Duties and Responsibilities, Qualifications split into Education / Experience / Certificates, Licenses, Registrations, Physical Demands, Work Environment, Supervisory Responsibilities, plus FLSA and EEO boilerplate",
  jobTitle: "Aircraft Maintenance Technician II – Line Maintenance",
  companyName: "Great Plains Regional Airlines",
  jobDescription: `Great Plains Regional Airlines
Job Description

Job Title: Aircraft Maintenance Technician II – Line Maintenance
Department: Technical Operations
Reports To: Line Maintenance Supervisor
Location: Kansas City International Airport (MCI) – Line Station
FLSA Status: Non-Exempt
Pay Grade: T4 ($36.50 – $48.75/hour, plus shift differential and a $7,500 sign-on bonus paid over 12 months)
Date Revised: 09/2026

Job Summary
Performs scheduled and unscheduled maintenance, inspections, troubleshooting and repairs on the company's fleet of Embraer E175 and Bombardier CRJ900 aircraft in accordance with the Great Plains General Maintenance Manual (GMM), manufacturer's maintenance manuals, the Continuous Airworthiness Maintenance Program (CAMP) and Federal Aviation Regulations (14 CFR Parts 43 and 121). Ensures aircraft are returned to service in an airworthy condition and on schedule.

Essential Duties and Responsibilities
The following is a summary of the essential functions of this job. The incumbent may perform other duties, both major and minor, which are not mentioned below. Specific activities may change from time to time.
- Performs overnight checks, service checks and A-checks per the approved task cards.
- Troubleshoots and repairs aircraft systems (hydraulic, pneumatic, fuel, landing gear, flight controls, environmental, electrical) using the AMM, FIM, wiring diagrams and the Illustrated Parts Catalog.
- Accomplishes MEL/CDL deferrals and clears deferred items within required intervals.
- Removes and installs components and line-replaceable units (LRUs); performs operational and functional checks.
- Makes accurate, legible maintenance record entries and completes all required paperwork in the electronic maintenance tracking system (TRAX).
- Performs engine runs and aircraft taxi once qualified and authorized by the company.
- Responds to AOG situations and performs maintenance at outstations when dispatched.
- Services aircraft with oil, hydraulic fluid, nitrogen, oxygen and potable water; performs de-icing when required.
- Adheres to all safety, hazardous materials and FOD prevention policies; participates in the Safety Management System (SMS) and reports hazards.
- Maintains a clean and orderly work area and company tooling in calibrated condition.
- Other duties as assigned.

Qualifications
To perform this job successfully, an individual must be able to perform each essential duty satisfactorily. The requirements listed below are representative of the knowledge, skill and/or ability required. Reasonable accommodations may be made to enable individuals with disabilities to perform the essential functions.

Education and/or Experience
- High school diploma or GED required. Graduate of an FAA Part 147 Aviation Maintenance Technician School preferred.
- Minimum three (3) years of hands-on maintenance experience on turbine-powered aircraft in a Part 121, 135 or 145 environment required.
- Experience on Embraer E170/E175 or CRJ-series aircraft preferred.
- Working knowledge of FAA regulations, maintenance manuals and record-keeping requirements.
- Basic computer skills; experience with an electronic maintenance tracking system (TRAX, AMOS, CORRIDOR or similar) preferred.

Certificates, Licenses, Registrations
- Current FAA Airframe and Powerplant (A&P) Mechanic Certificate required.
- Valid state driver's license required.
- Must be able to obtain and maintain an airport Security Identification Display Area (SIDA) badge, including a 10-year FBI fingerprint-based criminal history records check.
- Must pass a DOT pre-employment drug test and be subject to random testing under 49 CFR Part 40 and 14 CFR Part 120.
- FCC General Radiotelephone Operator License (GROL), RII authorization or borescope qualification preferred.

Tools
- Technician must provide a personal tool set adequate for line maintenance (a minimum tool list is available from the station). Specialty, torque and calibrated tools are provided by the company.

Language Skills
Ability to read and interpret technical manuals, service bulletins and airworthiness directives written in English. Ability to write clear maintenance record entries.

Physical Demands
The physical demands described here are representative of those that must be met by an employee to successfully perform the essential functions of this job.
- Regularly required to stand, walk, climb ladders and work stands, kneel, crouch and crawl in confined spaces (wheel wells, avionics bays, fuel tanks).
- Must be able to lift and/or move up to 50 pounds and occasionally up to 70 pounds with assistance.
- Close vision, color vision and the ability to adjust focus are required.
- Must be able to work at heights of up to 25 feet.

Work Environment
- Work is performed on the ramp and in the hangar, frequently outdoors in extreme heat, cold, rain and snow.
- Exposure to jet fuel, hydraulic fluid, de-icing fluid, engine noise and jet blast; hearing and eye protection required.
- Shifts are 10 hours on a rotating schedule including nights, weekends and holidays. Overtime and travel to outstations may be required.

Supervisory Responsibilities
This job has no direct supervisory responsibilities. Technician II may be assigned as lead on a task and may provide on-the-job training to Technician I and apprentice personnel.

Benefits
Medical, dental and vision from day one; 401(k) with 6% company match; flight benefits for you and your family on Great Plains and partner carriers; tool insurance; paid training.

Great Plains Regional Airlines is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status. This job description is not an employment contract and may be revised at any time.`,
  resumes: [
    {
      id: "amt-01-strong",
      label: "strong",
      grade: 10,
      missingMustHave: false,
      note: "A&P with Inspection Authorization, nine years on ERJ-175 and CRJ at a Part 121 regional: RII, run/taxi, GROL, borescope, AOG road team. Written in the trade's shorthand (MEL, ATA chapters, FIM, C-check) rather than the posting's list.",
      answers: [
        { question: AP_Q, answer: "Yes — A&P with IA" },
        { question: YEARS_Q, answer: "9" },
        { question: SHIFT_Q, answer: "Yes, currently on nights" },
      ],
      resumeText: `DERRICK OYELARAN
A&P / IA · FCC GROL · Olathe, KS

EXPERIENCE

Lead Aircraft Maintenance Technician — SkyWest Airlines, MCI/DEN line | Apr 2019 – Present
• ERJ-175 and CRJ-200/700/900 line: overnights, service checks, A-checks; ~30 tails a night at DEN
• RII-authorized; engine run and taxi qualified on both fleets; borescope (hot section, CF34-8)
• Troubleshoot to fault using FIM/AMM/WDM — bleed leaks, PSEU faults, brake temp, APU no-starts; cut repeat-defect rate on our station's tails 22% in 2024
• Work MEL deferrals and clear within category; logbook and TRAX entries; AOG road trips to outstations (~10/yr)
• OJT for new hires; station FOD and SMS rep

Aircraft Maintenance Technician — ExpressJet Airlines, IAH heavy check | Jun 2016 – Mar 2019
• ERJ-145 C-checks and structural inspections; gear swaps, flight control rigging (ATA 27/32)

EDUCATION / CERTS
Spartan College of Aeronautics, Tulsa — AMT program (Part 147), 2016
FAA A&P 2016; Inspection Authorization 2022; FCC GROL
Own Snap-on roll-away, full line kit`,
    },
    {
      id: "amt-02-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Summary-paragraph resume from a Part 145 MRO: seven years on 737NG/A320 heavy checks and line contract work, powerplant-heavy (borescope, engine changes), A&P. No E175/CRJ time but every must-have is clearly met.",
      answers: [
        { question: AP_Q, answer: "Yes" },
        { question: YEARS_Q, answer: "7 years" },
        { question: SHIFT_Q, answer: "Yes" },
      ],
      resumeText: `Marisol Vega
Kansas City, MO · marisolvega.amt@email.com

Certificated A&P mechanic with seven years in Part 145 repair stations on transport-category jets. I've spent most of that time on heavy checks and contract line work for major carriers — engine changes on CFM56s, gear swaps, pressurization and bleed troubleshooting, sheet-metal repairs per the SRM — and I'm borescope-qualified on CFM56-7B and V2500. Comfortable running engines, signing off work in AMOS and working the overnight with a tight turn.

Aviation Technician III — AAR Aircraft Services, Indianapolis (Part 145) — Jan 2022 – Present
Team lead on 737NG/MAX C-checks; 40+ engine changes; trained six Technician I hires.

Aviation Technician — Timco/HAECO, Lake City FL — Aug 2019 – Dec 2021
A320-family heavy maintenance, flight controls and structures.

Education: Embry-Riddle Aeronautical University, A.S. Aviation Maintenance Science (2019)
Certificates: FAA Airframe & Powerplant (2019). Valid MO driver's license. Own tools.`,
    },
    {
      id: "amt-03-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Says 'FAA mechanic certificate, airframe and powerplant ratings', 'line mx', 'Part 135 charter', 'turboprop and light jet'; six years, SIDA badge already held. Meets every must-have in different words; charter fleet rather than regional jets.",
      answers: [
        { question: AP_Q, answer: "Yes — both ratings" },
        { question: YEARS_Q, answer: "6" },
      ],
      resumeText: `Tyler Brandt — Aviation Maintenance Tech

FAA mechanic cert., airframe + powerplant ratings (2020)
Airport ID (SIDA) badge holder since 2020 · clean DOT random-testing history

2020 – Present · Maintenance Technician, Summit Air Charter (Part 135), Wichita
- Line mx and phase inspections on King Air 350, Citation XLS+ and CJ3 fleet
- PT6A hot sections, prop changes, gear and brake work; return-to-service sign-offs
- Nights and weekend on-call for AOG recoveries across the region

2018 – 2020 · Ramp / Line Service Tech, Yingling Aviation (FBO), Wichita
- Fueling, towing, GPU and lav service; helped A&P staff on inspections

Wichita State Tech — Aviation Maintenance Technology certificate (2020)`,
    },
    {
      id: "amt-04-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Skills list names A&P, E175, CRJ900, MEL, TRAX, RII and borescope, but the work history is ramp agent and auto technician; no certificate date, school or any aircraft maintenance role.",
      answers: [
        { question: AP_Q, answer: "Yes" },
        { question: YEARS_Q, answer: "3+" },
      ],
      resumeText: `Brandon Kessler

SKILLS
FAA A&P, Airframe and Powerplant, turbine aircraft, E175, CRJ900, Part 121, Part 135, Part 145, MEL/CDL deferrals, AMM, FIM, TRAX, RII, borescope, GROL, engine runs, taxi, SIDA, DOT drug test, own tools

EXPERIENCE
Ramp Agent — Envoy Air (contract ground handler), MCI — 2024 – Present
Load and unload bags, marshal aircraft, push back, de-ice.

Automotive Technician — Jiffy Lube, Overland Park — 2020 – 2024
Oil changes, brakes, tire rotation, state inspections.`,
    },
    {
      id: "amt-05-airframe-only",
      label: "missing-must-have",
      grade: 4,
      missingMustHave: true,
      note: "Five years as a repair-station technician on CRJ heavy checks, good experience, but holds the Airframe rating only; the Powerplant practical is scheduled for 2027. The posting requires a full A&P.",
      answers: [
        { question: AP_Q, answer: "No — Airframe only; Powerplant oral & practical scheduled Feb 2027" },
        { question: YEARS_Q, answer: "5" },
        { question: SHIFT_Q, answer: "Yes" },
      ],
      resumeText: `Kevin Truong
Aircraft Maintenance Technician (Airframe)

Aircraft Technician — Bombardier Service Centre, Wichita (Part 145) — Sep 2021 – Present
• CRJ-700/900 heavy checks: structural inspections, corrosion removal, flight control rigging, landing gear overhaul support
• Work under an A&P's supervision for powerplant tasks; sign for airframe tasks within my rating
• 2024 "Technician of the Quarter" for zero quality escapes across 14 checks

Sheet Metal Assembler — Spirit AeroSystems, Wichita — 2019 – 2021

Certificates: FAA Mechanic — Airframe rating (2023). Powerplant written passed; oral & practical pending.`,
    },
    {
      id: "amt-06-military",
      label: "missing-must-have",
      grade: 3,
      missingMustHave: true,
      note: "Eight years as an Army UH-60 crew chief and maintainer, real turbine experience, but no FAA certificate: 'eligible to test via military experience, not yet certified'. A&P is the required licence.",
      answers: [
        { question: AP_Q, answer: "Not yet — my 8610-2 is approved and I'm studying for the writtens" },
        { question: YEARS_Q, answer: "8 (military)" },
      ],
      resumeText: `SGT (Ret.) Andre Whitfield
15T UH-60 Helicopter Repairer / Crew Chief — U.S. Army, 2017 – 2025

• Scheduled and unscheduled maintenance on UH-60L/M Black Hawks (T700-GE-701D engines): phase maintenance, component changes, flight control rigging
• Technical Inspector (TI) for 2 years — quality inspection of company aircraft, DA Form 2408 records
• Crew chief on 600+ flight hours including a deployment to Kuwait
• Secret clearance (inactive)

Since separation: completing FAA A&P testing under military-experience eligibility (FAA Form 8610-2 approved Jun 2026). Not yet certificated.

Current: Warehouse Associate, Amazon, Kansas City — Feb 2026 – Present`,
    },
    {
      id: "amt-07-avionics",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "Avionics bench and installation technician with FCC GROL and NCATT AET, seven years on aircraft — right environment and tools, but an avionics technician without an A&P certificate.",
      answers: [
        { question: AP_Q, answer: "No — I hold FCC GROL and NCATT AET" },
        { question: YEARS_Q, answer: "7 years avionics" },
        { question: SHIFT_Q, answer: "Yes" },
      ],
      resumeText: `PRIYA NATARAJAN — Avionics Technician

Avionics Installation Technician, Duncan Aviation, Lincoln NE — 2021 – Present
- Garmin G1000/G5000 and Collins Pro Line 21 upgrades, ADS-B Out, satcom and cabin management installs on Citation, Challenger and Global aircraft
- Wire harness fabrication, pitot-static and transponder certification checks

Avionics Bench Technician, Honeywell Aerospace, Olathe KS — 2019 – 2021
- Test and repair of radios, FMS and display units to CMM

Credentials: FCC General Radiotelephone Operator License (GROL) · NCATT Aircraft Electronics Technician (AET)
A.A.S. Electronics Technology, Johnson County Community College`,
    },
    {
      id: "amt-08-dom",
      label: "overqualified",
      grade: 5,
      missingMustHave: false,
      note: "A&P/IA with 26 years, but for the last eleven a Director of Maintenance running budgets, FAA liaison and a 140-person department; hasn't done hands-on line work since 2015 and would be a poor fit for a Technician II slot.",
      answers: [
        { question: AP_Q, answer: "Yes, A&P/IA" },
        { question: YEARS_Q, answer: "26" },
        { question: SHIFT_Q, answer: "Prefer days, but flexible" },
      ],
      resumeText: `Gregory L. Haskins, A&P/IA
Aviation maintenance executive

Director of Maintenance — Heartland Air Charter (Part 135, 22 aircraft) — 2015 – Present
Accountable manager for maintenance program, FAA certificate holder liaison, $18M annual maintenance budget, 140 staff across 4 bases; led transition to CAMP and achieved zero FAA findings in three consecutive audits.

Chief Inspector — Heartland Air Charter — 2010 – 2015
Maintenance Supervisor — Mesa Airlines, CRJ line — 2004 – 2010
Aircraft Technician — Mesa Airlines — 2000 – 2004

MBA, Aviation Management, Embry-Riddle (2012)`,
    },
    {
      id: "amt-09-threshold",
      label: "threshold-miss",
      grade: 4,
      missingMustHave: true,
      note: "Good early-career A&P on E175 line since March 2024: about two years eight months of turbine experience against the required minimum of three years. Just short of a stated must-have.",
      answers: [
        { question: AP_Q, answer: "Yes" },
        { question: YEARS_Q, answer: "2.5+" },
        { question: SHIFT_Q, answer: "Yes" },
      ],
      resumeText: `Jasmine Cole
Aircraft Maintenance Technician · A&P (2024)

Aircraft Maintenance Technician I — Republic Airways, Indianapolis line | Mar 2024 – Present
- Overnight checks and service checks on E170/E175; tire and brake changes, oil servicing, MEL deferrals under lead supervision
- Run-qualified on E175 (Jan 2026); TRAX task-card sign-offs
- Perfect attendance award 2025

Education
Aviation Maintenance Technology, Vincennes University (Part 147) — 2022–2024
Certificates: FAA Airframe & Powerplant (Feb 2024)`,
    },
    {
      id: "amt-10-mixed",
      label: "mixed",
      grade: 6,
      missingMustHave: false,
      note: "A&P with exactly three years on turbine aircraft, but all in a Part 91 corporate flight department, not a 121/135/145 shop; wants day shift only and relies on company tools. Some must-haves met, others partial.",
      answers: [
        { question: AP_Q, answer: "Yes" },
        { question: YEARS_Q, answer: "3" },
        { question: SHIFT_Q, answer: "I'd prefer days — could do nights short term" },
      ],
      resumeText: `Nathan Price
Overland Park, KS

Aircraft Maintenance Technician — Cerner Corporate Flight Department (Part 91), MKC | 11/2023 to Present
• Maintain two Gulfstream G280s and a Challenger 350 for the corporate fleet
• Scheduled inspections via CAMP Systems, squawk resolution, coordinating vendor work at service centers
• Company-supplied tooling

General Aviation Mechanic — Signature Aviation, MKC | 06/2021 to 10/2023
• Piston aircraft annuals and 100-hour inspections (Cessna 172/182, Piper Seneca, Bonanza)

FAA A&P Certificate, 2021 · Pittsburgh Institute of Aeronautics`,
    },
    {
      id: "amt-11-sparse",
      label: "sparse",
      grade: 7,
      missingMustHave: false,
      note: "Four lines: A&P, six years of CRJ line at a regional, nights. Every must-have is there in shorthand, but no detail on troubleshooting depth, authorizations or tools.",
      answers: [],
      resumeText: `Luis Ortega — A&P (2018)
Endeavor Air, MSP line mx, CRJ-900, 2020–Present. Nights.
PSA Airlines, CLT, CRJ-700 overnights, 2018–2020.
Own tools. SIDA badge current.`,
    },
  ],
};
