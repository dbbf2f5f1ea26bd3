import type { EvalPosting } from "../types";

const MONTHS_Q = "How many months of verifiable Class A tractor-trailer driving experience do you have in the last 3 years?";
const MVR_Q = "List any moving violations, preventable accidents or DUI/DWI on your record in the last 3 years (5 years for DUI).";
const MED_Q = "Do you have a current DOT medical card? When does it expire?";

export const cdlDriver: EvalPosting = {
  id: "cdl-a-driver",
  split: "dev",
  field: "transportation / trucking (regional dry van)",
  style:
    "short trucking ad: caps headline, pay per mile, home time, sign-on bonus, equipment, 'Requirements:' as one comma list, 'Call or text' lines",
  jobTitle: "CDL-A Regional Truck Driver — Home Weekends",
  companyName: "Ozark Ridge Freight",
  jobDescription: `NOW HIRING — CDL-A REGIONAL DRIVERS — HOME EVERY WEEKEND!!
Ozark Ridge Freight | Joplin, MO terminal | Company driver

Regional dry van in a 5-state lane (MO, KS, OK, AR, TX). No touch freight — 95% drop & hook, 80% preloaded.

PAY: $0.62–$0.70 CPM on ALL miles (practical, not short miles), avg $1,450–$1,700/week, 2,300–2,600 miles/week
Detention $20/hr after 2 hrs · $50 layover · $25 stop pay · weekly direct deposit
HOME TIME: out Monday, home Friday night — 34-hr reset at home every week
$5,000 SIGN-ON BONUS ($1,000 at 30 days, $4,000 at 6 months)
2023+ Freightliner Cascadias, auto trans, APUs, inverters, fridges, Samsara ELD · pet & rider policy
Medical/dental/vision after 30 days · 401k w/ 4% match · paid 3-day orientation (hotel covered)

Requirements: Valid Class A CDL, 18 months verifiable tractor-trailer experience in the last 3 years, no more than 2 moving violations and no preventable accidents in the past 3 years, no DUI/DWI in 5 years, current DOT medical card, must pass DOT drug screen and hair follicle test, 23 years of age or older. Hazmat endorsement a plus. Must live within 150 miles of Joplin.

Call or text Rhonda in recruiting: 417-555-0148
After hours call or text: 417-555-0199
Apply in 5 minutes at ozarkridgefreight.com/drive
Ozark Ridge Freight is an EOE. Drivers are hired subject to DOT pre-employment screening, PSP and MVR review.`,
  resumes: [
    {
      id: "cdl-01-strong",
      label: "strong",
      grade: 10,
      missingMustHave: false,
      note: "Nine years in the seat, 1.1M safe miles, no preventables, H/N/T/X endorsements, med card to 2028, regional dry van out of Springfield MO. Written in drivers' own shorthand (CDL A w/ X, safe miles, D&H, PSP clean) rather than the ad's.",
      answers: [
        { question: MONTHS_Q, answer: "36+ — been driving OTR and regional since 2017" },
        { question: MVR_Q, answer: "None. Clean MVR and clean PSP." },
        { question: MED_Q, answer: "Yes, 2-year card, good until 03/2028" },
      ],
      resumeText: `DARRELL "DJ" JENKINS
Carthage, MO · 417-555-0621

CDL A w/ X (hazmat + tanker), doubles/triples · TWIC · 1.1 million safe miles · 0 preventables · PSP clean

Professional Driver — Prime Inc., Springfield MO — Mar 2021 – Present
- Regional dry van & reefer, MO/KS/OK/AR; avg 2,500 mi/wk
- Drop & hook and live unloads at DCs (Walmart, Kroger, Tyson)
- 3x Prime Safe Driver award; 98% on-time; fuel MPG top 10% of fleet
- Pre-trips, DVIRs, Omnitracs/ELD, HOS never out of compliance

OTR Driver — Werner Enterprises — 06/2017 to 02/2021
- 48-state dry van, 53' trailers, team then solo
- 580K miles without incident; Werner Million Mile program enrolled

Yard Jockey — Leggett & Platt, Carthage — 2015–2017

CDL school: Crowder College Truck Driving, 2017
DOT physical current (exp 03/2028)`,
    },
    {
      id: "cdl-02-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Terse two-line-per-role resume: six years on a dedicated regional fleet, 0 accidents, Class A with doubles/triples and hazmat, med card current. Slightly less detail than the first but every requirement verified.",
      answers: [
        { question: MONTHS_Q, answer: "72" },
        { question: MVR_Q, answer: "One speeding ticket 2024 (9 over). No accidents." },
      ],
      resumeText: `Marcus Oyelaran — Joplin MO — 417.555.0388

J.B. Hunt Transport — Dedicated Contract Services Driver — 2020–Present
Regional dedicated account (Dollar General DC), 10–14 stops/wk, 0 accidents, 0 DOT violations.

Schneider National — Van Truckload Driver — 2018–2020
OTR 53' dry van, solo, 110K mi/yr, Schneider 2019 Safety Award.

License: Class A, endorsements H, T (doubles/triples). Medical cert current (exp 2027).
Clean MVR. Smith System + Schneider defensive driving trained.`,
    },
    {
      id: "cdl-03-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Skills-first: seven years flatbed and dry van, Class A with tanker, med card, clean record, lives in Pittsburg KS. Flatbed jargon (securement, tarping) rather than the ad's words; regional and home weekly already.",
      answers: [
        { question: MVR_Q, answer: "Clean. Nothing." },
        { question: MED_Q, answer: "Yes, expires Aug 2027" },
      ],
      resumeText: `KAYLA DURBIN
Pittsburg, KS

SKILLS
53' dry van & 48' flatbed · load securement, tarping, chains/binders · backing into tight docks · trip planning w/ Trucker Path · ELD (PeopleNet, KeepTruckin) · HOS · pre/post-trip inspections · dealing with shippers/receivers

LICENSES
Kansas CDL Class A — N (tanker) endorsement · DOT med cert through 08/2027 · no tickets, no accidents

WORK
Regional Tractor-Trailer Operator | Watkins Shepard Trucking | Jan 2022 – Present
Runs out of Joplin yard to TX/OK, home every weekend. 2,400 mi/week average. Trainer for 4 new hires.

Flatbed Driver | TMC Transportation | May 2019 – Dec 2021
Steel, lumber and building materials, 32 states. Zero cargo claims in 2.5 years.`,
    },
    {
      id: "cdl-04-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Never says CDL-A, truck driver or regional: 'combination-vehicle commercial license', 'linehaul professional', 'semi', 'DOT physical', 'no chargeable incidents'. LTL linehaul since 2019, clean record; a recruiter reads every requirement as met.",
      answers: [
        { question: MONTHS_Q, answer: "Over 5 years" },
        { question: MED_Q, answer: "Yes, current" },
      ],
      resumeText: `Tomás Arellano
Neosho, Missouri

Summary: Linehaul professional with 7+ years running 18-wheelers — sleeper and day cab, pups and 53s — for a less-than-truckload carrier. Safe, on time, no chargeable incidents.

Linehaul Professional — Old Dominion Freight Line, Springfield service center — Apr 2019 – Present
• Night relay runs Springfield–Tulsa–Fort Smith, ~500 mi/shift, 5 nights a week
• Pull doubles and 53' vans; hook/unhook and dolly work at relay points
• No chargeable accidents, no roadside inspection violations, 2023 Safety Pin

Dockworker / Hostler — Old Dominion — 2017 – 2019

Credentials: Missouri commercial driver's license, combination vehicles (Group A), doubles endorsement. Annual DOT physical passed Sept 2026. Randomly drug tested, never a positive.`,
    },
    {
      id: "cdl-05-synonyms",
      label: "synonyms-only",
      grade: 7,
      missingMustHave: false,
      note: "Army 88M Motor Transport Operator (M915 line-haul tractor) then two years as a 'Driver Associate' on a private fleet: 'Group A commercial license', 'semi', 'med cert'. Civilian experience 26 months, clean; a recruiter credits it but notes less civilian time and a home about 120 miles out.",
      answers: [
        { question: MONTHS_Q, answer: "26 months civilian plus 4 years Army" },
        { question: MVR_Q, answer: "none" },
      ],
      resumeText: `JAMAL PRICE
Lebanon, MO

EXPERIENCE
Driver Associate — Dollar General Private Fleet, Lebanon DC ........ 09/2024 to Present
   Run a 53-foot semi from the DC to stores across southern MO and northern AR; 11-hr HOS on e-logs; zero incidents; 2,200 mi/wk.
Parts Runner — O'Reilly Auto Parts ........ 2022 to 2024
Motor Transport Operator (88M), U.S. Army — 2018–2022
   M915 line-haul tractor and M872 trailer, convoy ops in Kuwait; dispatcher's assistant last year; Army Achievement Medal.

LICENSING
Missouri commercial license Group A (converted under the Military Skills Test Waiver, 2022)
Med cert current through 2027 · Clean driving record · Secret clearance (inactive)`,
    },
    {
      id: "cdl-06-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Keyword block lists Class A CDL, OTR, hazmat, 18 months, clean MVR, ELD; the experience is a forklift job and a CDL learner's permit (CLP) from this year — no licence, no tractor-trailer time.",
      answers: [
        { question: MONTHS_Q, answer: "18+" },
        { question: MED_Q, answer: "Yes" },
      ],
      resumeText: `Brandon Seitz

KEYWORDS: CDL-A, Class A CDL, regional truck driver, OTR, dry van, drop and hook, hazmat, tanker, doubles/triples, 18 months experience, clean MVR, no accidents, DOT medical card, ELD, HOS, pre-trip inspection, home weekends, sign-on bonus

EXPERIENCE
Forklift Operator — Eagle-Picher Technologies, Joplin — 2022 – Present
Load and unload trailers at the dock, cycle counts, RF scanner.

Lawn care crew — self-employed — 2019 – 2022

EDUCATION
Joplin High School, 2019
CDL permit (CLP) — Class A, issued March 2026; waiting on a school spot`,
    },
    {
      id: "cdl-07-dui",
      label: "missing-must-have",
      grade: 3,
      missingMustHave: true,
      note: "Experienced, well-presented Class A driver, but the screening answer discloses a 2023 DWI and a preventable rear-end accident in 2025 — both outside the posted MVR requirements.",
      answers: [
        { question: MONTHS_Q, answer: "36" },
        { question: MVR_Q, answer: "DWI in Oct 2023 (completed SATOP), and a preventable rear-end in a parking lot in 2025." },
        { question: MED_Q, answer: "Yes, 1-year card" },
      ],
      resumeText: `Ron Castellaw — Webb City, MO

OBJECTIVE: Regional position with weekends home.

Company Driver, CFI (Joplin) — Jan 2020 – Jun 2025
- Dry van, Mexico cross-border and regional; 125K miles/year
- Trained 6 student drivers

Company Driver, Stevens Transport — 2016 – 2019
- Refrigerated OTR, 48 states

Class A CDL, tanker endorsement. 10 years experience.`,
    },
    {
      id: "cdl-08-classb",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "Dump truck and school bus driver with a Class B and passenger/school-bus endorsements — commercial driving, but no Class A and no tractor-trailer time.",
      answers: [
        { question: MONTHS_Q, answer: "0 in a tractor-trailer, 6 years Class B" },
        { question: MVR_Q, answer: "None" },
      ],
      resumeText: `Linda Gorsuch
Joplin, MO

I have driven commercially for six years. Since 2022 I've driven a tandem-axle dump truck for Hunter Chase & Associates, hauling rock and asphalt to road jobs around Jasper County, and before that I drove a 72-passenger route bus for Carl Junction R-1 Schools (2020–2022). My Class B license carries the P and S endorsements and my medical card is current through 2027. I have no accidents or tickets and I'm looking for more miles and steadier pay; I'd like to get my Class A upgrade through a company program.`,
    },
    {
      id: "cdl-09-mixed",
      label: "mixed",
      grade: 5,
      missingMustHave: false,
      note: "Class A, about 22 months in the last three years, med card current, so the letter of the requirements is met — but five carriers in four years, two tickets (exactly at the posted limit) and a 2022 backing accident just outside the window. A recruiter would call it a risky file.",
      answers: [
        { question: MONTHS_Q, answer: "about 22" },
        { question: MVR_Q, answer: "2 speeding tickets (2024, 2025). Backing accident in 2022 at a shipper." },
      ],
      resumeText: `Cody Whitlock, Miami OK

Swift Transportation, Company Driver, 2025-Present (regional dry van)
Heartland Express, Driver, 2024-2025 (left over pay dispute)
Roehl Transport, Driver, 2023-2024 (flatbed, didn't like tarping)
Local hotshot (own pickup, non-CDL), 2023
Maverick Transportation, Student/Company Driver, 2022-2023

Class A CDL (OK). DOT card current.`,
    },
    {
      id: "cdl-10-owner-op",
      label: "off-target",
      grade: 4,
      missingMustHave: false,
      note: "Twenty-year owner-operator with his own authority and a 2022 Peterbilt, heavy-haul lowboy; meets every requirement but wants a lease-on at percentage pay, not a company seat — the answer makes that plain.",
      answers: [
        { question: MONTHS_Q, answer: "20 years, all of it" },
        { question: MVR_Q, answer: "None" },
        { question: MED_Q, answer: "Yes — but I'm only interested if you lease on owner-operators with their own truck at 75% of line haul." },
      ],
      resumeText: `GARY HOLTZCLAW — Owner-Operator, Holtzclaw Hauling LLC (MC# 812XXX) — 2006 – Present
Own and operate a 2022 Peterbilt 389 + Fontaine 55-ton RGN lowboy. Oversize/overweight permitted loads, escorts, route surveys. Ag and construction equipment, 48 states + Canada. Authority, IFTA, IRP, UCR, insurance, maintenance, bookkeeping — all of it myself. Clean CSA scores.
Previously: company driver, Landstar (2003–2006).
Class A CDL, all endorsements. Medical card current.`,
    },
    {
      id: "cdl-11-new-grad",
      label: "threshold-miss",
      grade: 4,
      missingMustHave: true,
      note: "Recent CDL school graduate: Class A since February 2026, about 8 months with a carrier's trainer and solo — well short of the 18 months the ad requires. Clean, motivated, local.",
      answers: [
        { question: MONTHS_Q, answer: "8 months (4 with trainer, 4 solo)" },
        { question: MVR_Q, answer: "None" },
        { question: MED_Q, answer: "Yes, exp 2028" },
      ],
      resumeText: `Ashley Moreno
Joplin, MO · 417-555-0902

Recent CDL-A graduate looking for a regional job with home time for my kids.

Company Driver (Student Program) — C.R. England — Mar 2026 – Present
• 4 weeks team with trainer, solo since June 2026
• Refrigerated, western states; 0 incidents

CDL Training — Crowder College, Neosho — completed Feb 2026 (160 hrs)
Class A CDL issued 02/2026 · hazmat endorsement · DOT physical current

Before trucking: CNA, Mercy Hospital Joplin, 2019–2025`,
    },
  ],
};
