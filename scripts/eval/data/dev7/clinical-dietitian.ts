import type { EvalPosting } from "../types";

const HCPC_Q = "Are you currently registered with the Health and Care Professions Council (HCPC) as a Dietitian?";
const SPONSOR_Q = "Will you require Skilled Worker visa sponsorship to work in the UK?";

export const clinicalDietitian: EvalPosting = {
  id: "clinical-dietitian",
  split: "dev",
  field: "clinical dietetics (acute hospital, NHS)",
  style:
    "UK NHS advert: job purpose, main duties, then a person specification table 'Criteria | Essential | Desirable | How assessed (A = Application, I = Interview)' grouped by Qualifications, Experience, Skills and knowledge, Other, plus NHS terms and sponsorship boilerplate",
  jobTitle: "Specialist Dietitian – Acute Medicine and Critical Care (Band 6)",
  companyName: "Northfield Teaching Hospitals NHS Foundation Trust",
  jobDescription: `Specialist Dietitian – Acute Medicine and Critical Care
Band 6 | £37,338 – £44,962 per annum (pro rata) | Permanent | 37.5 hours per week
Northfield General Hospital, with cross-site working at St Anne's Hospital
Reference: 312-AHP-2026-1184 | Closing date: 30 November 2026 (we may close this vacancy early if we receive a high number of applications)

Job overview
An exciting opportunity has arisen for an enthusiastic and motivated dietitian to join our friendly acute Nutrition and Dietetics team. You will provide a specialist dietetic service to adult inpatients on the acute medical wards and the 18-bedded Critical Care Unit, working closely with the Nutrition Support Team, speech and language therapists and the wider multidisciplinary team. You will participate in the weekend and bank holiday rota and supervise Band 5 dietitians and dietetic students on placement.

Main duties of the job
- Manage a specialist caseload of adult inpatients, including patients requiring enteral and parenteral nutrition, with minimal supervision.
- Assess nutritional status and requirements, identify patients at risk of refeeding syndrome and formulate, implement and evaluate evidence-based nutritional care plans.
- Attend ward rounds and MDT meetings on Critical Care and acute medicine, advising medical and nursing staff.
- Contribute to the Trust's nutrition screening (MUST) training and the IDDSI framework implementation.
- Supervise and support Band 5 dietitians, dietetic assistants and pre-registration students.
- Undertake audit, service evaluation and quality improvement projects.
- Maintain accurate, timely records in the Trust's electronic patient record (Cerner Millennium) in line with HCPC and BDA standards.

About us
Northfield Teaching Hospitals is a 900-bed acute trust serving 650,000 people. We are proud to be rated "Good" by the CQC, and our staff survey tells us our AHP teams are among the happiest in the region. We offer flexible working, a comprehensive preceptorship and CPD programme, the NHS Pension Scheme, 27 days' annual leave rising with service, salary sacrifice schemes, on-site nursery and staff car parking.

Person specification

Criteria | Essential | Desirable | How assessed
Qualifications
BSc (Hons) Dietetics, or PGDip/MSc Dietetics, or equivalent recognised dietetic qualification | Essential | | A
Current registration with the Health and Care Professions Council (HCPC) as a Dietitian | Essential | | A
Evidence of continuing professional development (CPD portfolio) | Essential | | A / I
Membership of the British Dietetic Association (BDA) | | Desirable | A
Post-registration module in nutrition support or critical care (e.g. BDA "Dietetic Management of Critical Illness") | | Desirable | A

Experience
A minimum of 2 years' post-registration experience as a dietitian, including acute adult inpatient work | Essential | | A / I
Experience of managing patients on enteral tube feeding and parenteral nutrition | Essential | | A / I
Experience in Critical Care / ICU | | Desirable | A / I
Experience of supervising students or junior staff | | Desirable | A / I
Participation in audit or quality improvement | | Desirable | A / I

Skills and knowledge
Knowledge of refeeding syndrome, nutrition screening (MUST) and current NICE guidance (CG32) | Essential | | I
Excellent written and verbal communication skills, including with patients, carers and the MDT | Essential | | A / I
Ability to prioritise a complex caseload and work under pressure | Essential | | I
Knowledge of the IDDSI framework | | Desirable | I
IT skills, including experience of an electronic patient record | Essential | | A

Other
Able to participate in the weekend and bank holiday rota | Essential | | A / I
Able to travel between Trust sites in a timely manner | Essential | | A

Additional information
This post is subject to an enhanced DBS check. We welcome applications from overseas candidates; this post may be eligible for Skilled Worker sponsorship, but applicants must hold full HCPC registration at the point of application. Please use your supporting statement to demonstrate how you meet each of the essential and desirable criteria. We are committed to equality, diversity and inclusion and are a Disability Confident Leader; applicants with a disability who meet the essential criteria will be guaranteed an interview. Informal enquiries to the Acute Dietetic Team Lead on 01632 960 418.`,
  resumes: [
    {
      id: "diet-01-strong",
      label: "strong",
      grade: 10,
      missingMustHave: false,
      note: "Six years HCPC-registered, the last three as a critical care dietitian: PN with the NST, EN protocols, refeeding, ESPEN/ASPEN, BDA critical care module, student educator, published audit. Written in the specialty's own shorthand (PN, NGT/NJ, REE, ICS guidelines) rather than the person spec's wording.",
      answers: [
        { question: HCPC_Q, answer: "Yes — DT034217" },
        { question: SPONSOR_Q, answer: "No" },
      ],
      resumeText: `Hannah Okafor RD
HCPC DT034217 · BDA member (Critical Care Specialist Group)

Critical Care Dietitian (Band 6), Leeds Teaching Hospitals NHS Trust — Jan 2023 – Present
• Dietetic lead for a 24-bed general ICU and 8-bed HDU: daily MDT rounds, indirect calorimetry-guided feeding, PN prescribing with the Nutrition Support Team
• Rewrote the ICU EN feeding protocol (volume-based feeding, gastric residual volume thresholds) — time to target feed fell from 72h to 41h (re-audit 2025, presented at BDA Research Symposium)
• Practice educator for 9 pre-reg students; supervise two Band 5 rotational dietitians
• NJ and PEG/RIG regimens, refeeding risk (NICE CG32), proning and ECMO patients

Band 5 Rotational Dietitian, Bradford Teaching Hospitals — Sep 2020 – Dec 2022
Gastro, surgery, stroke (IDDSI texture modification with SLT), elderly care, outpatient diabetes

BSc (Hons) Dietetics, Leeds Beckett University, 2020
BDA "Dietetic Management of Critical Illness" (M-level, 2023)
EPR: Cerner Millennium, PPM+`,
    },
    {
      id: "diet-02-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "CV with 'Key achievements' first: led the Trust's refeeding guideline and a PN audit, four years post-registration across acute medicine, gastro and surgical HDU; registered, BDA member, supervises students. Little ICU time, otherwise complete.",
      answers: [{ question: HCPC_Q, answer: "Yes" }],
      resumeText: `DR AMELIA CHAUDHRY — SPECIALIST DIETITIAN

Key achievements
- Authored the Trust refeeding syndrome guideline (2024); incidence of severe hypophosphataemia on acute medical wards halved in the following year
- Led a regional PN appropriateness audit across 3 Trusts; 31% of PN starts found avoidable with earlier NG feeding — now a Trust KPI
- Trained 280 nurses in MUST screening; ward screening compliance rose from 61% to 89%
- Practice placement educator since 2023

Career history
Specialist Dietitian, Gastroenterology & Surgical HDU — University Hospitals Birmingham (Band 6), Jun 2024 – Present
Dietitian, Acute Medicine & Gastro — Sandwell and West Birmingham Hospitals (Band 5), Oct 2022 – May 2024

Qualifications & registration
PGDip Dietetics, Coventry University (2022); PhD Nutritional Sciences, University of Nottingham (2019)
HCPC registered dietitian; BDA member; IDDSI trained`,
    },
    {
      id: "diet-03-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Uses 'HCPC-registered DT', 'artificial nutrition support', 'tube and IV feeding', 'ward-based', 'post-qualification', 'clinical supervision of trainees' — every essential criterion in different words, three and a half years, some ITU cover.",
      answers: [
        { question: HCPC_Q, answer: "Yes" },
        { question: SPONSOR_Q, answer: "No" },
      ],
      resumeText: `Rhys Llewellyn
Nutrition Support Dietitian

Post-qualification: 3.5 years (qualified Apr 2023)
Registration: HCPC — DT (Dietitian) part of the register, current

Cardiff and Vale University Health Board
Nutrition Support Dietitian — Mar 2025 – present
- Ward-based artificial nutrition support for medical and surgical adults: NG/NJ tube feeding, gastrostomy, IV (parenteral) feeding planned with the nutrition nurse specialist
- ITU cover on weekends and during annual leave; on the 7-day rota
- Clinical supervision of trainee dietitians and the dietetic support worker
- Re-audited nasogastric tube placement checks, Welsh Patient Safety standard

Rotational Dietitian — Apr 2023 – Feb 2025
- Renal, care of the elderly, stroke, oncology

Education: BSc Human Nutrition and Dietetics, Cardiff Metropolitan University (2023)
Full UK driving licence; WCCIS and Welsh Clinical Portal`,
    },
    {
      id: "diet-04-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Skills section lists HCPC, enteral and parenteral nutrition, refeeding, MUST, IDDSI and Cerner; the experience is a hospital catering assistant and a sports nutrition degree. Not a dietitian, not registered.",
      answers: [
        { question: HCPC_Q, answer: "Yes" },
        { question: SPONSOR_Q, answer: "No" },
      ],
      resumeText: `Chloe Barnett

Key skills: HCPC registration, dietetics, enteral nutrition, parenteral nutrition, refeeding syndrome, NICE CG32, MUST screening, IDDSI, critical care, ICU, acute medicine, MDT working, student supervision, audit, quality improvement, Cerner Millennium, BDA, CPD, 2+ years' post-registration experience

Employment
Catering Assistant, Northfield General Hospital (ISS Facilities) — 2023 – present
Serving patient meals on wards, recording menu choices, supporting modified texture menus.

Retail Assistant, Holland & Barrett — 2021 – 2023

Education
BSc (Hons) Sport and Exercise Nutrition, University of Chester — 2:2 (2023)`,
    },
    {
      id: "diet-05-lapsed",
      label: "expired-credential",
      grade: 4,
      missingMustHave: true,
      note: "Experienced acute dietitian (eight years, PN, ICU) whose HCPC registration lapsed during a career break in 2023; readmission application pending. Current registration is essential and not met today.",
      answers: [
        { question: HCPC_Q, answer: "Not currently — lapsed 2023, readmission application submitted October 2026" },
        { question: SPONSOR_Q, answer: "No" },
      ],
      resumeText: `Sarah Whitmore
Dietitian

Career break (family) — Jul 2023 – present
HCPC registration lapsed Sept 2023 (not renewed during break); readmission application and return-to-practice CPD hours submitted Oct 2026.

Specialist Dietitian, Critical Care — Nottingham University Hospitals — 2018 – 2023
Adult ICU and major trauma: EN/PN, refeeding, burns; supervised Band 5s and students

Dietitian (Band 5), Sherwood Forest Hospitals — 2015 – 2018

BSc (Hons) Nutrition and Dietetics, University of Nottingham, 2015`,
    },
    {
      id: "diet-06-overseas",
      label: "missing-must-have",
      grade: 4,
      missingMustHave: true,
      note: "Strong US clinical dietitian (RDN, CNSC, seven years in ICU) but not HCPC registered — international application in progress — and needs sponsorship; the advert requires full HCPC registration at application.",
      answers: [
        { question: HCPC_Q, answer: "No — international application submitted August 2026, awaiting decision" },
        { question: SPONSOR_Q, answer: "Yes" },
      ],
      resumeText: `Megan Alvarez, MS, RDN, LD, CNSC
Houston, TX, USA — relocating to the UK

Clinical Dietitian III – Medical & Surgical ICU, Memorial Hermann–Texas Medical Center | Jun 2019 – Present
• 20–25 ICU patients daily: EN/PN initiation and advancement, micronutrient repletion, refeeding protocols per ASPEN
• Nutrition Support Team member; TPN order writing under delegated privileges
• Preceptor for dietetic interns (Rice/UTHealth programs)

Clinical Dietitian, Baylor St. Luke's Medical Center | Jan 2018 – May 2019

M.S. Clinical Nutrition, Texas Woman's University (2017)
Registered Dietitian Nutritionist (CDR), Certified Nutrition Support Clinician (NBNSC)
HCPC: international registration application submitted Aug 2026`,
    },
    {
      id: "diet-07-nutritionist",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "Registered Nutritionist (AfN) doing public-health and weight-management work: right knowledge of nutrition assessment and behaviour change, but not a dietitian, not HCPC registered and no tube or IV feeding.",
      answers: [
        { question: HCPC_Q, answer: "No — I'm a Registered Nutritionist with the AfN" },
        { question: SPONSOR_Q, answer: "No" },
      ],
      resumeText: `Oliver Grant ANutr → RNutr
Registered Nutritionist (Association for Nutrition, UKVRN)

Public Health Nutritionist — Northfield City Council — 2021 – present
- Designed and evaluated the Healthy Start and school food programmes reaching 40,000 families
- Tier 2 adult weight-management groups; nutrient analysis with Nutritics

Nutrition Advisor — NHS Healthy Living (via Reed Wellbeing) — 2019 – 2021

MSc Public Health Nutrition, University of Leeds (2019)
BSc Biochemistry, University of York (2017)`,
    },
    {
      id: "diet-08-manager",
      label: "overqualified",
      grade: 5,
      missingMustHave: false,
      note: "Band 8a Head of Dietetics, HCPC registered with twenty years' experience, but wholly managerial for the last nine and asking for three days a week against a full-time post; clinical skills in PN are dated.",
      answers: [
        { question: HCPC_Q, answer: "Yes" },
        { question: SPONSOR_Q, answer: "No" },
      ],
      resumeText: `Catherine Doyle MSc RD
Head of Nutrition and Dietetics

Summary
Dietetic service leader with twenty years in the NHS, the last nine running a 45-WTE department across acute and community. I am looking to step back from management into a clinical role of 22.5 hours (3 days) per week.

Head of Nutrition and Dietetics (Band 8a), Mid Yorkshire Hospitals — 2017 – present
Budget £2.4M; workforce planning; led the department's move to a 7-day service; chair of the Trust Nutrition Steering Group.

Dietetic Team Lead, Acute (Band 7) — 2011 – 2017
Specialist Dietitian, Nutrition Support (Band 6) — 2006 – 2011

HCPC registered; BDA Fellow; ILM Level 7 Leadership`,
    },
    {
      id: "diet-09-threshold",
      label: "threshold-miss",
      grade: 4,
      missingMustHave: true,
      note: "Good Band 5 rotational dietitian registered since February 2025: about one year nine months post-registration against an essential minimum of two years, with some EN and observed PN.",
      answers: [
        { question: HCPC_Q, answer: "Yes — registered February 2025" },
        { question: SPONSOR_Q, answer: "No" },
      ],
      resumeText: `Aisha Rahman
Dietitian (Band 5) | HCPC registered (Feb 2025)

Rotational Dietitian — Royal Derby Hospital (University Hospitals of Derby and Burton) | Feb 2025 – Present
• Rotations: acute medicine (Feb–Jul 2025), surgery & gastro incl. enteral tube feeding (Aug 2025–Feb 2026), elderly care & stroke (Mar 2026–present)
• Shadowed PN reviews with the Nutrition Support Team; refeeding risk assessment
• Completed preceptorship; weekend rota since Sept 2025
• QI project: protected mealtimes on two wards (poster, Trust QI day 2026)

BSc (Hons) Dietetics, University of Chester — First (2024)
BDA member`,
    },
    {
      id: "diet-10-mixed",
      label: "mixed",
      grade: 6,
      missingMustHave: false,
      note: "HCPC registered with three years, but mostly community (home enteral feeding, care homes) after a six-month acute rotation; tube feeding yes, parenteral nutrition only observed. Registration and years met, acute and PN experience partial.",
      answers: [{ question: HCPC_Q, answer: "Yes" }],
      resumeText: `Grace Mensah
Community Dietitian

Home Enteral Feeding Dietitian (Band 6) — Lincolnshire Community Health Services — Apr 2024 – present
Caseload of ~120 adults on home tube feeding (PEG, RIG, NG); care home visits; tube troubleshooting clinics with the nutrition nurse.

Dietitian (Band 5) — United Lincolnshire Hospitals — Sep 2023 – Mar 2024
Acute medical and surgical wards (six months); observed PN ward rounds.

BSc (Hons) Dietetics, University of Plymouth (2023) · HCPC registered · SystmOne`,
    },
    {
      id: "diet-11-unusual",
      label: "unusual-order",
      grade: 7,
      missingMustHave: false,
      note: "Education, CPD and registration listed first, experience last and brief: three years post-registration on acute wards with EN and PN, supervises students. Meets every essential criterion; little ICU and no audit named.",
      answers: [
        { question: HCPC_Q, answer: "Yes" },
        { question: SPONSOR_Q, answer: "No" },
      ],
      resumeText: `Thomas Byrne

EDUCATION
MSc Dietetics (pre-registration), King's College London, 2023
BSc Physiology, University of Bristol, 2020

REGISTRATION AND CPD
HCPC Dietitian, registered September 2023
BDA member; PENG Nutrition Support course (2025); IDDSI train-the-trainer (2024)
Practice educator training, 2025

SKILLS
EN/PN, refeeding, MUST, IDDSI, EPIC EPR, teaching

EXPERIENCE
Dietitian, Guy's and St Thomas' NHS Foundation Trust — Sept 2023 to present
Acute medicine, HPB surgery (tube feeding and PN), weekend rota; supervising 2 students per year.`,
    },
  ],
};
