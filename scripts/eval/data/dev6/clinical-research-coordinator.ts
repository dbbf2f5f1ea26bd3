import type { EvalPosting } from "../types";

const YEARS_Q = "How many years have you coordinated interventional clinical trials at a research site?";
const DEGREE_Q = "Do you have a bachelor's degree?";
const SPONSOR_Q = "Will you now or in the future require sponsorship for employment visa status?";

export const clinicalResearchCoordinator: EvalPosting = {
  id: "clinical-research-coordinator",
  split: "dev",
  field: "clinical research / clinical trials",
  style:
    "long corporate ad: 'About us' blurb, 'What you'll do' responsibilities, 'What you bring' requirements (years, degree, GCP certificate), 'Nice to have', benefits list and an EEO statement",
  jobTitle: "Clinical Research Coordinator II – Oncology",
  companyName: "Meridian Health Research Institute",
  jobDescription: `Clinical Research Coordinator II – Oncology
Meridian Health Research Institute · Columbus, OH · Full-time · On-site (hybrid 1 day/week after training)
Req ID: MHRI-26-1183

About us
Meridian Health Research Institute is the research arm of Meridian Health, a seven-hospital system serving central Ohio. Our oncology research program runs more than 140 active trials — from first-in-human Phase I studies to NCI cooperative group trials — and enrolled 1,200 participants last year. We believe every patient deserves access to tomorrow's treatments today, and our coordinators are at the center of making that happen. Meridian has been named a Top Workplace by the Columbus Dispatch four years running.

What you'll do
- Coordinate a portfolio of 8–12 industry-sponsored and cooperative group oncology trials (Phase I–III) from site activation through close-out.
- Screen and pre-screen patients against eligibility criteria, working closely with investigators, oncology nurses and clinic staff.
- Conduct and document the informed consent process in line with ICH E6(R3) Good Clinical Practice, FDA regulations (21 CFR Parts 50, 56 and 312) and Meridian SOPs.
- Schedule and coordinate study visits, procedures and imaging; collect, process and ship specimens (IATA-certified shipping training provided).
- Enter data into sponsor EDC systems (Medidata Rave, Oracle InForm, Veeva Vault EDC) and resolve queries within 5 business days; maintain source documentation with 95%+ accuracy at monitoring visits.
- Report adverse events and serious adverse events within required timelines.
- Prepare IRB submissions (initial, amendments, continuing review, deviations) and maintain regulatory binders.
- Host monitoring visits and support sponsor audits and FDA inspections.
- Track visits and payments in our CTMS (OnCore).
- Mentor CRC I staff and research assistants.

What you bring
- Bachelor's degree in a life science, nursing, public health or related field (required).
- At least 2 years of experience coordinating interventional clinical trials at a research site (hospital, academic medical center or site network).
- Current Good Clinical Practice (GCP) training certificate (CITI, NIDA or TransCelerate-recognized), or willingness to complete it before start.
- Hands-on experience with sponsor EDC systems and query resolution.
- Working knowledge of IRB processes and regulatory document management.
- Excellent organization, attention to detail, and the ability to manage competing priorities.

Nice to have
- ACRP CCRC or SOCRA CCRP certification.
- Oncology trial experience, including RECIST assessments.
- Phlebotomy certification.
- Experience with Epic and OnCore.
- Bilingual English/Spanish or Somali.

What we offer
- Medical, dental and vision plans starting on your first day
- 403(b) retirement plan with up to 6% employer match
- 25 days PTO plus 8 paid holidays
- $5,250/year tuition assistance and paid ACRP/SOCRA certification exams
- Free parking, on-site fitness center and employee wellness program
- Career ladder from CRC I through Senior CRC and Research Manager

Meridian Health Research Institute is unable to sponsor or take over sponsorship of employment visas for this position.

Meridian Health is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability, protected veteran status, or any other characteristic protected by law. Meridian Health is a drug-free, tobacco-free workplace; COVID-19 and influenza vaccinations are a condition of employment, subject to exemptions.`,
  resumes: [
    {
      id: "crc-01-strong",
      label: "strong",
      grade: 10,
      missingMustHave: false,
      note: "Six years coordinating oncology Phase I–III trials at an NCI cancer center, CCRC, B.S. Biology, Rave/InForm/OnCore, IRB work, clean FDA inspection, RECIST and phlebotomy; written in trial-site shorthand (ICF, SIV, AE/SAE, IP, ISF) rather than the ad's sentences.",
      answers: [
        { question: YEARS_Q, answer: "6" },
        { question: DEGREE_Q, answer: "Yes, B.S. Biology" },
        { question: SPONSOR_Q, answer: "No" },
      ],
      resumeText: `Rachel Okonkwo, BS, CCRC
Columbus, OH

EXPERIENCE
Senior Clinical Research Coordinator — The James Cancer Hospital (OSUCCC), GI & Phase I Programs | Jan 2021 – Present
• Carry 10–14 studies at a time (Phase I dose-escalation, Phase II/III industry and NRG/SWOG); 38 enrollments in FY25, top of the unit
• Run ICF discussions with patients and families, eligibility packets for PI sign-off, C1D1 logistics, PK timepoints
• AE/SAE capture and reporting; RECIST 1.1 tumor measurement tracking with radiology
• Data in Rave, InForm and Veeva; query aging under 3 days across my portfolio
• Hosted 40+ IMVs; FDA BIMO inspection 2024 — no 483 observations on my studies
• Mentor 3 CRC Is; wrote the unit's SOP for remote source verification

Clinical Research Coordinator — Nationwide Children's Hospital, Hematology | Jun 2018 – Dec 2020
• COG and industry trials; IRB submissions (new studies, amendments, CRs, deviations) and ISF upkeep
• Processed and shipped PK/biomarker samples (IATA Div. 6.2)

EDUCATION & CREDENTIALS
B.S. Biology, The Ohio State University, 2018
ACRP Certified Clinical Research Coordinator (CCRC) · CITI GCP & HSP (current) · Phlebotomy (NHA CPT)
Systems: OnCore, Epic/Beacon, Rave, InForm, Veeva Vault EDC, Florence eBinders`,
    },
    {
      id: "crc-02-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Summary-paragraph resume: five years as a 'study coordinator' on cardiology device and drug trials at a site network, CCRP, B.S., EDC/IRB/monitoring all described in own words; not oncology, a minor gap.",
      answers: [
        { question: YEARS_Q, answer: "5 years" },
        { question: DEGREE_Q, answer: "Yes — B.S. in Health Sciences" },
        { question: SPONSOR_Q, answer: "No, U.S. citizen" },
      ],
      resumeText: `Benjamin Adler, CCRP

Study coordinator with five years running sponsor-funded Phase II/III drug and pivotal device trials at a multi-specialty site network. I handle a study end to end: feasibility and site initiation, pre-screening charts in Epic, consenting patients, coordinating visits and procedures, casebook entry in Medidata and Veeva, clearing monitor findings, and keeping the reg binder and IRB file audit-ready (Advarra and WCG). Averaged under 2% error rate on source-to-CRF review across 30+ monitoring visits. SOCRA Certified Clinical Research Professional since 2023; CITI GCP renewed 2026.

Experience
Clinical Research Coordinator II, Ohio Heart Research Partners, Dublin OH — 2023 – Present
Clinical Research Coordinator I, Ohio Heart Research Partners — 2021 – 2023
Research Assistant, University of Cincinnati Cardiology — 2019 – 2021 (observational registries)

Education
B.S. Health Sciences, University of Cincinnati, 2019`,
    },
    {
      id: "crc-03-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Titles 'Clinical Trial Associate', 'Research Specialist' and 'Study Manager (site)'; 'ICH-GCP (CITI)', 'eCRF completion and DCF resolution', 'ethics committee submissions', 'TMF/ISF'. Three years at an academic site; every must-have met in other words.",
      answers: [
        { question: YEARS_Q, answer: "3" },
        { question: DEGREE_Q, answer: "Yes, B.Sc. Biochemistry" },
        { question: SPONSOR_Q, answer: "No" },
      ],
      resumeText: `Priya Raman
Cleveland, OH

Research Specialist — University Hospitals Seidman Cancer Center | 09/2023 to present
- Site-level study management for 9 sponsor-initiated breast and lung cancer protocols
- Patient recruitment, eligibility verification, consent discussions and re-consents after amendments
- eCRF completion and DCF resolution in Medidata; source document preparation
- Ethics committee (IRB) submissions, ISF maintenance, delegation logs

Clinical Trial Associate — Case Western Reserve University, Dept. of Medicine | 08/2022 to 09/2023
- Visit scheduling and sample processing for a Phase II rheumatology trial; query clean-up before database lock

Education: B.Sc. Biochemistry, Kent State University
Training: ICH-GCP (CITI Program, 2025), IATA dangerous goods`,
    },
    {
      id: "crc-04-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Skills block lists every requirement (CRC, GCP, Rave, OnCore, IRB, CCRC); experience is medical-office reception and a marketing internship at a CRO. No trial coordination; no degree in a related field stated.",
      answers: [
        { question: YEARS_Q, answer: "2" },
        { question: DEGREE_Q, answer: "Yes" },
        { question: SPONSOR_Q, answer: "No" },
      ],
      resumeText: `Ashley Morgan

CORE SKILLS
Clinical Research Coordinator · Good Clinical Practice (GCP) · ICH E6 · informed consent · Medidata Rave · Oracle InForm · Veeva · OnCore · IRB submissions · regulatory binders · AE/SAE reporting · oncology · Phase I–III · CCRC · RECIST · phlebotomy · Epic

EXPERIENCE
Front Desk Receptionist, Westerville Family Medicine — 2023 – Present
Check patients in, verify insurance, schedule appointments in Epic.

Marketing Intern, Velocity Clinical Research (corporate office) — Summer 2022
Posted patient recruitment ads on social media.

EDUCATION
B.A. Communications, Otterbein University`,
    },
    {
      id: "crc-05-no-degree",
      label: "missing-must-have",
      grade: 4,
      missingMustHave: true,
      note: "Capable CRC with three years on oncology trials, but holds an associate degree only and says so; the ad makes the bachelor's degree a stated requirement.",
      answers: [
        { question: YEARS_Q, answer: "3" },
        { question: DEGREE_Q, answer: "No — A.A.S. Medical Assisting; I'm two semesters into a bachelor's online" },
        { question: SPONSOR_Q, answer: "No" },
      ],
      resumeText: `Destiny Howard, CCMA

Clinical Research Coordinator, Zangmeister Cancer Center, Columbus — 2023 – Present
- Coordinate 7 industry oncology trials: screening, consent, visit scheduling, labs and ECGs
- Data entry and query resolution in Rave and InForm; AE logs; IRB amendments with the regulatory team
Medical Assistant, Mount Carmel Hematology/Oncology — 2019 – 2023

Education: A.A.S. Medical Assisting, Columbus State Community College (2019); currently enrolled, B.S. Health Services Administration (expected 2028)
Certifications: CITI GCP, Certified Clinical Medical Assistant, phlebotomy`,
    },
    {
      id: "crc-06-adjacent",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "Clinical data manager at a CRO: builds EDC studies, runs query management, knows GCP — right tools, but has never worked at a site, consented a participant or run a study visit.",
      answers: [
        { question: YEARS_Q, answer: "None at a site; 4 years in clinical data management" },
        { question: DEGREE_Q, answer: "Yes, B.S. Statistics" },
        { question: SPONSOR_Q, answer: "No" },
      ],
      resumeText: `Nathan Ebert
Clinical Data Manager II — Syneos Health (remote) — 2022 – Present
Build and test eCRFs in Medidata Rave; write edit checks and data management plans; issue and close queries with sites; lead database lock for Phase II/III oncology studies. GCP trained.
Clinical Data Associate — PPD, Wilmington NC — 2021 – 2022
Education: B.S. Statistics, Miami University`,
    },
    {
      id: "crc-07-part-time",
      label: "off-target",
      grade: 4,
      missingMustHave: false,
      note: "Experienced CRC (eight years, CCRP) who wants a part-time, fully remote regulatory role; the posting is a full-time, on-site patient-facing coordinator job.",
      answers: [
        { question: YEARS_Q, answer: "8" },
        { question: DEGREE_Q, answer: "Yes" },
        { question: SPONSOR_Q, answer: "No" },
      ],
      resumeText: `Laura Fitzgerald, BSN, CCRP

Objective: Part-time (20–24 hrs/week), fully remote position in regulatory or start-up coordination; not seeking patient-facing work at this time.

Clinical Research Coordinator III, Cleveland Clinic Taussig Cancer Institute — 2017 – 2025
Coordinated Phase I–III oncology trials; consent, visits, SAE reporting, Rave and OnCore; led site start-up for 25 studies.
Staff Nurse, Oncology Infusion, Cleveland Clinic — 2013 – 2017

Education: BSN, Ohio University · CITI GCP current`,
    },
    {
      id: "crc-08-threshold",
      label: "threshold-miss",
      grade: 6,
      missingMustHave: false,
      note: "One year ten months coordinating interventional trials against 'at least 2 years'; B.S., GCP, Rave, IRB submissions all present; just short rather than clearly out.",
      answers: [
        { question: YEARS_Q, answer: "Just under 2 (since January 2025)" },
        { question: DEGREE_Q, answer: "Yes, B.S. Neuroscience" },
        { question: SPONSOR_Q, answer: "No" },
      ],
      resumeText: `Sophie Larkin

EXPERIENCE
Clinical Research Coordinator I, OhioHealth Research Institute — Jan 2025 – Present
• Coordinate 6 interventional neurology and oncology trials (Phase II–III)
• Consent, eligibility, visit coordination, specimen processing and shipping
• Medidata Rave entry and query resolution; IRB amendments and continuing reviews

Research Assistant, Ohio State Wexner Medical Center, Psychiatry — Aug 2023 – Dec 2024
• Recruitment and surveys for observational studies (REDCap)

EDUCATION
B.S. Neuroscience, The Ohio State University, 2023
CITI GCP (2025)`,
    },
    {
      id: "crc-09-mixed",
      label: "mixed",
      grade: 5,
      missingMustHave: false,
      note: "Two and a half years as a research coordinator, but on observational and registry studies in REDCap rather than interventional sponsor trials with EDC; B.A. Psychology, GCP current. Some must-haves met, trial and EDC experience only partial.",
      answers: [
        { question: YEARS_Q, answer: "2.5 years, mostly observational studies and one investigator-initiated drug trial" },
        { question: DEGREE_Q, answer: "Yes" },
        { question: SPONSOR_Q, answer: "No" },
      ],
      resumeText: `Marcus Webb

Research Coordinator, Nationwide Children's Hospital — Center for Biobehavioral Health | May 2024 – Present
Consent and enroll families in observational and registry studies; build REDCap surveys and manage data; IRB modifications and annual reviews. Helped on one investigator-initiated drug pilot (12 participants).

Research Assistant, Nationwide Children's Hospital | 2023 – 2024

B.A. Psychology, Denison University, 2023 · CITI GCP and Human Subjects Research (current)`,
    },
    {
      id: "crc-10-no-auth",
      label: "no-work-authorisation",
      grade: 3,
      missingMustHave: true,
      note: "Strong oncology site coordinator (five years at a major cancer hospital, M.Pharm, GCP, Rave) but currently on OPT and will need H-1B sponsorship; the posting cannot sponsor.",
      answers: [
        { question: YEARS_Q, answer: "5" },
        { question: DEGREE_Q, answer: "Yes, B.Pharm and M.Pharm" },
        { question: SPONSOR_Q, answer: "Yes — I am on STEM OPT and will need H-1B sponsorship" },
      ],
      resumeText: `Ananya Krishnan, M.Pharm
Clinical Research Coordinator

Clinical Research Coordinator, Tata Memorial Centre, Mumbai — 2019 – 2024
Coordinated 11 global Phase II/III oncology trials: screening, informed consent in Marathi/Hindi/English, SAE reporting, Rave and InForm data entry, ethics committee submissions; hosted sponsor audits.

Graduate Research Assistant, University of Cincinnati, M.S. Clinical Research program — 2024 – 2026

Education: M.S. Clinical Research (Univ. of Cincinnati, 2026), M.Pharm and B.Pharm (Mumbai University)
ICH-GCP certified (NIDA, 2025). Work authorisation: STEM OPT, requires H-1B sponsorship.`,
    },
    {
      id: "crc-11-unusual-order",
      label: "unusual-order",
      grade: 7,
      missingMustHave: false,
      note: "Credentials and skills first, then experience oldest-first: B.S. Nursing, GCP, three years as a research nurse-coordinator on Phase II/III trials with Rave and IRB work; solid but less breadth than the strong pair.",
      answers: [
        { question: YEARS_Q, answer: "3" },
        { question: DEGREE_Q, answer: "Yes, BSN" },
        { question: SPONSOR_Q, answer: "No" },
      ],
      resumeText: `Credentials: BSN (Capital University, 2019) · RN, Ohio · CITI Good Clinical Practice, current
Skills: consent · eligibility review · study visit coordination · Medidata Rave · IRB (Advarra) · AE/SAE reporting · Epic

Experience, in order
2019 – 2023  RN, Medical Oncology Floor, Riverside Methodist Hospital
2023 – present  Research Nurse Coordinator, OhioHealth Cancer Research — Phase II/III pharma trials in lung and GI cancers; treatment-day visits, consent, toxicity grading (CTCAE), source notes and query resolution, IRB submissions with the regulatory coordinator

Name: Elena Markovic, RN · Grove City, OH`,
    },
  ],
};
