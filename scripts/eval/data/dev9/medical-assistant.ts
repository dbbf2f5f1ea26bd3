import type { EvalPosting } from "../types";

const CERT_Q =
  "Do you possess a current, full and unrestricted certification as a Medical Assistant (CMA-AAMA, RMA-AMT, NCMA-NCCT or CCMA-NHA)? If yes, list the certifying body and expiration date.";
const SPEC_Q =
  "Select the statement that best describes your experience: (A) I have at least one year of specialized experience equivalent to the GS-6 level performing the clinical medical assistant duties described; (B) I do not have this experience.";
const BLS_Q = "Do you hold a current American Heart Association BLS for Healthcare Providers card (or equivalent)?";

export const medicalAssistant: EvalPosting = {
  id: "medical-assistant",
  split: "dev",
  field: "healthcare (certified medical assistant, federal outpatient primary care clinic)",
  style:
    "USAJobs federal posting: header block (series, grade, salary, appointment type), 'Duties', 'Requirements' with 'Conditions of Employment', 'Qualifications' defining 'Specialized Experience' at the next lower grade, 'Education', 'Additional information' and 'How You Will Be Evaluated'",
  jobTitle: "Health Technician (Medical Assistant)",
  companyName: "Department of Veterans Affairs, Veterans Health Administration",
  jobDescription: `Health Technician (Medical Assistant)
Department of Veterans Affairs
Veterans Health Administration
Tennessee Valley Healthcare System – Clarksville Community Based Outpatient Clinic

Overview
Open & closing dates: 10/14/2026 to 11/04/2026
Salary: $47,210 - $61,378 per year
Pay scale & grade: GS 07
Location: 1 vacancy in Clarksville, TN
Remote job: No · Telework eligible: No · Travel Required: Not required
Relocation expenses reimbursed: No
Appointment type: Permanent
Work schedule: Full-time
Service: Competitive
Promotion potential: 7
Job family (Series): 0640 Health Aid And Technician
Supervisory status: No
Security clearance: Not Required
Drug test: Yes
Announcement number: CBDB-12894012-26-RH
Control number: 812345600

This job is open to: Career transition (CTAP, ICTAP, RPL); Federal employees - Competitive service; Veterans; The public (U.S. Citizens)

Duties
This position is located in the Primary Care (Patient Aligned Care Team, PACT) service line at the Clarksville CBOC. The Health Technician (Medical Assistant) is a member of the PACT teamlet and performs a full range of clinical support duties for Veterans under the direction of the provider and RN Care Manager. Major duties include but are not limited to:
- Escorts Veterans to exam rooms; obtains and records vital signs, height, weight, pain score and chief complaint in the Computerized Patient Record System (CPRS)
- Completes clinical reminders and screening tools (depression, PTSD, suicide risk, alcohol use, fall risk) and flags positive screens to the provider
- Performs venipuncture and capillary sticks, collects and labels specimens, and performs CLIA-waived point-of-care tests (glucose, INR, urine dip, rapid strep)
- Performs 12-lead electrocardiograms
- Administers immunizations and medications (IM, subcutaneous, intradermal) as ordered, and documents in the medical record
- Assists providers with minor procedures, wound care and dressing changes
- Processes secure messages, prepares charts and performs pre-visit planning for next-day clinics
- Maintains exam rooms, stock and equipment; performs quality control checks
Work Schedule: Monday - Friday, 8:00 am - 4:30 pm
Financial Disclosure Report: Not required

Requirements
Conditions of Employment
- You must be a U.S. Citizen to apply for this job
- Selective Service Registration is required for males born after 12/31/1959
- You may be required to serve a probationary period
- Subject to background/security investigation
- Must be proficient in written and spoken English
- Selected applicants will be required to complete an online onboarding process
- Must pass pre-employment physical examination and drug screen
- Current BLS certification (American Heart Association or equivalent) is required at time of appointment and must be maintained

Qualifications
Basic Requirements:
- United States Citizenship: Non-citizens may only be appointed when it is not possible to recruit qualified citizens in accordance with VA Policy.
- Experience and Education. (a) Experience: Six months of experience in the medical assistant field; OR (b) Education: One year above high school with courses related to the medical assistant field; OR (c) Successful completion of a medical assistant training program (minimum 6 months) accredited by CAAHEP or ABHES.
- Certification: Candidates must possess a current, full and unrestricted certification as a Medical Assistant from one of the following: Certified Medical Assistant (CMA) through the American Association of Medical Assistants (AAMA); Registered Medical Assistant (RMA) through American Medical Technologists (AMT); National Certified Medical Assistant (NCMA) through the National Center for Competency Testing (NCCT); or Certified Clinical Medical Assistant (CCMA) through the National Healthcareer Association (NHA). Certification must be current at time of appointment.

GS-7 Grade Requirements
Specialized Experience: You must have at least one year of specialized experience equivalent to the GS-6 level in the normal line of progression (to a Medical Assistant) which includes: independently rooming patients and obtaining vital signs; performing venipuncture and point-of-care testing; performing 12-lead EKGs; administering intramuscular and subcutaneous injections and immunizations; and documenting patient care in an electronic health record.
Demonstrated Knowledge, Skills, and Abilities: In addition to the specialized experience above, candidates must demonstrate ALL of the following KSAs: (1) Knowledge of medical terminology and clinical procedures; (2) Ability to perform clinical procedures such as EKGs, venipuncture and injections; (3) Ability to communicate effectively with patients and team members; (4) Ability to use an electronic health record.
Experience refers to paid and unpaid experience, including volunteer work. Part-time experience will be credited according to the number of hours worked per week. To receive credit, your resume must show start and end dates (month/year) and hours per week for each position.

Education
There is no educational substitution for specialized experience at the GS-7 level.

Additional information
VA encourages persons with disabilities to apply. Veterans' preference applies. This position is in the bargaining unit. Receiving Service Credit or Term Leave for Annual Leave Accrual: a new employee may be eligible for service credit for prior non-federal work experience. Selectee may be required to work at other VA sites in the Tennessee Valley system.

How You Will Be Evaluated
You will be evaluated for this job based on how well you meet the qualifications above. Your application, including the online Assessment Questionnaire, will be reviewed to determine if you meet (a) minimum qualification requirements and (b) the resume supports the answers provided to the job-specific questions. Your resume must clearly support your responses to all the questions addressing experience and education relevant to this position. Applicants who meet the qualification requirements and are determined to be among the best qualified will be referred to the hiring manager. If your resume does not support your questionnaire answers, you may be found ineligible.

Required Documents: Resume showing dates (mm/yyyy) and hours per week; copy of medical assistant certification; DD-214 and SF-15 if claiming veterans' preference; transcripts if qualifying on education.`,
  resumes: [
    {
      id: "ma-01-strong",
      label: "strong",
      grade: 10,
      missingMustHave: false,
      note: "Federal-format resume: seven years full-time as an MA in family medicine and an Army TMC, hours per week and supervisors shown, CMA (AAMA) current to 2028, BLS current, rooming/VS, blood draws, 12-leads, IM/SubQ/ID injections and vaccines, POC A1c/INR/UA, Epic and then AHLTA. Written in the clinic's words, not the posting's.",
      answers: [
        { question: CERT_Q, answer: "Yes — CMA (AAMA), expires 06/2028" },
        { question: SPEC_Q, answer: "A" },
        { question: BLS_Q, answer: "Yes, AHA BLS, expires 03/2027" },
      ],
      resumeText: `ANGELA M. PRUITT
Clarksville, TN 37042 · Citizenship: U.S. Citizen · Veterans' Preference: 10-point (spouse derived) — SF-15 attached

WORK EXPERIENCE

Clinical Medical Assistant II
Premier Family Medicine, Clarksville, TN
04/2021 – Present · Hours per week: 40 · Salary: $21.50/hr
Supervisor: Linda Castellano, RN, Clinic Manager, (931) 555-0192 — May contact: Yes
- Room 24–30 pts per day for two family physicians: VS incl. orthostatics, ht/wt/BMI, pain scale, CC and HPI intake in Epic
- Draw labs (venipuncture, fingersticks, heel sticks on peds); run POC A1c, INR (CoaguChek), UA dip, strep, flu/COVID swabs; log QC daily
- Perform 12-lead ECGs and tracings for provider review
- Give IM, SubQ and ID injections: B12, Depo, Toradol, PPDs (place and read), all routine adult and childhood vaccines; VIS handouts; enter lots in TennIIS
- Set up and assist with I&Ds, lesion removals, IUD insertions; suture removal and wound dressings
- Work the MyChart inbox; pre-chart next-day schedule; PHQ-9/GAD-7 and fall screens

Medical Assistant (contract, GS-0640-05 equivalent)
Troop Medical Clinic, Fort Campbell, KY (via Logistics Health Inc.)
09/2019 – 03/2021 · Hours per week: 40
Supervisor: SFC Marcus Hale, NCOIC, (270) 555-0117 — May contact: Yes
- Sick call screening for active-duty soldiers; VS, immunization readiness (MEDPROS), ECGs for flight physicals; AHLTA documentation

CERTIFICATIONS
Certified Medical Assistant (CMA), American Association of Medical Assistants — #0884213, exp. 06/2028
BLS for Healthcare Providers, American Heart Association — exp. 03/2027

EDUCATION
Diploma, Medical Assisting (CAAHEP-accredited, 900 clock hours incl. 160-hr externship) — Miller-Motte College, Clarksville, TN, 08/2019`,
    },
    {
      id: "ma-02-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Former Army 68W medic, now three years a clinic MA in internal medicine; RMA (AMT) current; BLS as a 68W sustainment item; sticks, EKGs, shots, EHR. Hours per week not given for the Army years, the only reason it sits a notch under the first.",
      answers: [
        { question: CERT_Q, answer: "Yes, RMA (AMT), exp 12/2027" },
        { question: SPEC_Q, answer: "A" },
        { question: BLS_Q, answer: "Yes" },
      ],
      resumeText: `Marcus Bell
Oak Grove, KY · U.S. Citizen · 5-point preference veteran (DD-214 attached)

Professional summary
Combat medic turned clinic MA. Four years in uniform on sick call and in a battalion aid station, three more in a busy internal medicine practice. I draw blood, run EKGs, give shots and vaccines, room patients and chart in athenaOne all day.

Medical Assistant — Gateway Internal Medicine, Clarksville TN — Oct 2023 – Present (40 hrs/wk). Supervisor: Dr. Ruth Abernathy, (931) 555-0143, may contact.
  Intake and vitals for 3 internists, ~28 patients/day; phlebotomy; 12-lead EKG; IM/SQ meds and flu/shingles/pneumococcal vaccines; POC glucose and INR; athenaOne.
Health Care Specialist (68W), U.S. Army, 101st Airborne — Jun 2019 – Sep 2023
  Sick call and screening, IVs, injections, EKGs, vitals, AHLTA/MHS Genesis documentation; NREMT-B while serving.

Registered Medical Assistant (RMA), American Medical Technologists — current through 12/2027
BLS (AHA) current`,
    },
    {
      id: "ma-03-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Never says medical assistant, certification, venipuncture, EKG or BLS: 'Clinical Associate', 'CCMA (NHA)' under 'Credentials', 'phleb', 'ECG', 'rooming', 'shots', 'CPR/AED for healthcare providers'. Three years full-time in urgent care; every requirement met in other words.",
      answers: [
        { question: CERT_Q, answer: "CCMA, NHA — good through 2027" },
        { question: SPEC_Q, answer: "A" },
      ],
      resumeText: `Priya Raman
Hopkinsville, KY

Clinical Associate, FastPace Health Urgent Care — 09/2023 to Present, 36–40 hrs/wk (supervisor: Kay Dowd, PA-C, may contact)
• Rooming, vitals and triage notes in the EHR (Centricity) for walk-ins
• Phleb + fingersticks, rapid tests, UA; ECG tracings for chest-pain patients
• IM/SubQ shots and vaccines per standing orders; splinting and wound care setups
Patient Care Tech, Jennie Stuart Health (med-surg) — 01/2022 to 09/2023, 24 hrs/wk

Credentials: CCMA (NHA) 2022, renewed 2024; CPR/AED for Healthcare Providers (Red Cross), exp. 2027`,
    },
    {
      id: "ma-04-synonyms",
      label: "synonyms-only",
      grade: 7,
      missingMustHave: false,
      note: "'Clinical Support Technician' in a pediatric group, NCMA (NCCT) only as an acronym, 'blood draws', 'EKG strips', 'vaccine clinic'. About two years full-time, so the one-year specialized experience is met; BLS shown as 'BLS-HCP'. Pediatric focus and less procedure support keep it at 7.",
      answers: [{ question: SPEC_Q, answer: "A" }],
      resumeText: `Kelsey Tran — Clinical Support Technician

Clarksville Pediatric Group · Nov 2024 – Present · full time (40/wk)
Work the well-child and sick lines: growth, temps, pulse ox, vision/hearing screens; blood draws and lead/Hgb fingersticks; EKG strips for sports physicals; run the vaccine clinic (IM/SQ, VFC inventory and logs); charting in eClinicalWorks.

Tennova Healthcare · Patient Access Rep · 2022 – 2024

NCMA (NCCT) 2024 · BLS-HCP (AHA) exp. 10/2027`,
    },
    {
      id: "ma-05-keyword-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Keyword block copies the announcement (CMA, venipuncture, 12-lead EKG, CPRS, PACT, IM/subcutaneous injections) but the job history is front-desk scheduling; no certification listed and the questionnaire answer B admits no specialized experience.",
      answers: [
        { question: CERT_Q, answer: "No" },
        { question: SPEC_Q, answer: "B" },
      ],
      resumeText: `Tiffany Rowe
Clarksville TN

KEYWORDS: Health Technician, Medical Assistant, CMA, RMA, CCMA, vital signs, venipuncture, point-of-care testing, 12-lead electrocardiogram, immunizations, IM, subcutaneous, intradermal, CPRS, PACT, clinical reminders, BLS, EHR, medical terminology, HIPAA, patient care

Patient Scheduler, Tennova Clarksville — 05/2022 – Present, 40 hrs/wk
- Schedule appointments, verify insurance, check in patients, answer phones
Cashier, Walmart — 2019 – 2022

Clarksville High School, 2019`,
    },
    {
      id: "ma-06-missing",
      label: "missing-must-have",
      grade: 4,
      missingMustHave: true,
      note: "Six years of hands-on clinic MA work that would easily meet specialized experience, but she was trained on the job and has never been certified (resume and questionnaire say so). Certification is a basic requirement with no substitute.",
      answers: [
        { question: CERT_Q, answer: "No — on-the-job trained. Planning to sit for the CCMA." },
        { question: SPEC_Q, answer: "A" },
        { question: BLS_Q, answer: "Yes" },
      ],
      resumeText: `Rosa Villanueva
Clarksville, TN

Medical Assistant, Riverside OB/GYN — 02/2020 – Present, 40 hrs/week, Supervisor: Dana Crews (931) 555-0177
- Room patients, vitals, urine pregnancy and dip, venipuncture, Depo and RhoGAM injections, assist with colposcopy and IUDs, NextGen EHR
Medical Assistant, Family Health Partners — 06/2018 – 01/2020, 32 hrs/week

Not currently certified (trained on the job). AHA BLS current.`,
    },
    {
      id: "ma-07-adjacent",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "Hospital phlebotomist (ASCP PBT) with four years of draws and specimen processing; no vitals, EKG, injections or rooming, and no medical assistant certification. Adjacent and strong at one duty only.",
      answers: [
        { question: CERT_Q, answer: "PBT(ASCP) — phlebotomy" },
        { question: SPEC_Q, answer: "A" },
      ],
      resumeText: `Jerome Whitfield
Phlebotomist

Tennova Healthcare – Clarksville · Phlebotomy Technician II · 2022–Present · 40 hrs/wk
  Inpatient AM rounds and ED draws, ~60 sticks a shift; blood cultures; specimen processing, centrifuge, aliquoting; Cerner PathNet
Quest Diagnostics PSC · Phlebotomist · 2020–2022 · 30 hrs/wk

PBT (ASCP) 2020 · BLS current`,
    },
    {
      id: "ma-08-mixed",
      label: "mixed",
      grade: 6,
      missingMustHave: false,
      note: "CCMA current and BLS, about 15 months full-time, but in a dermatology and cosmetic practice: rooming, photos, biopsy setups, some injections; no EKGs, few blood draws. Meets certification and time; specialized experience only partly shown.",
      answers: [
        { question: CERT_Q, answer: "CCMA (NHA), exp 2027" },
        { question: SPEC_Q, answer: "A" },
        { question: BLS_Q, answer: "Yes" },
      ],
      resumeText: `Hannah Cole
Clarksville, TN

Medical Assistant, Skin & Laser Center of Middle Tennessee — Aug 2025 – Present (40 hrs/wk)
- Room patients, history and med rec in ModMed EMA, vitals
- Set up and assist for shave/punch biopsies, Mohs days, cryo; wound care and suture removal
- Give Kenalog and B12 injections; occasional blood draw for isotretinoin iPLEDGE labs
- Before/after photos, prior authorizations

CCMA (NHA) 2025 · BLS (AHA) 2025
Medical Assistant certificate, Austin Peay State University Continuing Ed, 2025 (includes 12-lead EKG lab)`,
    },
    {
      id: "ma-09-off-target",
      label: "off-target",
      grade: 4,
      missingMustHave: true,
      note: "Eight years as a medical office manager with a CMAA (administrative) credential: scheduling, billing, staff, front desk. Serious experience, but it's administrative; no clinical certification or hands-on clinical duties, so the specialized experience is not met.",
      answers: [
        { question: CERT_Q, answer: "CMAA (NHA) — Certified Medical Administrative Assistant" },
        { question: SPEC_Q, answer: "A" },
      ],
      resumeText: `Sandra Whitaker, CMAA
Clarksville TN

Practice Manager, Cumberland Orthopedics — 2018 – Present (40 hrs/wk)
  Manage 9 front-office and billing staff; provider templates and scheduling; payer credentialing; month-end AR reports; patient complaints; OSHA and HIPAA training.
Front Office Lead, Cumberland Orthopedics — 2015 – 2018

Certified Medical Administrative Assistant (CMAA), NHA
A.A.S. Business Administration, Nashville State`,
    },
    {
      id: "ma-10-threshold",
      label: "threshold-miss",
      grade: 3,
      missingMustHave: true,
      note: "CMA (AAMA) and BLS current and does every listed duty, but her paid MA work began 02/2026 (about 9 months full-time) plus a 160-hour externship: under the one year of specialized experience, and federal HR applies that line strictly.",
      answers: [
        { question: CERT_Q, answer: "Yes, CMA (AAMA) exp 2030" },
        { question: SPEC_Q, answer: "A" },
        { question: BLS_Q, answer: "Yes" },
      ],
      resumeText: `Olivia Grant
Clarksville, TN

Medical Assistant, Clarksville Family Practice — 02/2026 – Present, 40 hrs/week
Supervisor: Mark Ibsen, LPN, (931) 555-0101, may contact
- Rooming and vitals, venipuncture, 12-lead EKGs, IM/SubQ injections and vaccines, POC glucose/UA, eClinicalWorks charting

Externship (unpaid), Clarksville Family Practice — 10/2025 – 12/2025, 160 hours total

CMA (AAMA), 01/2026 · AHA BLS 2025
Diploma, Medical Assisting, Miller-Motte College (CAAHEP), 12/2025`,
    },
    {
      id: "ma-11-career-changer",
      label: "career-changer",
      grade: 7,
      missingMustHave: false,
      note: "Twelve years in retail management, then an MA program in 2023 and RMA; two and a half years full-time in a cardiology office (EKGs, Holter hookups, draws, injections, EHR). Meets every requirement; newer to the field and cardiology-focused.",
      answers: [
        { question: CERT_Q, answer: "RMA (AMT), exp 05/2027" },
        { question: SPEC_Q, answer: "A" },
        { question: BLS_Q, answer: "Yes" },
      ],
      resumeText: `David Okafor
Clarksville, TN

After twelve years running retail stores I went back to school for medical assisting. I now work in a cardiology clinic and love the patient side of the work.

Cardiology Medical Assistant — Heart Center of Clarksville — May 2024 – Present, 40 hrs/week
  Room patients and take vitals; 12-lead EKGs, Holter and event-monitor hookups; venipuncture for lipid/INR labs; POC INR; IM and SubQ injections (Lovenox teaching, flu vaccines); Epic charting and refill queue.
Store Manager, Dollar General — 2012 – 2023

Medical Assistant diploma, Fortis Institute (ABHES), 2024 · RMA (AMT) 2024 · BLS (AHA) 2026`,
    },
  ],
};
