import type { EvalPosting } from "../types";

const REG_Q = "Please enter your Texas State Board of Pharmacy technician registration number and its current status.";
const CPHT_Q = "Are you a PTCB Certified Pharmacy Technician (CPhT) in good standing? (Yes/No)";
const IV_Q =
  "About how many months of hands-on sterile compounding (IV room) experience do you have, and in what setting?";

export const pharmacyTechnician: EvalPosting = {
  id: "pharmacy-technician",
  split: "dev",
  field: "healthcare (hospital inpatient pharmacy technician, IV room / sterile compounding)",
  style:
    "Markdown posting with '#'/'##' headings, a short 'About the role' and 'What you'll do' list, then a requirements TABLE with columns 'Skill | Must/Nice | Notes' where the notes carry the thresholds and exclusions ('Technician-trainee registration does not qualify', 'Retail … don't count toward the 2 years'), then pay, schedule and an EEO line; over 500 words",
  jobTitle: "Pharmacy Technician II – Inpatient Pharmacy (IV Room)",
  companyName: "Trinity Plains Medical Center",
  jobDescription: `# Pharmacy Technician II – Inpatient Pharmacy (IV Room)

**Trinity Plains Medical Center** · Fort Worth, TX · 428 beds · Level II trauma center
Department of Pharmacy Services · Full-time (0.9 FTE) · Evening shift

## About the role

Our inpatient pharmacy runs around the clock from a central pharmacy on the ground floor, a cleanroom suite built to USP <797> (two ISO 7 buffer rooms and a negative-pressure room for hazardous drugs) and two satellites, one in the emergency department and one in the cardiovascular ICU. We send out roughly 9,000 doses a day through 61 automated dispensing cabinets on the nursing units and a carousel in central fill.

The Pharmacy Technician II spends most shifts in the IV room and the rest in central fill, always under the supervision of a pharmacist. You'll be joining an evening team of five technicians and two pharmacists who are proud of a clean record on our last two Joint Commission and Board of Pharmacy inspections.

## What you'll do

- Prepare compounded sterile preparations (IV piggybacks, large-volume admixtures, syringes, PCA and epidural bags, parenteral nutrition) in ISO 5 primary engineering controls using aseptic technique and our SOPs
- Compound hazardous drugs in the containment hood under USP <800> once you are trained and checked off
- Restock the automated dispensing cabinets, pull outdates, resolve discrepancies and replenish controlled substances with a second witness
- Fill first doses and STAT orders, deliver to the units and run the tube system
- Clean and disinfect the cleanroom on schedule, take part in environmental monitoring and keep the compounding records complete
- Train new technicians on hood work once you have been with us six months

## Requirements

| Skill | Must/Nice | Notes |
| --- | --- | --- |
| Texas State Board of Pharmacy technician registration | Must | Active and in good standing on your start date. Technician-trainee registration does not qualify. |
| PTCB Certified Pharmacy Technician (CPhT) | Must | Current certification. |
| Sterile compounding under USP <797> | Must | At least 1 year hands-on preparing CSPs in an ISO 5 hood. You'll pass our gloved fingertip and media-fill tests before working alone. |
| Acute-care hospital pharmacy experience | Must | 2 years minimum in an inpatient hospital pharmacy. Retail, mail-order and long-term-care experience are welcome but don't count toward the 2 years. |
| Automated dispensing cabinets | Must | Pyxis, Omnicell or similar: restocking, outdates, discrepancy resolution. |
| Evening shift and every third weekend | Must | 2:30 p.m. – 11:00 p.m., rotating holidays. |
| Hazardous drug compounding (USP <800>) | Nice | Chemotherapy or other NIOSH-list drugs in a BSC or CACI. |
| CSPT or PTCB Advanced CPhT | Nice | Paid as a differential (below). |
| Epic Willow Inpatient | Nice | We went live on Willow in 2024. |
| IV workflow software | Nice | We use DoseEdge; IV-Soft or similar is fine. |
| TPN compounding | Nice | Automated compounder (ExactaMix). |
| Bilingual English/Spanish | Nice | |

## Pay and schedule

- $22.40 – $29.10 per hour depending on experience, plus a $2.25/hour evening differential and a $1.50/hour differential for CSPT or Advanced CPhT
- 72 hours per pay period (0.9 FTE), benefits from your first day, 403(b) with a 5% match
- Tuition assistance and paid PTCB renewal fees

## How to apply

Apply with your resume and answer the three screening questions. We check every registration on the Board's website before an interview is booked, so please give us your registration number.

Trinity Plains Medical Center is an equal opportunity employer. All offers are contingent on a background check, drug screen and verification of registration and certification.`,
  resumes: [
    {
      id: "rx-01-strong",
      label: "strong",
      grade: 10,
      missingMustHave: false,
      note: "Almost six years as an IV room technician (seven in the pharmacy) at a 600-bed hospital, RPhT and CPhT plus CSPT, Cat 1/Cat 2 CSPs in LAFW/BSC, chemo under 800, GFT and media fill every six months, ExactaMix TPNs, DoseEdge, Pyxis ES, Willow; works evenings now. Every must and most nice-to-haves, all in IV room shorthand rather than the posting's words.",
      answers: [
        { question: REG_Q, answer: "RPhT #148823, active, exp. 08/2027" },
        { question: CPHT_Q, answer: "Yes" },
        { question: IV_Q, answer: "About 70 months, hospital IV room and chemo room" },
      ],
      resumeText: `GABRIELA OCHOA-REYES, CPhT, CSPT
Arlington, TX · (817) 555-0146 · bilingual EN/ES

PHARMACY — IV ROOM TECHNICIAN
Lone Star Regional Hospital, Arlington TX (612 beds) | 01/2021 – Present
• 2nd-shift IV room tech: Cat 1 & Cat 2 CSPs — IVPBs, LVPs w/ KCl, drips, PCA/epidural, neonatal syringes — in LAFW and BSC, ISO 7 buffer / ISO 8 ante
• Chemo/HD compounding in negative-pressure room per <800>: BSC + CSTD, double-glove, spill kit trained
• TPN on ExactaMix 2400, manual adds; daily calibration
• DoseEdge image-verified workflow; BUD assignment per SOP
• GFT + media fill passed every 6 months since 2021; surface sampling and cleaning logs
• Relief in central: Pyxis ES refills, outdates, discrepancy reports, CII vault counts with RPh
• Hood trainer for 9 new techs
Epic Willow since go-live (2022)

PHARMACY TECHNICIAN (central fill / carousel)
Lone Star Regional Hospital | 06/2019 – 12/2020

RETAIL TECH — H-E-B Pharmacy, Grand Prairie | 2017 – 2019

Credentials
- TSBP Registered Pharmacy Technician #148823 (exp 08/2027)
- PTCB CPhT #4417102 · PTCB CSPT (2023)
- BLS (AHA)`,
    },
    {
      id: "rx-02-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Prose summary plus bullets: four and a half years inpatient at a 350-bed hospital, two and a half in the IV room (batch, first doses, TPN hand-compounding), Omnicell restock and discrepancies, RPhT and CPhT, evening availability. No chemo, CSPT or Willow, so a notch under the first.",
      answers: [
        { question: REG_Q, answer: "162904 - active" },
        { question: CPHT_Q, answer: "Yes" },
        { question: IV_Q, answer: "30 months (hospital)" },
      ],
      resumeText: `Darnell Whitfield
Fort Worth, Texas

Inpatient pharmacy tech who likes the hood. I've spent the last two and a half years of my four and a half at Brazos Crossing Medical Center in the IV room — batching the morning and afternoon runs, turning first doses and STATs for the ED, and hand-compounding adult TPN when the compounder is down. Before that I was in central: unit-dose, med cart exchange, and the Omnicells on eight floors.

Brazos Crossing Medical Center (350 beds), Fort Worth — Pharmacy Technician
Jun 2022 – Present
- IV room (Apr 2024 – now): IVPB and LVP admixture, syringes, antibiotic batches, vasoactive drips; aseptic technique re-validated twice a year (fingertip + media fill)
- Cleanroom cleaning per schedule; temp/humidity/pressure logs; viable air sampling with vendor
- Omnicell restock, overrides and discrepancy resolution with nursing; narcotic replenishment with witness
- Evening shift 2023 – present; cover weekends as scheduled

Walgreens, Hurst TX — Pharmacy Technician, 2020 – 2022

Texas Registered Pharmacy Technician #162904 · PTCB CPhT (since 2020) · Cerner PharmNet`,
    },
    {
      id: "rx-03-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Army 68Q pharmacy specialist in a military medical center's inpatient pharmacy and IV room, then three years as a civilian inpatient tech doing chemo and sterile work; RPhT, CPhT. Military titles and abbreviations (68Q, MEDCEN, IV room NCOIC) rather than the posting's words.",
      answers: [
        { question: REG_Q, answer: "TSBP 171450 active" },
        { question: CPHT_Q, answer: "Yes, since 2016" },
        { question: IV_Q, answer: "5+ yrs — Army IV room and oncology pharmacy" },
      ],
      resumeText: `KAREN LINDQVIST
San Antonio, TX 78245

EXPERIENCE

Oncology / Sterile Products Technician — Alamo Heights Medical Center, San Antonio
2023 – present
- Hazardous compounding in Class II BSC with CSTDs (Phaseal), CACI for cytotoxics; second-checks with RPh on dose banding
- Non-HD CSPs in main cleanroom when the chemo room is slow
- Med station refills and discrepancy clean-up on oncology and BMT units
- Evening and weekend rotation

Pharmacy Specialist (MOS 68Q), U.S. Army — Brooke Army Medical Center (inpatient pharmacy)
2016 – 2023
- 3 yrs IV room, last 14 months as IV room NCOIC: scheduling, hood certification tracking, cleaning logs, training new 68Qs
- Inpatient unit-dose and ward stock; automated cabinet replenishment; CII accountability
- Deployed 2019: Role 3 hospital pharmacy, Kandahar

CERTIFICATIONS
PTCB CPhT, 2016 · Texas RPhT 171450 · BLS
EDUCATION
AMEDD Center & School, 68Q Pharmacy Specialist course (Phase I/II)`,
    },
    {
      id: "rx-04-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Meets every must without the posting's terms: 'clean room / admixture tech', 'hood work', 'aseptic validation', 'unit-based medication stations', 'teaching medical center, 24-hour central pharmacy', 'Pharmacy Technician Certification Board credential', 'TSBP RPhT'. Three years in the admixture room, five on the hospital side.",
      answers: [
        { question: REG_Q, answer: "RPhT 155318, current" },
        { question: CPHT_Q, answer: "Yes — Pharmacy Technician Certification Board, #3981106" },
      ],
      resumeText: `Mei-Lin Tran
Dallas, TX | mtran.rx@email.com

Summary: Admixture technician at a 450-bed teaching medical center. Comfortable with high-volume hood work, strict aseptic practice and late shifts.

Parkland Heights University Medical Center — Dallas
Clean Room Technician (Admixture) | 2023 – Present
  • Mix piggybacks, large-volume bags, insulin and heparin drips, pediatric syringes under laminar flow
  • Aseptic validation yearly and after any failed glove tip; garbing and cleaning per department SOP
  • Work the label queue and sequence the 1400 and 2200 batches
Central Pharmacy Technician | 2021 – 2023
  • 24-hour central pharmacy: unit-dose, floor stock, restock of unit-based medication stations and count reconciliation
  • Delivered STAT meds to ICUs and ED

Education & credentials
  Pharmacy Technician program, El Centro College, 2020
  Pharmacy Technician Certification Board credential #3981106 (renewed 2026)
  TSBP RPhT 155318`,
    },
    {
      id: "rx-05-synonyms",
      label: "synonyms-only",
      grade: 7,
      missingMustHave: false,
      note: "Children's hospital pharmacy tech since 2023, in pediatric vocabulary ('pediatric doses', 'clean suite', 'unit cabinets', 'NICU syringes'), 'National certification 2022' with PTCB confirmed only by a bare 'yes' answer, TX registration as 'RPhT'. Meets every must; pediatric-only volume, no hazardous work or Willow, so 7.",
      answers: [
        { question: REG_Q, answer: "RPhT 166277" },
        { question: CPHT_Q, answer: "yes" },
        { question: IV_Q, answer: "2 years, children's medical center clean suite" },
      ],
      resumeText: `JOSEPH ADEYEMI
Plano, TX

| Years | Where | What |
| --- | --- | --- |
| 2023 – now | North Texas Children's Medical Center, Dallas | Pharmacy tech — clean suite: NICU/PICU syringes, small-volume bags, weight-based pediatric doses; fingertip and media challenges passed every 6 mo |
| 2023 – now | same | Unit cabinets (4 floors): refill runs, expired-drug pulls, count mismatches with charge nurses |
| 2022 – 2023 | Tom Thumb Pharmacy, Frisco | Technician (retail) |

Registered pharmacy technician (TX RPhT 166277). National certification 2022.
Prefer evenings.`,
    },
    {
      id: "rx-06-keyword-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Skills block names every row of the table (USP 797/800, sterile compounding, Pyxis, Omnicell, Willow, DoseEdge, PTCB, CPhT, TSBP), but the only work is ten months in retail as a technician trainee; answers say trainee registration and CPhT exam not yet taken, no IV room time.",
      answers: [
        { question: REG_Q, answer: "Technician trainee #T-203118" },
        { question: CPHT_Q, answer: "Not yet, exam scheduled for December" },
        { question: IV_Q, answer: "Completed USP 797 online module" },
      ],
      resumeText: `Brittany Saldana
Fort Worth TX

SKILLS: Sterile compounding · USP <797> · USP <800> · hazardous drug compounding · IV admixture · CSPs · ISO 5 · aseptic technique · TPN · Pyxis · Omnicell · automated dispensing cabinets · Epic Willow · DoseEdge · IV-Soft · PTCB · CPhT · Texas State Board of Pharmacy · acute-care hospital pharmacy · inpatient · evening shift · bilingual

EXPERIENCE
Pharmacy Technician Trainee — CVS Pharmacy, Benbrook TX — Jan 2026 to now
- Drive-thru and register, counting tablets, insurance rejects, answering phones

Cashier — Dollar General, 2023 – 2025

EDUCATION
Online pharmacy technician course (self-paced), 2025`,
    },
    {
      id: "rx-07-missing",
      label: "missing-must-have",
      grade: 4,
      missingMustHave: true,
      note: "Five years in a hospital central pharmacy with RPhT, CPhT and deep Pyxis work, but has never compounded: the resume says the hospital's IV room was a separate team, and the screening answer gives zero months. The one-year sterile compounding must is clearly not met.",
      answers: [
        { question: REG_Q, answer: "149977 active" },
        { question: CPHT_Q, answer: "Yes" },
        {
          question: IV_Q,
          answer: "0 — I haven't been trained in the IV room yet, our IV team was separate. Very willing to learn.",
        },
      ],
      resumeText: `Roberto Villanueva, CPhT
Haltom City, TX

Pharmacy Technician — Central Pharmacy
Medical City Northeast (240 beds), 2021–present
  - Unit-dose repackaging and barcoding; first-dose fills and tube runs
  - Pyxis super-user: refills, outdates, discrepancy resolution, new-cabinet configuration for the 2024 tower opening
  - CII vault and perpetual inventory; monthly unit inspections
  - (IV admixture was handled by a separate IV room team — not part of my role)

Pharmacy Clerk — Kroger, 2019–2021

Texas RPhT #149977 · PTCB certified since 2020`,
    },
    {
      id: "rx-08-adjacent",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "Aseptic manufacturing operator at a sterile injectables plant: isolators, Grade A/B cleanrooms, gowning qualification and media fills, the same hands as an IV room but under cGMP, not pharmacy. No Texas pharmacy technician registration, no CPhT, no hospital pharmacy.",
      answers: [
        { question: REG_Q, answer: "N/A — I work in pharmaceutical manufacturing" },
        { question: CPHT_Q, answer: "No" },
        { question: IV_Q, answer: "4 years aseptic filling (cGMP manufacturing)" },
      ],
      resumeText: `Priya Natarajan
Denton, TX

Aseptic Manufacturing Operator II — Meridian Sterile Injectables, Denton TX — 2022–present
• Set up and run vial and syringe filling lines inside Grade A isolators; Grade B gowning qualified
• Participate in aseptic process simulations (media fills) twice yearly
• Environmental monitoring, line clearance, batch record entries in MES; deviations and CAPA support
• Clean and sanitize Grade C/D areas per cGMP

Production Associate — Alcon (ophthalmic), Fort Worth — 2020–2022

B.S. Biology, University of North Texas, 2020`,
    },
    {
      id: "rx-09-overqualified",
      label: "overqualified",
      grade: 5,
      missingMustHave: false,
      note: "Eighteen-year CPhT/CSPT, now an operations supervisor who has scheduled, audited and bought drugs for six years without compounding; wants to 'step back from management' and would prefer days. Licences are met and she was a strong IV tech, but hands-off since 2020 and a poor fit for an evening bench role.",
      answers: [
        { question: REG_Q, answer: "RPhT 098122 - active" },
        { question: CPHT_Q, answer: "Yes" },
        {
          question: IV_Q,
          answer: "10 years in the IV room (2010–2020); I supervise it now but don't mix. Prefer day shift if possible.",
        },
      ],
      resumeText: `DENISE HOLLOWAY, CPhT, CSPT
Weatherford, TX

Pharmacy Operations Supervisor, Cross Timbers Health System (3 hospitals) — 2020–Present
Lead 34 technicians across central, IV and two satellites; schedule, hire, performance reviews; drug purchasing and wholesaler relationship (~$2.1M/month); USP <797>/<800> compliance program owner, mock surveys, hood certification vendor management; Pyxis fleet reporting. No routine bench work since 2020.

Lead IV Technician, Cross Timbers Medical Center — 2010–2020
Pharmacy Technician, Cross Timbers Medical Center — 2008–2010

Looking to step back from management into a hands-on role. Day shift preferred.

TSBP RPhT 098122 · PTCB CPhT (2008) · PTCB CSPT (2018)`,
    },
    {
      id: "rx-10-threshold",
      label: "threshold-miss",
      grade: 4,
      missingMustHave: true,
      note: "Good sterile technician with CPhT and RPhT, but only 22 months of hospital pharmacy (01/2025 – now) against the table's 2-year minimum, and the notes say his three retail years don't count. Fourteen months in the IV room meets that row; the hospital-years row is just missed.",
      answers: [
        { question: REG_Q, answer: "RPhT 158840 (active)" },
        { question: CPHT_Q, answer: "Yes" },
        { question: IV_Q, answer: "14 months" },
      ],
      resumeText: `Tyler Brooks — Pharmacy Technician
Keller, TX

Pharmacy Technician, Inpatient — Northstar Regional Hospital, Keller — 01/2025 – Present
- IV room since 09/2025: antibiotic piggybacks, premixed bag adds, syringes; passed media fill and GFT
- Omnicell restocking and expired-med sweeps on 3 units
- Evening shift, every other weekend

Certified Pharmacy Technician — CVS Pharmacy, Southlake — 11/2021 – 12/2024
- High-volume retail (~600 Rx/day); vaccinations assist; inventory

Texas RPhT 158840 · PTCB CPhT 2021`,
    },
    {
      id: "rx-11-mixed",
      label: "mixed",
      grade: 6,
      missingMustHave: false,
      note: "Nearly three years at a 90-bed community hospital with RPhT, CPhT and Pyxis; IV room only one or two shifts a week, so 'at least a year hands-on' is arguable (about two years of part coverage). Days only so far, says she can do evenings. Meets the letter, thin on the main work.",
      answers: [
        { question: CPHT_Q, answer: "Yes" },
        {
          question: IV_Q,
          answer: "About 2 years covering the IV room 1–2 shifts a week, the rest in central",
        },
      ],
      resumeText: `Annette Kowalczyk
Granbury, Texas

Pharmacy Technician, Lake Granbury Community Hospital (90 beds) — Jan 2024 to now
Mostly central pharmacy on day shift: unit dose, Pyxis refills, reports, floor stock, crash cart exchange. Cross-trained on the IV hood in late 2024 and cover it once or twice a week when the IV tech is off — small batches, antibiotics, a few drips. Annual aseptic competency done. Open to evenings.

Pharmacy Technician, Walmart Pharmacy, Granbury — 2019 to 2023

Registered pharmacy technician in Texas (#164402) · CPhT (PTCB) 2019`,
    },
  ],
};
