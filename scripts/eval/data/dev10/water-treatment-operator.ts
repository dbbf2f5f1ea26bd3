import type { EvalPosting } from "../types";

const CERT_Q =
  "Do you possess a valid Class II or higher Water Treatment operator certificate issued under Ontario Regulation 128/04? If yes, state the class and the certificate number.";
const EXP_Q =
  "Using concrete examples, describe how you meet the essential experience in operating and monitoring a drinking water treatment plant. Name the plant(s), your role and the dates (month/year).";
const SHIFT_Q =
  "Are you willing and able to work 12-hour rotating shifts, including nights, weekends and statutory holidays?";

export const waterTreatmentOperator: EvalPosting = {
  id: "water-treatment-operator",
  split: "dev",
  field: "utilities (drinking water treatment plant operator, federal base utilities)",
  style:
    "Government of Canada job poster / statement of merit criteria: header block (reference and selection process numbers, classification GL-WOW-08, hourly rate, closing date, 'Who can apply'), 'Duties', 'Intent of the process', 'Essential qualifications' (Education, Certification, Experience with a defined 'significant experience' of 36 months), 'Asset qualifications', 'Operational requirements', 'Conditions of employment', language, abilities and personal suitability, and 'Preference' and 'Other information' boilerplate; over 500 words",
  jobTitle: "Water Treatment Plant Operator",
  companyName: "Department of National Defence",
  jobDescription: `Water Treatment Plant Operator

Department of National Defence - Real Property Operations Unit (Central), Detachment Petawawa
Petawawa (Ontario)
GL-WOW-08
$33.12 to $35.04 (hourly)

Reference number: DND26J-084412
Selection process number: 26-DND-EA-ONT-612044
Closing date: 18 November 2026 - 23:59, Pacific Time

Who can apply: Persons residing in Canada and Canadian citizens and permanent residents abroad.

Duties
The Water Treatment Plant Operator operates and monitors the Garrison Petawawa drinking water treatment plant, a conventional surface-water plant drawing from the Ottawa River (coagulation, flocculation, sedimentation, dual-media filtration, UV and chlorine disinfection) that serves the base and its residential housing. The incumbent adjusts chemical feed rates, backwashes filters, monitors and controls plant processes from the SCADA system, collects samples and performs process control tests, records results in the plant logbooks, responds to alarms and adverse results, and performs routine preventive maintenance on pumps, chemical feed systems and analyzers.

Intent of the process
An anticipatory pool of qualified candidates may be established and used to staff similar positions with various tenures (indeterminate, term, casual) within the Real Property Operations Unit (Central).

Positions to be filled: 1

Information you must provide
Your résumé.

In order to be considered, your application must clearly explain how you meet the following (essential qualifications)

ESSENTIAL QUALIFICATIONS

Education:
EDU: Secondary school diploma or employer-approved alternatives.

Certification:
CERT: Possession of a valid Class II (or higher) Water Treatment operator certificate issued under Ontario Regulation 128/04 (Certification of Drinking Water System Operators and Water Quality Analysts).

Experience:
E1: Significant* experience operating and monitoring a drinking water treatment plant, including adjusting chemical dosages in response to changes in raw water quality.
E2: Experience using a SCADA system to monitor and control water treatment processes.
E3: Experience collecting water samples and performing process control tests (e.g., chlorine residual, turbidity, pH) and recording the results.

*Significant experience is defined as a minimum of thirty-six (36) months of experience within the last five (5) years, performing the duties as a primary function of the job.

The following will be applied / assessed at a later date (essential for the job)

English essential

Abilities:
A1: Ability to interpret laboratory and process data and take corrective action.
A2: Ability to work safely around chemicals, rotating equipment and confined spaces.
A3: Ability to communicate effectively in writing (log entries, incident reports).

Personal suitability:
PS1: Dependability
PS2: Judgement
PS3: Working effectively with others

The following may be applied / assessed at a later date (may be needed for the job)

ASSET QUALIFICATIONS

AC1: Possession of a valid Class III or Class IV Water Treatment operator certificate.
AC2: Possession of a valid Water Distribution operator certificate (Class I or higher).
AE1: Experience acting as Operator-in-Charge or Overall Responsible Operator.
AE2: Experience with membrane filtration or UV disinfection systems.
AE3: Experience performing preventive maintenance on pumps, chemical feed systems or online analyzers.
AE4: Experience using a computerized maintenance management system (e.g., DRMIS/SAP, Maximo).
AE5: Experience working on a military establishment.

OPERATIONAL REQUIREMENTS
Willingness and ability to work 12-hour rotating shifts, including nights, weekends and statutory holidays.
Willingness and ability to be on standby and respond to call-back within 45 minutes.
Willingness and ability to work overtime, sometimes on short notice.
Willingness and ability to lift objects weighing up to 23 kg.

CONDITIONS OF EMPLOYMENT
Reliability Status security clearance.
Possession of a valid Ontario driver's licence (Class G or higher).
Maintain the Class II (or higher) Water Treatment operator certificate, including required continuing education, throughout employment.
Successful completion of a respirator fit test and the pre-placement health assessment.

Other information
The Public Service of Canada is committed to building a skilled and diverse workforce that reflects the Canadians we serve. We promote employment equity and encourage you to indicate if you belong to one of the designated groups when you apply.

Candidates must meet the essential qualifications to be appointed to a position. Candidates may be assessed by a written examination, an interview and reference checks. Acknowledgement of receipt of applications will not be sent; we will contact candidates when the screening process is completed.

Preference
Preference will be given to veterans and then to Canadian citizens and permanent residents.`,
  resumes: [
    {
      id: "wtp-01-strong",
      label: "strong",
      grade: 10,
      missingMustHave: false,
      note: "Eleven years (Lead Operator since 2017) at an 18 ML/d conventional surface-water plant, Class 3 WT and Class 2 WD, OIC on shift and backup ORO, PACl coag and jar tests, filter backwash, UV and hypo, InTouch HMI on Allen-Bradley PLCs, O. Reg. 170/03 grab samples and analyzer verification, AWQI reporting, Maximo, 4-on/4-off twelves. Every essential and most assets, in operator shorthand.",
      answers: [
        { question: CERT_Q, answer: "Yes — Class 3 Water Treatment, #63118; also Class 2 Water Distribution" },
        {
          question: EXP_Q,
          answer:
            "Upper Ottawa Valley WPP, Operator 2015–2017, Lead Operator 03/2017 to present: shift OIC, coagulant dosing from jar tests and raw turbidity, SCADA, O. Reg. 170/03 sampling.",
        },
        { question: SHIFT_Q, answer: "Yes" },
      ],
      resumeText: `LUC BEAUDRY
Pembroke, ON

Lead Operator — Upper Ottawa Valley Water Purification Plant (18 ML/d conventional surface water)
March 2017 – present
• OIC on 12-hr rotation (4-on/4-off, days/nights); backup ORO since 2022
• PACl coag/floc/sed, dual-media filters, UV + sodium hypo; daily jar tests, dose changes on raw turbidity and temperature swings (spring freshet runs 40+ NTU)
• Filter backwash and filter-to-waste; CT calcs; chlorine residual targets through the clearwell
• Wonderware InTouch HMI on Allen-Bradley PLCs — setpoints, alarm response, trends
• O. Reg. 170/03: free/total Cl2, turbidity and pH grabs every 4 h; weekly bac-T; THM/HAA quarterlies; CL17 and 1720E verification
• AWQI notifications to MOH and the Spills Action Centre; DWQMS operational plan updates
• PM on chemical metering pumps and high-lift pumps; work orders in Maximo

Operator — same plant, OIT to Class 2, 2015 – 2017

CERTIFICATES
Water Treatment Class 3 (#63118) · Water Distribution Class 2 · WHMIS 2015 · Confined Space Entry · Standard First Aid
Ontario G licence · Algonquin College, Environmental Technician, 2014`,
    },
    {
      id: "wtp-02-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Five and a half years operating a 40 ML/d ultrafiltration plant with UV and hypo: Class 2 WT, Class 1 WD, ClearSCADA, pressure-decay integrity tests and CIPs, CT/log-removal credits, bench Cl2/NTU/pH on logsheets, microbiology bottles to the accredited lab, rotating twelves. Meets every essential in membrane-plant vocabulary; no OIC time.",
      answers: [
        { question: CERT_Q, answer: "Class II WT, certificate 70244" },
        {
          question: EXP_Q,
          answer: "Lakeshore Membrane WTP (UF), Operator, 05/2021–present: SCADA, coagulant pre-treatment, sampling.",
        },
        { question: SHIFT_Q, answer: "Yes, currently on a rotating 12-h schedule" },
      ],
      resumeText: `Aisha Rahman
Kingston, Ontario

Operator, Lakeshore Membrane Water Treatment Plant — Utilities Kingston region | 05/2021 – Present
- 40 ML/d ultrafiltration (pressurised), UV, sodium hypochlorite; alum pre-treatment ahead of the trains
- Run the plant from ClearSCADA: train sequencing, flux and TMP trends, backpulse and maintenance-clean timing
- Pressure-decay integrity tests, CIPs, fibre repairs; CT and log-removal calculations for the monthly report
- Bench chlorine, NTU and pH on the logsheets every 2 h; microbiology bottles to the accredited lab
- Rotating 12-hour shifts incl. nights and stat holidays

Operator-in-Training, same plant | 11/2020 – 04/2021

Ontario Water Treatment Class 2 · Water Distribution Class 1
Diploma, Water and Wastewater Technician — Fleming College, 2020`,
    },
    {
      id: "wtp-03-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Retired CAF Water, Fuels and Environmental (WFE) Technician (ROWPU and base plant operations) then six years as a municipal plant operator with a Class 2 WT certificate, SCADA and O. Reg. 170/03 sampling; military-base experience and a Secret clearance (assets). Written in military and operator shorthand.",
      answers: [
        { question: CERT_Q, answer: "Yes. WT Class 2, #58872" },
        { question: SHIFT_Q, answer: "Yes" },
      ],
      resumeText: `DEREK KOENIG, CD
Petawawa ON · Secret clearance (lapsed 2025, reliability-eligible)

Operator 2 — Township of Laurentian Valley Water Treatment Plant · 2020 to present
  Conventional plant, 9 ML/d: coagulant and hypo dosing, filter runs and backwash, raw-water changes through freshet
  iFIX SCADA alarm response and setpoint changes on nights
  Reg. 170/03 grabs, bench analyses, logbook entries and AWQI calls
  Rotating 12s, on-call every fourth week

Canadian Armed Forces — Water, Fuels and Environmental Technician (Sgt) · 2004 to 2020
  Base water plant detachment, CFB Borden (2014–2020): shift operator and section 2IC
  ROWPU and field water point operation and testing, Kandahar Airfield and Op LENTUS (2017 floods)
  Potable water quality testing and chlorination for deployed camps

Ontario WT Class 2 (#58872) · WD Class 1 · CFSME WFE Tech QL5`,
    },
    {
      id: "wtp-04-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Meets every essential without the poster's words: 'purification operator', 'potable water facility', 'OWWCO WT2 / WD1', 'HMI/PLC control screens (iFIX)', 'residual, NTU and pH checks', 'bacteriological bottles', 'coagulant rate changes off raw-water readings', '4-on/4-off 12s'. Six years.",
      answers: [
        { question: CERT_Q, answer: "OWWCO #118402 — WT2 / WD1" },
        {
          question: EXP_Q,
          answer:
            "Lakeview potable water facility (Brockville), purification operator, Sept 2020 – now; coagulant changes, HMI control, bench checks and bottles.",
        },
        { question: SHIFT_Q, answer: "Yes" },
      ],
      resumeText: `Nadia Ferreira
Brockville, ON

Purification Operator — Lakeview Potable Water Facility, City of Brockville — Sept 2020 to now
  Run the surface-water purification process on a 4-on/4-off 12s rotation
  Coagulant rate changes off raw-water readings; filter washes; disinfection residual targets
  HMI/PLC control screens (iFIX): start/stop high-lift pumps, acknowledge alarms, trend review
  Residual, NTU and pH checks every 2 hrs, bacteriological bottles on schedule, entries in the daily log
  Chemical deliveries, metering pump calibrations

Labourer — Public Works, City of Brockville — 2018 to 2020

OWWCO #118402: WT2, WD1 · St. Lawrence College, Water Quality Tech, 2018`,
    },
    {
      id: "wtp-05-synonyms",
      label: "synonyms-only",
      grade: 7,
      missingMustHave: false,
      note: "Three years nine months as a waterworks process operator at a filtration building, 'remote telemetry / HMI', 'grab bottles, chlorine and cloudiness checks', 'Level 2 water purification licence (Ontario)'. Meets the 36-month line and every essential in other words; thinner on chemical dosing and equipment, so 7.",
      answers: [
        { question: CERT_Q, answer: "Level 2 water purification licence (Ontario) #81554" },
        { question: SHIFT_Q, answer: "Yes, used to it" },
      ],
      resumeText: `Kevin O'Rourke

Process Operator, Waterworks — Municipality of Mississippi Mills (Almonte filtration building)
February 2023 – present
Shift operator for the town's filtration building and reservoir. Watch the process on the remote telemetry / HMI screens, change pump and chemical setpoints with the lead, take the grab bottles and do the chlorine and cloudiness checks, log everything, call out on alarms.

Process Operator (relief), Town of Carleton Place water and sewer — 2022 – 2023

Level 2 water purification licence (Ontario) #81554 · G licence`,
    },
    {
      id: "wtp-06-keyword-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Skills block lists Class II and III Water Treatment, SCADA, sampling, chlorine residual, turbidity, membranes, UV, DRMIS and 12-hour shifts, but the work is condo pool maintenance and landscaping, and the answer says the operator-in-training exam is only booked.",
      answers: [
        { question: CERT_Q, answer: "Not yet, OIT exam booked January 2027" },
        { question: EXP_Q, answer: "Pool chemistry and testing at a condominium, 3 years" },
        { question: SHIFT_Q, answer: "Yes" },
      ],
      resumeText: `Brandon Tessier
Ottawa, ON

KEY SKILLS
Class II Water Treatment · Class III Water Treatment · Water Distribution · drinking water treatment plant · SCADA · sampling · chlorine residual · turbidity · pH · chemical dosage · membrane filtration · UV disinfection · DRMIS/SAP · Maximo · Operator-in-Charge · confined space · WHMIS · 12-hour rotating shifts · Reliability Status

EXPERIENCE
Pool & Building Maintenance — Riverside Towers Condominium, Ottawa — 2023 to present
  Daily pool chlorine/pH test strips, chemical top-ups, filter backwash, hallway repairs
Landscaping Crew Member — GreenEdge Landscaping — 2020 to 2023

Online course: Introduction to Drinking Water (Walkerton Clean Water Centre), 2026`,
    },
    {
      id: "wtp-07-missing",
      label: "missing-must-have",
      grade: 3,
      missingMustHave: true,
      note: "Eight years as a Class 2 WT operator with SCADA and sampling, but a day-shift-only operator who answers 'No' to the 12-hour rotating shift operational requirement (childcare); a recruiter screens out on an operational requirement answered No.",
      answers: [
        { question: CERT_Q, answer: "Yes, Class 2 WT #60911" },
        {
          question: EXP_Q,
          answer: "Town of Renfrew WTP, 2018–present, day operator: dosing, SCADA, sampling.",
        },
        {
          question: SHIFT_Q,
          answer: "No — I can only work days because of childcare. Occasional weekend days are OK.",
        },
      ],
      resumeText: `Heather McAllister
Renfrew, Ontario

Day Operator, Town of Renfrew Water Treatment Plant — 2018–present
- Weekday day shift: coagulant and chlorine dosing changes, filter backwash, SCADA monitoring and setpoints
- Regulatory sampling and bench tests; monthly reports
- Chemical inventory and metering pump maintenance

Operator, Town of Renfrew Water & Wastewater — 2016–2018

Water Treatment Class 2 (#60911) · Water Distribution Class 2 · G licence`,
    },
    {
      id: "wtp-08-adjacent",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "Seven years as a wastewater operator at a water pollution control plant: SCADA, composite and grab sampling, chemical dosing, pumps, shift work, but a Class 2 Wastewater Treatment certificate (O. Reg. 129/04), no drinking water certificate and no drinking water plant.",
      answers: [
        { question: CERT_Q, answer: "No — I hold Class 2 Wastewater Treatment" },
        { question: SHIFT_Q, answer: "Yes" },
      ],
      resumeText: `OMAR HADDAD
Ottawa, ON

Wastewater Operator II — Robert O. Pickard Environmental Centre (ROPEC), City of Ottawa
2019-06 – present
• Activated sludge, secondary clarifiers, ferric dosing for phosphorus removal, effluent disinfection
• SCADA monitoring of lift stations and process; alarm response on nights
• 24-h composite and grab sampling for ECA compliance; DO, TSS, ammonia bench tests
• Rotating 12-hour shifts

Wastewater Operator I — Town of Hawkesbury WPCP, 2017-04 – 2019-05

Certificates: Wastewater Treatment Class 2 (O. Reg. 129/04) · Wastewater Collection Class 1 · WHMIS · Confined Space`,
    },
    {
      id: "wtp-09-overqualified",
      label: "overqualified",
      grade: 4,
      missingMustHave: false,
      note: "Thirty-year operator and former Manager of Water Operations (Class 4 WT and WD, ORO, C.E.T.), retired in 2024 and wants to go back on shift; hands-off for twelve years (budgets, MECP inspections, capital projects), so the recent 36-month operating experience is doubtful. Certificates met, says yes to shifts.",
      answers: [
        { question: CERT_Q, answer: "Class 4 WT, Class 4 WD" },
        {
          question: EXP_Q,
          answer:
            "Operated plants 1994–2012; managed water operations (ORO) 2012–2024. I miss the plant and want to go back on shift.",
        },
        { question: SHIFT_Q, answer: "Yes" },
      ],
      resumeText: `Gerald Fournier, C.E.T.

Manager, Water Operations, City of Pembroke — 2012 to 2024 (retired)
Overall Responsible Operator for the water purification plant and distribution system; 14 staff; $6.8M operating budget; DWQMS accreditation audits; MECP inspections (100% ratings 2016–2023); SCADA replacement project lead; capital planning.

Chief Operator, City of Pembroke Water Purification Plant — 2003 to 2012
Operator, City of Pembroke — 1994 to 2003

Water Treatment Class 4 · Water Distribution Class 4 · Certified Engineering Technologist (OACETT)`,
    },
    {
      id: "wtp-10-threshold",
      label: "threshold-miss",
      grade: 3,
      missingMustHave: true,
      note: "Class 2 WT (upgraded with her diploma credit), SCADA, sampling, rotating shifts, all in a conventional plant, but operating only since 02/2024: 33 months against the defined 36 months of significant experience; the earlier co-op was in a lab, not operating.",
      answers: [
        { question: CERT_Q, answer: "Yes — Class 2 WT #77120 (issued 2026)" },
        {
          question: EXP_Q,
          answer: "Arnprior WTP, Operator, Feb 2024 to present (33 months).",
        },
        { question: SHIFT_Q, answer: "Yes" },
      ],
      resumeText: `Chloé Martel
Arnprior (Ontario)

Operator — Town of Arnprior Water Treatment Plant — Feb 2024 to now
  - Conventional plant: alum and polymer dosing, jar tests, backwash, chlorine contact
  - SCADA (Wonderware) monitoring, setpoint changes, alarm call-back
  - Process grabs (free Cl2, turbidity, pH), regulatory bottles, logbook
  - 12-hour rotation including nights

Co-op student, Laboratory — Ontario Clean Water Agency, Ottawa hub — May to Aug 2023 (lab analyses, not plant operation)

Environmental Technology, Water Quality (co-op) diploma — La Cité collégiale, 2023
Certificates: OIT (2023) → Water Treatment Class 1 (2024) → Class 2 (2026)`,
    },
    {
      id: "wtp-11-mixed",
      label: "mixed",
      grade: 6,
      missingMustHave: false,
      note: "Six years and a Class 2 WT certificate, sampling well covered, but the systems are small groundwater wells with chlorination and UV, not a treatment plant with chemical coagulation, and 'SCADA' is remote alarm dial-outs; the essential experience is arguable rather than clear.",
      answers: [
        { question: CERT_Q, answer: "Class 2 Water Treatment, 66402" },
        { question: SHIFT_Q, answer: "Yes" },
      ],
      resumeText: `Ray Lapointe — Operator, Ontario Clean Water Agency (Ottawa Valley cluster)
Jan 2020 to now

I look after five small municipal residential systems in the Valley: groundwater wells with sodium hypochlorite and UV, one with greensand filters for iron and manganese. I do the weekly rounds, free chlorine and turbidity checks, the bacteriological and Schedule 13 sampling, hypo deliveries and pump changes. Alarms reach me through the Mission RTU dial-out; I don't run the process from a control room. On-call one week in three.

Before that: Water/Sewer Maintenance, Township of Whitewater Region, 2016 to 2019.

Water Treatment Class 2 (#66402), Water Distribution Class 1, G licence.`,
    },
  ],
};
