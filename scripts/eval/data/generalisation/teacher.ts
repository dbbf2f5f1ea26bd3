import type { EvalPosting } from "../types";

const CERT_Q = "Do you hold (or are you eligible for) a Massachusetts teaching license in Mathematics 8–12?";

export const teacher: EvalPosting = {
  id: "teacher",
  split: "dev",
  field: "education/teaching",
  style: "short prose intro then mixed bullets with inline cues",
  jobTitle: "High School Mathematics Teacher",
  companyName: "Lowell Public Schools",
  jobDescription: `Lowell High School seeks a mathematics teacher for Algebra II and Precalculus, starting in January.

Qualifications
- Massachusetts initial or professional teaching license in Mathematics (8–12) is required
- Bachelor's degree in mathematics, math education or a closely related field
- At least 2 years of classroom teaching experience in grades 8–12
- Experience differentiating instruction for English learners; SEI endorsement required
- Experience teaching AP Calculus or AP Statistics is preferred
- Familiarity with Google Classroom and Desmos is a plus`,
  resumes: [
    {
      id: "te-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Licensed MA math 8–12, SEI, 6 years HS math, AP Calculus.",
      answers: [{ question: CERT_Q, answer: "Yes, professional license in Mathematics 8–12" }],
      resumeText: `Rebecca Liu
Experience
Mathematics Teacher — Methuen High School, Methuen MA | Sep 2020 – Present
- Teach Algebra II, Precalculus and AP Calculus AB (82% pass rate); differentiate for English learners
- Desmos and Google Classroom in every unit
Mathematics Teacher — Haverhill High School | Sep 2018 – Jun 2020
Education
BA Mathematics, UMass Lowell, 2018
Licensure
Massachusetts Professional License, Mathematics (8–12); SEI Endorsement`,
    },
    {
      id: "te-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "'Secondary math educator', 'ELL learners', 'Sheltered English Immersion', grades 9–12.",
      answers: [{ question: CERT_Q, answer: "Yes" }],
      resumeText: `Marcus Webb
Secondary Math Educator

Teaching
Math Educator, grades 9–12 — Salem Academy Charter School — 2021 – Present
• Geometry and Algebra 2; scaffolded lessons for ELL students
Math Educator — Lynn English High School — 2019 – 2021
Credentials
MA DESE Initial License, Mathematics 8–12; Sheltered English Immersion endorsement
BS Mathematics Education, Salem State University`,
    },
    {
      id: "te-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Tutor with a keyword list, no license, no classroom teaching.",
      answers: [{ question: CERT_Q, answer: "No" }],
      resumeText: `Jessica Hale
Skills: mathematics teacher, Massachusetts license, SEI endorsement, AP Calculus, AP Statistics, differentiated instruction, English learners, Desmos, Google Classroom

Experience
Online Tutor — Varsity Tutors | 2023 – Present
- One-on-one SAT math tutoring
Barista — Starbucks | 2021 – 2023`,
    },
    {
      id: "te-04-unlicensed",
      label: "missing-must-have",
      grade: 3,
      missingMustHave: true,
      note: "Private-school math teacher for 4 years, no MA license and not eligible yet per answer.",
      answers: [{ question: CERT_Q, answer: "Not yet — I have not passed the MTEL" }],
      resumeText: `Adam Kowalski
Experience
Math Teacher — St. Mary's Academy (private) | 2022 – Present
- Algebra I and Geometry for grades 9–10
Education
BS Mathematics, 2021`,
    },
    {
      id: "te-05-elementary",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "Licensed elementary teacher (1–6); not licensed for 8–12 mathematics.",
      answers: [{ question: CERT_Q, answer: "I hold an Elementary (1–6) license" }],
      resumeText: `Sarah Thompson
Experience
Grade 5 Teacher — Bartlett Elementary, Lowell | 2017 – Present
- All subjects including math; SEI-endorsed, many English learners
Education: BA Elementary Education, 2017
License: Massachusetts Professional License, Elementary (1–6); SEI Endorsement`,
    },
    {
      id: "te-06-first-year",
      label: "mixed",
      grade: 5,
      missingMustHave: false,
      note: "Licensed, SEI, but only one year of teaching plus student teaching.",
      answers: [{ question: CERT_Q, answer: "Yes, initial license" }],
      resumeText: `Kevin Tran
Experience
Mathematics Teacher — Dracut High School | Sep 2025 – Present
- Algebra I and II
Student Teacher — Chelmsford High School | Jan 2025 – May 2025
Education: BS Mathematics, UMass Lowell, 2025
License: Massachusetts Initial License, Mathematics 8–12; SEI Endorsement`,
    },
    {
      id: "te-07-professor",
      label: "overqualified",
      grade: 4,
      missingMustHave: false,
      note: "Math professor, PhD, no K-12 classroom, no license; wants part-time adjunct-like hours.",
      answers: [{ question: CERT_Q, answer: "I would be eligible after coursework" }],
      resumeText: `Dr. Helen Park
Summary
Mathematics PhD and professor seeking part-time teaching (two classes).
Experience
Associate Professor of Mathematics — Merrimack College | 2012 – Present
- Teach Calculus I–III and Real Analysis; research in number theory
Education: PhD Mathematics, Boston University, 2011`,
    },
  ],
};
