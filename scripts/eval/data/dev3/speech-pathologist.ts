import type { EvalPosting } from "../types";

const CCC_Q = "Do you hold the ASHA Certificate of Clinical Competence (CCC-SLP)?";
const FT_Q = "This is a full-time, school-year position (37.5 hours a week). Is that what you are looking for?";

export const speechPathologist: EvalPosting = {
  id: "speech-pathologist",
  split: "dev",
  field: "speech-language pathology / schools",
  style: "prose only: requirements inside flowing paragraphs, no headings or bullets, 'a big plus' for preferred",
  jobTitle: "School Speech-Language Pathologist",
  companyName: "Maple Valley School District",
  jobDescription: `Maple Valley School District serves 9,000 students across twelve schools, and our speech and language team supports about 600 of them. We are hiring a speech-language pathologist to join two elementary schools full-time.

You will evaluate students, write and run individualized education programs, deliver therapy for articulation, language, fluency and social communication, and work alongside teachers and families. To be considered you must hold a master's degree in speech-language pathology, the ASHA Certificate of Clinical Competence (CCC-SLP) and a Washington SLP license (or be eligible for one), and you need at least two years of experience working with school-age children. The position is full-time for the school year.

Experience writing IEPs is a big plus, as are Spanish language skills and experience with augmentative and alternative communication (AAC) devices. Familiarity with telepractice would be nice to have.`,
  resumes: [
    {
      id: "slp-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "School SLP for 5 years, MS in speech-language pathology, CCC-SLP, WA license, IEPs, AAC.",
      answers: [
        { question: CCC_Q, answer: "Yes" },
        { question: FT_Q, answer: "Yes, full-time" },
      ],
      resumeText: `Rachel Kim, M.S., CCC-SLP
Speech-Language Pathologist · Tacoma, WA

Experience
Speech-Language Pathologist, Tacoma Public Schools — Aug 2021 – Present
- Caseload of 55 students in grades K–5: articulation, language, fluency and social communication
- Write and manage IEPs; evaluations and re-evaluations; AAC assessments and device training
Clinical Fellow, Speech-Language Pathology, Puyallup School District — 2020 – 2021

Education
M.S. Speech-Language Pathology, University of Washington, 2020

Licenses
ASHA Certificate of Clinical Competence (CCC-SLP)
Washington State Speech-Language Pathologist License`,
    },
    {
      id: "slp-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Writes 'speech therapist', 'M.A. Communication Sciences and Disorders', 'ASHA certified (CCCs)', 'K–8 students', 'individualized education programs', 'speech-generating devices'; 4 years.",
      answers: [
        { question: CCC_Q, answer: "Yes, I have my CCCs" },
        { question: FT_Q, answer: "Yes" },
      ],
      resumeText: `Ana Delgado
Speech Therapist (bilingual English/Spanish)

Work History
Speech Therapist — Yakima School District | 2022 – Present
• Assess and treat K–8 students with speech sound, language and stuttering disorders
• Draft individualized education programs and progress reports; coach teachers on classroom strategies
• Set up speech-generating devices and core-word boards for nonverbal students
Speech Therapist — Soliant Health (school contracts) | 2020 – 2022

Education & Credentials
M.A. Communication Sciences and Disorders, Gonzaga University
ASHA certified (CCCs); licensed in Washington`,
    },
    {
      id: "slp-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Classroom paraeducator who lists every requirement as a skill; no degree in SLP, no CCC.",
      answers: [
        { question: CCC_Q, answer: "No" },
        { question: FT_Q, answer: "Yes" },
      ],
      resumeText: `Brittany Owens

Skills
Speech-language pathology, CCC-SLP, IEPs, AAC, articulation therapy, fluency, telepractice, Spanish, school-age children, SLP license

Experience
Paraeducator, Kent School District — 2022 – Present
- Support a second-grade classroom; small-group reading
Retail Associate, Target — 2019 – 2022`,
    },
    {
      id: "slp-04-slpa",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "Speech-language pathology assistant with a bachelor's degree, 4 years in schools; no master's, no CCC.",
      answers: [
        { question: CCC_Q, answer: "No — I am an SLPA" },
        { question: FT_Q, answer: "Yes" },
      ],
      resumeText: `Jordan Price
Speech-Language Pathology Assistant (SLPA)

Experience
SLPA, Everett Public Schools — 2022 – Present
- Deliver therapy sessions planned by the supervising SLP for 40 elementary students; data collection
SLPA, Edmonds School District — 2021 – 2022

Education
B.A. Communication Sciences and Disorders, Western Washington University
SLPA certification, Washington`,
    },
    {
      id: "slp-05-part-time",
      label: "missing-must-have",
      grade: 4,
      missingMustHave: true,
      note: "Qualified school SLP with CCC and 7 years, but the screening answer refuses full-time (two days a week only).",
      answers: [
        { question: CCC_Q, answer: "Yes" },
        { question: FT_Q, answer: "No, I can only work two days a week" },
      ],
      resumeText: `Melissa Grant, CCC-SLP

Experience
Speech-Language Pathologist, Bellevue School District — 2019 – Present
- K–12 caseload; IEPs, evaluations, AAC
Speech-Language Pathologist, Seattle Children's outpatient clinic — 2017 – 2019

Education
M.S. Speech-Language Pathology, Washington State University

License
Washington SLP license; ASHA CCC-SLP`,
    },
    {
      id: "slp-06-medical",
      label: "mixed",
      grade: 6,
      missingMustHave: false,
      note: "Certified, licensed SLP with 6 years in adult hospital and skilled-nursing settings; no school or pediatric experience.",
      answers: [
        { question: CCC_Q, answer: "Yes" },
        { question: FT_Q, answer: "Yes" },
      ],
      resumeText: `Kevin O'Brien, MS, CCC-SLP

Experience
Speech-Language Pathologist, Providence Regional Medical Center — 2020 – Present
- Adult inpatients: dysphagia evaluations, videofluoroscopic swallow studies, aphasia and cognitive-communication therapy
Speech-Language Pathologist, Evergreen Skilled Nursing — 2018 – 2020

Education
M.S. Speech-Language Pathology, Eastern Washington University

Licenses
Washington SLP license, ASHA CCC-SLP`,
    },
    {
      id: "slp-07-cf",
      label: "threshold-miss",
      grade: 5,
      missingMustHave: false,
      note: "School SLP in the clinical fellowship year: master's, WA licence, 10 months with school-age children, CCC pending in spring.",
      answers: [
        { question: CCC_Q, answer: "Not yet — I complete my clinical fellowship in May and will apply then" },
        { question: FT_Q, answer: "Yes" },
      ],
      resumeText: `Sophie Tran
Speech-Language Pathologist (Clinical Fellow)

Experience
Clinical Fellow, Speech-Language Pathology, Spokane Public Schools — Jan 2026 – Present
- Elementary caseload of 40; IEP goals and progress notes under supervision; AAC device trials
Graduate Clinician, university speech and hearing clinic — 2024 – 2025

Education
M.S. Speech-Language Pathology, Whitworth University, 2025

License
Washington SLP license (limited, clinical fellowship)`,
    },
    {
      id: "slp-08-director",
      label: "overqualified",
      grade: 5,
      missingMustHave: false,
      note: "CCC-SLP, former school SLP for 8 years, district director of special services for the last 9 years with no caseload.",
      answers: [
        { question: CCC_Q, answer: "Yes" },
        { question: FT_Q, answer: "Yes" },
      ],
      resumeText: `Dr. Linda Morales, CCC-SLP
Director of Special Services

Experience
Director of Special Services, Olympia School District — 2017 – Present
- Lead 140 special-education staff and a $22M budget; compliance and hiring; no therapy caseload since 2017
Speech-Language Pathologist, Olympia School District — 2009 – 2017
- Elementary and middle-school caseloads; IEPs

Education
Ed.D. Educational Leadership; M.S. Speech-Language Pathology

License
ASHA CCC-SLP; Washington SLP license`,
    },
  ],
};
