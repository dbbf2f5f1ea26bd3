import type { EvalPosting } from "../types";

const LICENSE_Q = "Do you hold an Illinois Professional Educator License (PEL) endorsed in School Counseling? If not, when will you be eligible?";
const YEARS_Q = "How many years of experience do you have working in a K-12 school (teaching or counseling, not counting internship)?";
const START_Q = "Are you available to begin August 10, 2027 on a 187-day contract?";

export const schoolCounselor: EvalPosting = {
  id: "school-counselor",
  split: "dev",
  field: "K-12 education / student services (school counseling)",
  style:
    "school district posting: 'Position', 'Qualifications' with state licensure language ('must hold or be eligible for'), 'Reports to', 'Performance responsibilities', 'Terms of employment' with salary schedule and days, 'Application procedure' with documents and deadline",
  jobTitle: "School Counselor (K-12) — 2027-28 School Year",
  companyName: "Kishwaukee Valley Community Unit School District 302",
  jobDescription: `KISHWAUKEE VALLEY COMMUNITY UNIT SCHOOL DISTRICT 302
Office of Human Resources · 1100 N. Fourth Street, DeKalb, Illinois 60115
Job Posting #2027-041 · Posted: October 20, 2026 · Closing: Until filled; first review December 1, 2026

POSITION
School Counselor, 1.0 FTE, certified staff. Assignment for 2027-28: Kishwaukee Valley Middle School (grades 6–8, approx. 720 students), with the possibility of reassignment to any district building K-12 in future years as enrollment requires.

QUALIFICATIONS
1. Must hold or be eligible for an Illinois Professional Educator License (PEL) with a School Counselor endorsement issued by the Illinois State Board of Education (ISBE). Out-of-state candidates must be eligible for ISBE licensure by the start date.
2. Master's degree in School Counseling (or Counseling with a school counseling concentration) from a regionally accredited institution.
3. A minimum of two (2) years of successful experience in a K-12 school setting as a school counselor or classroom teacher. Internship hours do not count toward this requirement.
4. Knowledge of the ASCA National Model and of a Multi-Tiered System of Supports (MTSS).
5. Preferred: bilingual (Spanish/English); experience with 504 plans, suicide risk assessment and threat assessment; training in Restorative Practices; experience with Naviance or Xello.
6. Such alternatives to the above qualifications as the Board may find appropriate and acceptable.

REPORTS TO
Building Principal; functionally to the Director of Student Services.

PERFORMANCE RESPONSIBILITIES
- Deliver a comprehensive school counseling program aligned to the ASCA National Model and the Illinois Social-Emotional Learning Standards.
- Provide individual and small-group counseling; lead Tier 2 interventions within the building MTSS/problem-solving team.
- Conduct suicide risk and threat assessments in accordance with Board Policy 7:290 and district protocol.
- Serve as case manager for Section 504 plans; participate in IEP meetings as appropriate.
- Support grade 8 to 9 transition and course planning; maintain the student Individual Career and Academic Plan (ICAP).
- Collaborate with families, school social workers, psychologists and community agencies; make referrals.
- Maintain confidential records in accordance with FERPA and the Illinois School Student Records Act.
- Perform other duties as assigned by the Building Principal.

TERMS OF EMPLOYMENT
187-day work year. Salary and benefits per the Collective Bargaining Agreement between the Board and the Kishwaukee Valley Education Association (2027-28 schedule: MA lane, $58,912 – $96,430, placement based on verified experience; up to 10 years of outside experience credited). TRS membership. Single health coverage paid by the Board. This position is covered by the KVEA bargaining unit.

APPLICATION PROCEDURE
Apply online at kv302.org/employment (AppliTrack). Applications must include:
a) Letter of interest
b) Current résumé
c) Copies of all college transcripts (unofficial acceptable for screening)
d) Three (3) current letters of reference, at least one from a current supervisor
e) Copy of Illinois PEL or ISBE ELIS printout, or evidence of eligibility
Incomplete applications will not be considered. Finalists must complete a fingerprint-based criminal background check and a TB test as required by Illinois law.

Kishwaukee Valley CUSD 302 is an Equal Opportunity Employer and does not discriminate on the basis of race, color, national origin, sex, sexual orientation, gender identity, ancestry, age, religion, physical or mental disability, status as a veteran, order of protection status, or any other legally protected category.`,
  resumes: [
    {
      id: "counsel-01-strong",
      label: "strong",
      grade: 10,
      missingMustHave: false,
      note: "Eight years as a middle and high school counselor in Illinois, PEL/School Counselor endorsement, M.S.Ed. from NIU, led a RAMP-designated program, 504 coordinator, QPR/C-SSRS and threat assessment trained, bilingual. Written in the profession's shorthand (RAMP, Tier 2 groups, C-SSRS, SST) rather than the posting's words.",
      answers: [
        { question: LICENSE_Q, answer: "Yes — PEL, School Counselor endorsement, registered in DeKalb County." },
        { question: YEARS_Q, answer: "8 years counseling, 2 years teaching before that" },
        { question: START_Q, answer: "Yes" },
      ],
      resumeText: `MARISOL QUINTERO, M.S.Ed.
Sycamore, IL · mquintero.counselor@gmail.com · bilingual English/Spanish

PROFESSIONAL SCHOOL COUNSELOR
Heineman Middle School, Community Unit SD 300 — Aug 2021 – Present
• Caseload of 390 students (grades 6–8); comprehensive program earned ASCA RAMP designation in 2024
• Facilitate 6 Tier 2 groups per semester (anxiety, grief, organization); SST/MTSS team member
• 504 coordinator for 64 plans; attend IEPs; C-SSRS and BTAM threat assessment lead for the building
• Restorative circles with the dean's office: suspensions down 31% in two years
• Xello 8th-grade transition program; ICAP portfolios for every student

Guidance Counselor — Elgin High School, U-46 — Aug 2018 – Jun 2021
• Alpha caseload of 410; FAFSA completion night; SAT school-day coordination
• Spanish-language parent nights; referral pathway with Ecker Center

Spanish Teacher — Elgin High School — 2016 – 2018

EDUCATION & LICENSURE
M.S.Ed., School Counseling — Northern Illinois University (CACREP), 2018
B.A., Spanish Education — Illinois State University, 2016
Illinois PEL: School Counselor; Spanish (6–12) · QPR Gatekeeper · CPI Safety Intervention · YMHFA`,
    },
    {
      id: "counsel-02-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Prose CV of an elementary counselor: six years in two Illinois districts, licensed and endorsed, master's in school counseling, Second Step and Zones, runs the problem-solving team, suicide screening. Mostly elementary, so slightly below the first for a middle-school assignment.",
      answers: [
        { question: LICENSE_Q, answer: "Yes" },
        { question: YEARS_Q, answer: "7 (6 in my current district)" },
      ],
      resumeText: `Rebecca Anh Tran, LPC
Aurora, Illinois

For the past six years I have been the counselor for two K-5 buildings in Indian Prairie School District 204, where I teach Second Step and Zones of Regulation lessons in every classroom, run friendship, divorce and anger-management lunch bunches, and co-chair the building problem-solving team that decides Tier 2 and Tier 3 supports. I screen students using the Columbia protocol, write safety plans with families and coordinate outside referrals, and I case-manage about 40 Section 504 plans across the two schools. Before that I spent a year as an itinerant counselor for Plainfield 202's alternative program (2019–2020).

My licensure is an Illinois Professional Educator License endorsed for school counseling (2019), and I hold my LPC. I completed an M.A. in Counseling, School Counseling track, at Concordia University Chicago in 2019, and a B.S. in Psychology at the University of Illinois.

Indian Prairie SD 204 — Aug 2020 – Present
Plainfield SD 202 — Aug 2019 – Jun 2020`,
    },
    {
      id: "counsel-03-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "CV with key achievements first: high school counselor, 11 years, Wisconsin licence now converted to Illinois PEL, M.S. school counseling, data-driven program work and a district crisis team role. Strong, but high school rather than middle school and a bit heavy on college advising.",
      answers: [
        { question: LICENSE_Q, answer: "Yes, I received my Illinois PEL with the school counselor endorsement through reciprocity in 2025." },
        { question: YEARS_Q, answer: "11" },
        { question: START_Q, answer: "Yes" },
      ],
      resumeText: `DEREK WALLENFELS
Rockford, IL

KEY ACHIEVEMENTS
- Raised on-time graduation in my caseload from 84% to 93% (2019–2024) through a ninth-grade on-track early-warning system
- Built a Tier 2 check-in/check-out system now used in all four district high schools
- Trained 60 staff in QPR; member of the district crisis response team (14 deployments)
- 2023 Wisconsin School Counselor Association Secondary Counselor of the Year finalist

EXPERIENCE
School Counselor, Belvidere North High School, Belvidere IL — 2024–Present
School Counselor, Beloit Memorial High School, Beloit WI — 2015–2024

CREDENTIALS
Illinois PEL — School Counselor endorsement (2025) · Wisconsin DPI license 7054 School Counselor
M.S. Counselor Education, School Counseling emphasis — UW-Whitewater, 2015
B.A. Sociology — UW-Madison`,
    },
    {
      id: "counsel-04-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Never says 'school counselor', 'PEL' or 'master's in school counseling': 'guidance counselor', 'Type 73 School Service Personnel certificate (guidance)' — the pre-2013 Illinois name, converted automatically — 'M.A. Counselor Education', 'pupil services', 'student support team'. Nine years in a middle school; a recruiter reads every qualification as met.",
      answers: [
        { question: LICENSE_Q, answer: "I have held my Type 73 since 2012; it was converted by ISBE." },
        { question: YEARS_Q, answer: "9 in guidance, 3 as a teacher's aide" },
      ],
      resumeText: `Patricia Kowalczyk
Rochelle, IL

Guidance Counselor, Rochelle Middle School (Rochelle CCSD 231) — 2017–Present
• Pupil services for grades 6–8: individual and group guidance, student support team, crisis response
• Accommodation plans under Section 504; attend special-ed staffings
• Classroom guidance lessons, career exploration, high school registration

Guidance Counselor, Dixon Public Schools, Reagan Middle School — 2012–2017

Instructional Aide — Dixon Public Schools — 2009–2012

Illinois Type 73 School Service Personnel Certificate — Guidance (2012)
M.A., Counselor Education — Western Illinois University, 2012
B.S., Family & Consumer Sciences — NIU`,
    },
    {
      id: "counsel-05-synonyms",
      label: "synonyms-only",
      grade: 7,
      missingMustHave: false,
      note: "Internal district titles ('Student Success Advisor', 'Social-Emotional Learning Specialist') and an out-of-state licence described only by Iowa's name ('Iowa BOEE School Counselor endorsement 5001-K-12'), 'MAE in Counseling, school track'. Four years; eligible for Illinois by reciprocity. Qualified, but Illinois eligibility is inferred and the experience is shorter.",
      answers: [
        { question: LICENSE_Q, answer: "Not yet — I hold Iowa's K-12 endorsement and have applied to ISBE through reciprocity." },
        { question: START_Q, answer: "Yes, relocating summer 2027" },
      ],
      resumeText: `JORDAN ELLISON-MBEKI
Davenport, IA

Student Success Advisor (district title for licensed school counselors) · Davenport Community Schools · Aug 2022 – Present
  Sudlow Intermediate (6–8): caseload 350, individual sessions, small groups, Tier 2 planning on the Student Assistance Team
  Suicide screening + safety planning; coordinate with Vera French mental health
Social-Emotional Learning Specialist · Davenport Community Schools · Aug 2021 – Jun 2022
  K-5 classroom SEL lessons, attendance mentoring

Licensure: Iowa Board of Educational Examiners — Professional Service License, School Counselor endorsement (5001, K-12)
Education: MAE in Counseling, school track — University of Northern Iowa, 2021 · B.A. Psychology, Augustana College`,
    },
    {
      id: "counsel-06-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Summary recites PEL, School Counselor endorsement, ASCA, MTSS, 504, restorative practices and Naviance; the experience is a paraprofessional and a youth-group leader, with a B.A. in psychology and no counseling degree or licence.",
      answers: [
        { question: LICENSE_Q, answer: "Yes" },
        { question: YEARS_Q, answer: "4" },
      ],
      resumeText: `Kaitlyn Brewer
DeKalb, IL

SUMMARY: School counselor candidate with Illinois PEL, School Counselor endorsement, master's-level knowledge of the ASCA National Model, MTSS, Tier 2 interventions, Section 504, suicide risk assessment, threat assessment, Restorative Practices, Naviance, Xello, ICAP, FERPA, bilingual, K-12 school setting, 2+ years experience.

EXPERIENCE
Paraprofessional (1:1 aide) — Huntley Middle School, DeKalb — 2022 – Present
Youth Group Leader — St. Mary's Parish — 2020 – Present

EDUCATION
B.A. Psychology — Northern Illinois University, 2022
Illinois PEL — Paraprofessional (ELS-PARA)`,
    },
    {
      id: "counsel-07-student",
      label: "missing-must-have",
      grade: 3,
      missingMustHave: true,
      note: "Ten-year classroom teacher who is halfway through a school counseling master's, internship not started; she says she will not have the degree or endorsement until December 2027, after the start date.",
      answers: [
        { question: LICENSE_Q, answer: "No — I finish my M.S. and internship in December 2027 and will apply for the endorsement then." },
        { question: YEARS_Q, answer: "10 years teaching" },
        { question: START_Q, answer: "Yes" },
      ],
      resumeText: `Amanda Ruesch
Genoa, IL

Teacher, 7th Grade English Language Arts — Genoa-Kingston Middle School — 2016–Present
- Grade-level team lead; PBIS committee; advisory period curriculum writer
- Sponsor of the Student Council and the Kindness Club

Teacher, 5th Grade — Sycamore CUSD 427 — 2016

Education: M.S. School Counseling (in progress, expected 12/2027) — Lewis University; B.S. Elementary Education — NIU
Illinois PEL: Elementary (1–6), Middle Grades ELA`,
    },
    {
      id: "counsel-08-social-worker",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "School social worker: MSW, LCSW, PEL endorsed for School Social Worker, seven years doing much of the same work (groups, crisis, 504s) — but a different endorsement and degree from the one the posting requires.",
      answers: [
        { question: LICENSE_Q, answer: "My PEL is endorsed for School Social Worker, not School Counselor." },
        { question: YEARS_Q, answer: "7" },
      ],
      resumeText: `Monique Hargrove, LCSW
DeKalb, IL

School Social Worker — DeKalb CUSD 428, Clinton Rosette Middle School — Aug 2019 – Present
• IEP-mandated social work minutes for 55 students; FBA/BIP participation
• Crisis intervention, suicide risk screening, DCFS hotline reports
• Social skills and grief groups; home visits and truancy interventions

Medical Social Worker — Kishwaukee Hospital — 2017 – 2019

MSW, University of Illinois Chicago (school social work concentration), 2017
Illinois PEL — School Social Worker endorsement · LCSW (IL)`,
    },
    {
      id: "counsel-09-mixed",
      label: "mixed",
      grade: 5,
      missingMustHave: false,
      note: "Licensed and endorsed with the right master's and three years as a high school counselor, but the last five years have been in college admissions, away from K-12 counseling; no recent MTSS, 504 or crisis work.",
      answers: [
        { question: LICENSE_Q, answer: "Yes, my PEL with School Counselor endorsement is still active (renewed 2026)." },
        { question: YEARS_Q, answer: "3 as a school counselor" },
      ],
      resumeText: `Graham Tollefson
Naperville, IL

Assistant Director of Admission — North Central College, Naperville — 2021–Present
Recruit from 140 Chicagoland high schools, read applications, run campus visit days.

Admission Counselor — Elmhurst University — 2019–2021

School Counselor — Oswego East High School, SD 308 — 2016–2019
Caseload of 420; schedules and four-year plans; college applications and letters of recommendation.

M.A. School Counseling — Roosevelt University, 2016
Illinois PEL — School Counselor`,
    },
    {
      id: "counsel-10-director",
      label: "overqualified",
      grade: 5,
      missingMustHave: false,
      note: "Ed.D., former Director of Student Services with 22 years in schools, counselor endorsement plus General Administrative endorsement. Every requirement met, but he wants a twelve-month contract and a salary well above the schedule, and has not carried a caseload in eleven years.",
      answers: [
        { question: LICENSE_Q, answer: "Yes, School Counselor and General Administrative (Principal) endorsements." },
        { question: YEARS_Q, answer: "22" },
        { question: START_Q, answer: "I would need a 12-month contract and placement above the top of the MA lane — my current salary is $141,000." },
      ],
      resumeText: `Dr. Stephen Okafor, Ed.D.

Director of Student Services, Batavia Public Schools 101 (2015–Present): special education, 504, counseling, nursing and social work departments for 5,600 students; $18M budget; 140 staff.
Assistant Principal, Geneva Middle School South (2012–2015).
School Counselor, Geneva CUSD 304 (2004–2012).
Teacher, Social Studies (2000–2004).

Ed.D. Educational Leadership, NIU · M.S.Ed. School Counseling, NIU
Illinois PEL: School Counselor; General Administrative; Director of Special Education`,
    },
    {
      id: "counsel-11-new-grad",
      label: "threshold-miss",
      grade: 4,
      missingMustHave: true,
      note: "New graduate with the right master's and the PEL/School Counselor endorsement, but apart from a 600-hour internship (which the posting excludes) only one year as a middle school teacher's aide — short of the two years required.",
      answers: [
        { question: LICENSE_Q, answer: "Yes, issued June 2026" },
        { question: YEARS_Q, answer: "1 year as a paraprofessional, plus my 600-hour internship" },
        { question: START_Q, answer: "Yes" },
      ],
      resumeText: `Sofia Delgado-Park
Sycamore, IL · Se habla español

EDUCATION
M.S.Ed. School Counseling — Northern Illinois University, May 2026 (CACREP)
B.A. Psychology — Aurora University, 2023

LICENSURE
Illinois PEL — School Counselor endorsement (06/2026)

EXPERIENCE
School Counseling Intern — Sycamore Middle School — Aug 2025 – May 2026 (600 hours)
  Individual and small-group counseling, classroom lessons, shadowed 504 and threat assessment meetings
Paraprofessional — Sycamore Middle School — Aug 2023 – Jun 2024
Summer Camp Counselor — YMCA — 2019–2023`,
    },
  ],
};
