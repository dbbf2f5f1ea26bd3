import type { EvalPosting } from "../types";

const CERT_Q = "Do you currently hold a public safety telecommunicator certification (APCO PST or your state's equivalent) AND a current Emergency Medical Dispatch (EMD) certification?";
const WPM_Q = "What was your most recent tested net typing speed (words per minute)?";
const SHIFT_Q = "Can you work rotating 12-hour shifts, including nights, weekends, holidays and mandatory overtime?";

export const telecommunicator: EvalPosting = {
  id: "911-telecommunicator",
  split: "dev",
  field: "emergency communications / 911",
  style:
    "county government posting: class specification with salary grade, 'Definition', 'Examples of Duties', 'Minimum Qualifications', 'Preferred Qualifications', 'Special Requirements' (certifications, background, polygraph, shift work), 'Selection Process' and civil-service boilerplate",
  jobTitle: "Public Safety Telecommunicator II (Lateral / Experienced)",
  companyName: "Larimer Valley Regional Emergency Communications Authority",
  jobDescription: `LARIMER VALLEY REGIONAL EMERGENCY COMMUNICATIONS AUTHORITY
Class Title: PUBLIC SAFETY TELECOMMUNICATOR II (LATERAL / EXPERIENCED)
Recruitment #: 26-0417-ECC     Salary Grade: T22     Hourly: $29.84 – $41.77
Closing Date: Open until filled; first review of applications 11/20/2026
FLSA: Non-exempt     Bargaining Unit: Teamsters Local 455

DEFINITION
Under general supervision, receives and processes 9-1-1 and non-emergency calls for law enforcement, fire and emergency medical services; dispatches and coordinates field units by radio and computer-aided dispatch (CAD) for eleven member agencies; and performs related work as assigned. This is the experienced level in the Telecommunicator series; incumbents are expected to work all positions in the Emergency Communications Center (ECC) independently after a shortened training program.

EXAMPLES OF DUTIES (illustrative only; any one position may not perform all duties)
- Answers 9-1-1 and ten-digit lines including TTY/TDD and text-to-9-1-1; interrogates callers to determine nature, location and priority of the incident.
- Provides pre-arrival and post-dispatch medical instructions using an approved Emergency Medical Dispatch protocol.
- Enters incidents into CAD; dispatches law, fire and EMS units; monitors unit status on multiple radio talkgroups.
- Queries and enters records in NCIC/CCIC; confirms warrants and stolen property.
- Coordinates mutual aid, air ambulance, tow and utility resources.
- Maintains composure and accuracy during critical and high-volume incidents; may serve as Communications Training Officer (CTO).
- Performs other duties as assigned.

MINIMUM QUALIFICATIONS
Education: High school diploma or GED.
Experience: Two (2) years of full-time experience as a call-taker and/or dispatcher in a Public Safety Answering Point (PSAP) within the last five (5) years.
Certification: Current APCO Public Safety Telecommunicator (PST) certification or equivalent state telecommunicator certification, AND current Emergency Medical Dispatch (EMD) certification (IAED or APCO).
Skills: Type a minimum of 40 net words per minute (tested; applicants who do not meet this minimum will not advance).

PREFERRED QUALIFICATIONS
- Fire and EMS radio dispatch experience in a consolidated center.
- Communications Training Officer (CTO) certification.
- NCIC/CCIC full-access operator certification.
- Bilingual English/Spanish (5% pay differential upon passing county language exam).
- Experience with Hexagon, CentralSquare or Tyler CAD.

SPECIAL REQUIREMENTS
- Must successfully complete a comprehensive background investigation, polygraph examination, psychological evaluation, hearing test and drug screen.
- Must be available to work rotating 12-hour shifts, including nights, weekends and holidays, and mandatory overtime as required for 24/7/365 operations.
- Must obtain CPR certification within six (6) months of hire and maintain all certifications as a condition of continued employment.
- Must be at least 18 years of age and legally authorized to work in the United States.

SELECTION PROCESS
Applications will be screened for minimum qualifications. Qualified applicants will be invited to CritiCall testing (including the typing test), followed by an oral board. Lateral candidates may receive a hiring bonus of $5,000 payable in installments.

BENEFITS
Colorado PERA defined-benefit pension, medical/dental/vision, 12 paid holidays, vacation accrual starting at 120 hours/year, tuition reimbursement and an employee assistance program.

The Authority is an Equal Opportunity Employer and complies with the Americans with Disabilities Act. Reasonable accommodation in the testing process may be requested through Human Resources. Veterans' preference applies per C.R.S. 24-50-112.`,
  resumes: [
    {
      id: "911-01-strong",
      label: "strong",
      grade: 10,
      missingMustHave: false,
      note: "Nine years in a consolidated ECC, CTO, fire/EMS/law radio, EMD and APCO PST, NCIC full access, 62 net WPM tested; writes in dispatch shorthand ('call-take', 'ProQA', 'talkgroups', 'working fire'), not the bulletin's wording.",
      answers: [
        { question: CERT_Q, answer: "Yes — APCO PST (exp. 2028), IAED EMD (exp. 2027)" },
        { question: WPM_Q, answer: "62 net, CritiCall, March 2026" },
        { question: SHIFT_Q, answer: "Yes" },
      ],
      resumeText: `KAYLA BRENNAN
Fort Collins, CO

Emergency Communications Specialist III / CTO — Weld County Regional Communications Center — Feb 2019 – Present
• Call-take and dispatch for 14 agencies (sheriff, 6 PDs, 5 fire districts, 2 EMS) on a P25 system; work all consoles incl. fire main and tac talkgroups
• ProQA Paramount EMD on ~1,100 calls/month; CPR instructions credited in 3 documented saves (Lifesaving Award 2023)
• CTO: trained 11 new hires through the full call-taking/radio program, 10 released to solo
• CAD: Hexagon I/CAD; CCIC/NCIC full-access operator
• Handled radio for multi-alarm working fires and the 2024 High Park wildfire evacuations

Dispatcher — Greeley Police Department Communications — 2017 – 2019
• 9-1-1 call-taking and law radio for a PSAP of 110k population

Certifications: APCO Public Safety Telecommunicator 1 · IAED Emergency Medical Dispatcher · APCO CTO · CCIC/NCIC Full Access · CPR/AED
Typing: 62 nwpm (CritiCall 2026)`,
    },
    {
      id: "911-02-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Prose summary: six years as a Texas 'Telecommunicator' (TCOLE licence = state certification) and EMD via Priority Dispatch, call-taking and radio in a sheriff's ECC, 55 WPM. Everything in, slightly less fire radio than the top candidate.",
      answers: [
        { question: CERT_Q, answer: "Yes: TCOLE Telecommunicator license (Intermediate) and EMD through Priority Dispatch, both current" },
        { question: WPM_Q, answer: "55" },
        { question: SHIFT_Q, answer: "Yes, I've worked 12s on nights for four years" },
      ],
      resumeText: `Marcus Delgado

I've spent the last six years answering 9-1-1 and working the radio for the Travis County Sheriff's Office Emergency Communications Center, which takes calls for the unincorporated county and dispatches deputies, ESD fire and Travis County EMS. I work every position on the floor — call-taker, law radio, fire/EMS radio and the TCIC/NCIC terminal — on rotating 12-hour nights. I hold an Intermediate Telecommunicator license from TCOLE and am certified in Emergency Medical Dispatch through Priority Dispatch (IAED), and I type 55 wpm net. I am moving to Colorado with my family in early 2027.

Work history
Telecommunicator II, Travis County Sheriff's Office ECC — 08/2020 to present
Telecommunicator I, Travis County Sheriff's Office ECC — 11/2019 to 08/2020 (trainee through solo release)
Customer Service Supervisor, H-E-B — 2015 to 2019

Bilingual English/Spanish.`,
    },
    {
      id: "911-03-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "California 'Public Safety Dispatcher II' with a POST Dispatcher certificate (the state equivalent), 'EMD card', 'keyboarding 48 nwpm', 'PSAP', '24/7 rotation'; never uses the bulletin's title or cert names, but meets every minimum.",
      answers: [
        { question: CERT_Q, answer: "POST Public Safety Dispatcher Basic + EMD (APCO), both current" },
        { question: WPM_Q, answer: "48 nwpm" },
        { question: SHIFT_Q, answer: "Yes" },
      ],
      resumeText: `Jennifer Tran — Public Safety Dispatcher II
Sacramento, CA

PROFESSIONAL EXPERIENCE
Public Safety Dispatcher II, Sacramento Regional Fire/EMS Communications Center | 2021 – Present
- Primary PSAP call processing and fire/medical radio for 9 fire agencies; MDC and AVL unit recommendations
- Medical call triage with APCO EMD guidecards; pre-arrival instructions including CPR and childbirth
- 24/7 rotation, 12-hour shifts; holdover and force-backs as needed

Communications Officer, Elk Grove Police Department | 2019 – 2021
- Law-enforcement radio, CLETS/NCIC queries, wants/warrants confirmation

Training: CA POST Public Safety Dispatcher Basic Course certificate (2019); EMD card (APCO, current); keyboarding 48 nwpm`,
    },
    {
      id: "911-04-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Skills list names every requirement (911, EMD, APCO PST, CAD, NCIC, 40 WPM); work history is a cable-company call center and retail. No PSAP experience or certification.",
      answers: [
        { question: CERT_Q, answer: "Yes" },
        { question: WPM_Q, answer: "40+" },
        { question: SHIFT_Q, answer: "Yes" },
      ],
      resumeText: `Brittany Cole

Skills
9-1-1 call taking · Public Safety Telecommunicator · APCO PST · EMD · Emergency Medical Dispatch · CAD · NCIC/CCIC · radio dispatch · PSAP · TTY/TDD · multitasking · 40 WPM typing · rotating shifts · CTO

Experience
Customer Care Representative, Comcast Xfinity — 2022 – Present
Answer inbound billing and outage calls; average handle time under 6 minutes.

Sales Associate, Ulta Beauty — 2019 – 2022`,
    },
    {
      id: "911-05-no-emd",
      label: "missing-must-have",
      grade: 4,
      missingMustHave: true,
      note: "Three years in a law-enforcement-only PSAP with APCO PST and good typing, but no EMD certification (medical calls were transferred to the fire center) — says so.",
      answers: [
        { question: CERT_Q, answer: "APCO PST yes. EMD no — our center transferred medical calls, so I was never certified." },
        { question: WPM_Q, answer: "51" },
        { question: SHIFT_Q, answer: "Yes" },
      ],
      resumeText: `Tanner Mills
Police Dispatcher

Dispatcher, Loveland Police Department Communications — Jun 2023 – Present
- Answer 9-1-1 and non-emergency lines for the city PSAP; medical and fire calls transferred to the county fire/EMS center
- Law radio, traffic stops, pursuits; CCIC/NCIC entries and queries
- Tyler New World CAD

Records Clerk, Loveland Police Department — 2021 – 2023

Certifications: APCO Public Safety Telecommunicator 1 (2023) · CCIC/NCIC
Typing: 51 net wpm`,
    },
    {
      id: "911-06-adjacent",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "Alarm central-station operator: takes emergency signals, calls PSAPs, types fast, CSAA-certified — the right tools, but never worked in a PSAP and holds no telecommunicator or EMD certification.",
      answers: [
        { question: CERT_Q, answer: "I have CSAA Level I and II operator certification" },
        { question: WPM_Q, answer: "58" },
        { question: SHIFT_Q, answer: "Yes, I work overnights now" },
      ],
      resumeText: `Derek Santos
Central Station Operator III — Vector Security Monitoring Center, Denver — 2020 – Present
Process burglary, fire, panic and medical alarm signals in Manitou automation software; verify with premises and call the correct 9-1-1 center to request dispatch; handle 250+ signals per overnight shift. CSAA Level I and II certified operator. Overnight 12-hour shifts.

Security Officer, Allied Universal — 2018 – 2020

Typing 58 wpm`,
    },
    {
      id: "911-07-threshold",
      label: "threshold-miss",
      grade: 3,
      missingMustHave: true,
      note: "Three years in a PSAP with APCO PST and EMD, but last tested net typing 38 WPM against a hard minimum of 40 ('applicants who do not meet this minimum will not advance'); on a civil-service minimum this is a must-have not met.",
      answers: [
        { question: CERT_Q, answer: "Yes, both current" },
        { question: WPM_Q, answer: "38 net (CritiCall, 2025)" },
        { question: SHIFT_Q, answer: "Yes" },
      ],
      resumeText: `Olivia Grant

EXPERIENCE
9-1-1 Telecommunicator, Mesa County Regional Communications — Oct 2023 – Present
· Call-taking and fire/EMS radio for Grand Junction and Mesa County agencies
· EMD (IAED) pre-arrival instructions; Spillman CAD
Telecommunicator Trainee, Mesa County — Jul 2023 – Oct 2023

CERTIFICATIONS
APCO PST · IAED EMD · CPR
Typing: 38 net WPM (CritiCall, 2025)`,
    },
    {
      id: "911-08-overqualified",
      label: "overqualified",
      grade: 5,
      missingMustHave: false,
      note: "Eighteen-year career, last eight as ECC deputy director doing budgets, NG911 migration and policy; certs kept current, but has not worked a console shift in years and would be a director-level hire into a line position.",
      answers: [
        { question: CERT_Q, answer: "Yes, both kept current" },
        { question: WPM_Q, answer: "Around 50, last tested 2017" },
        { question: SHIFT_Q, answer: "Yes if needed, though I'd hope to move into supervision" },
      ],
      resumeText: `Patricia Nunez, ENP
Emergency Communications Executive

Deputy Director, Adams County Communications Center — 2018 – Present
Oversee operations for a 95-seat consolidated ECC; $14M budget; led NG911/ESInet migration and CAD replacement; CALEA accreditation manager.
Operations Manager, Adams County Communications Center — 2014 – 2018
Dispatch Supervisor, Thornton Police Communications — 2011 – 2014
Dispatcher, Thornton Police Communications — 2008 – 2011

Certifications: ENP (NENA) · APCO PST · IAED EMD · APCO Communications Center Manager
Education: B.S. Public Administration, Regis University`,
    },
    {
      id: "911-09-mixed",
      label: "mixed",
      grade: 5,
      missingMustHave: false,
      note: "Part-time 911 call-taker for two years in a rural PSAP (about a year of full-time hours), certifications current, typing 'about 40, not recently tested', no radio experience; some minimums met, others only partly.",
      answers: [
        { question: CERT_Q, answer: "Yes — APCO PST and APCO EMD" },
        { question: WPM_Q, answer: "About 40, I haven't been tested since hire" },
        { question: SHIFT_Q, answer: "Yes" },
      ],
      resumeText: `Hannah Fields
Sterling, CO

Part-Time 9-1-1 Call-Taker (24 hrs/week) — Logan County Communications — 2024 – Present
Answer 9-1-1 and admin lines, enter calls in CAD for the dispatcher; EMD instructions on medical calls. Radio is handled by the full-time dispatcher.

Pharmacy Technician (part-time) — Walgreens — 2021 – Present

Certifications: APCO Public Safety Telecommunicator, APCO EMD, CPR`,
    },
    {
      id: "911-10-expired",
      label: "expired-credential",
      grade: 4,
      missingMustHave: true,
      note: "Five good years as a PSAP dispatcher, but that ended in 2020 (outside the 'within the last five years' window) and both certifications lapsed in 2021; minimums on currency not met.",
      answers: [
        { question: CERT_Q, answer: "I held both; they lapsed in 2021. I can recertify." },
        { question: WPM_Q, answer: "52 when last tested" },
        { question: SHIFT_Q, answer: "Yes" },
      ],
      resumeText: `Steven Kowalski

Office Manager, Front Range Dental Group — 2020 – Present
Scheduling, billing, insurance verification for a four-dentist practice.

Emergency Dispatcher, Boulder Regional Communications Center — 2015 – 2020
9-1-1 call-taking, police and fire radio, EMD on medical calls, CTO for two trainees.

Certifications (lapsed 2021): APCO PST, IAED EMD, CTO`,
    },
    {
      id: "911-11-sparse",
      label: "sparse",
      grade: 6,
      missingMustHave: false,
      note: "Three lines: PSAP dispatcher since 2021, 'TCOLE, EMD, 47 wpm'. The minimums are all there but nothing about scope, radio or CAD.",
      answers: [
        { question: CERT_Q, answer: "Yes" },
        { question: WPM_Q, answer: "47" },
        { question: SHIFT_Q, answer: "Yes" },
      ],
      resumeText: `Luis Ybarra
Dispatcher, Harris County Emergency Communications — 2021–present
TCOLE Telecommunicator · EMD · 47 wpm`,
    },
  ],
};
