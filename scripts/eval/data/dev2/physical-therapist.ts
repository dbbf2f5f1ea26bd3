import type { EvalPosting } from "../types";

const LIC_Q = "Do you hold an active Oregon physical therapist license?";
const SCHED_Q = "Can you work two evenings a week until 7 pm?";

export const physicalTherapist: EvalPosting = {
  id: "physical-therapist",
  split: "dev",
  field: "rehabilitation/physical therapy",
  style: "prose paragraphs under question headings, requirements in one run-on sentence",
  jobTitle: "Outpatient Orthopedic Physical Therapist",
  companyName: "Cascade Motion Clinics",
  jobDescription: `Cascade Motion runs four outpatient clinics in the Portland area treating sports injuries, post-surgical knees and shoulders, and persistent back pain.

What will your days look like?
You will evaluate and treat your own caseload of orthopedic patients, write plans of care, and work alongside two other therapists and a team of aides. Most visits are one-on-one, 45 minutes long.

What do you need to bring?
Required: an active Oregon physical therapist license, a Doctor of Physical Therapy degree, 2+ years of outpatient orthopedic experience, and hands-on manual therapy skills. You must be able to work two evenings a week until 7 pm.

What would make you stand out?
An Orthopaedic Clinical Specialist (OCS) certification, dry needling certification, experience documenting in WebPT, and being comfortable carrying 11+ patient visits per day.`,
  resumes: [
    {
      id: "pt-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Licensed DPT, 4+ years outpatient ortho, manual therapy, OCS, WebPT, 12 visits/day.",
      answers: [
        { question: LIC_Q, answer: "Yes, Oregon PT license #PT-008812, active" },
        { question: SCHED_Q, answer: "Yes" },
      ],
      resumeText: `Hannah Cho, PT, DPT, OCS
Portland, OR

Experience
Physical Therapist, Rose City Sports & Spine (outpatient orthopedics) — Jun 2022 – Present
- Evaluate and treat post-op ACL, rotator cuff and total joint patients; average 12 patient visits per day
- Manual therapy: joint mobilization, soft tissue mobilization, manipulation of the thoracic spine
- Document evaluations and daily notes in WebPT; supervise two aides
Physical Therapist, Northwest Orthopedic Rehab — Aug 2020 – May 2022
- Outpatient orthopedic caseload; running-injury clinic; dry needling for chronic neck pain

Education & Licensure
Doctor of Physical Therapy, Pacific University, 2020
Oregon Physical Therapist License (active)
Orthopaedic Clinical Specialist (OCS), ABPTS, 2024
Dry Needling Level 2 certification`,
    },
    {
      id: "pt-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Writes 'physiotherapist', 'MSK', 'joint mobs', 'DPT' spelled out differently; 3+ years outpatient MSK.",
      answers: [
        { question: LIC_Q, answer: "Yes — licensed in Oregon since 2023" },
        { question: SCHED_Q, answer: "Yes, evenings are fine" },
      ],
      resumeText: `Tomás Rivera
Staff Physiotherapist

Work History
Staff Physiotherapist — Willamette MSK Clinic, Salem OR | 2023 – Present
• Own caseload of musculoskeletal patients: post-surgical shoulders and knees, low back pain, ankle sprains
• Hands-on treatment: joint mobs, myofascial release, graded exercise programs; 10–12 visits a day
Physiotherapist — Coastal Sports Medicine, Eugene OR | 2021 – 2023
• Ambulatory sports clinic: return-to-run programs, post-op rehab for high-school athletes

Education
Doctorate in Physical Therapy (DPT), Oregon Health & Science University — 2021
Licensure: State of Oregon PT license`,
    },
    {
      id: "pt-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Personal trainer with a list naming every requirement; no degree, no license, no clinical work.",
      answers: [
        { question: LIC_Q, answer: "I am certified as a trainer" },
        { question: SCHED_Q, answer: "Yes" },
      ],
      resumeText: `Jake Morrison
Personal Trainer

Skills
Physical therapy, manual therapy, outpatient orthopedics, Doctor of Physical Therapy knowledge, OCS, dry needling, WebPT, plans of care, post-surgical rehab, Oregon license requirements

Experience
Personal Trainer, FitLife Gym, Portland — 2019 – Present
- Run group classes and one-on-one strength sessions for members
- Sell training packages; keep the floor tidy
Server, Olive Garden — 2016 – 2019

Certifications
NASM Certified Personal Trainer`,
    },
    {
      id: "pt-04-pta",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "Physical therapist assistant: 6 years in outpatient ortho under a PT's plan of care; not a PT, no DPT.",
      answers: [
        { question: LIC_Q, answer: "I hold an Oregon PTA license (physical therapist assistant)" },
        { question: SCHED_Q, answer: "Yes" },
      ],
      resumeText: `Dana Whitfield, PTA
Beaverton, OR

Experience
Physical Therapist Assistant, Summit Orthopedic Physical Therapy — 2020 – Present
- Carry out treatment plans written by the supervising physical therapist for outpatient orthopedic patients
- Therapeutic exercise, gait training, soft tissue work under PT direction; document in WebPT
Physical Therapist Assistant, Valley Rehab — 2018 – 2020

Education
Associate of Applied Science, Physical Therapist Assistant, Mt. Hood Community College, 2018
Oregon Physical Therapist Assistant license`,
    },
    {
      id: "pt-05-not-licensed",
      label: "missing-must-have",
      grade: 3,
      missingMustHave: true,
      note: "New DPT graduate with good orthopedic rotations, but not yet licensed (exam pending) and no paid experience.",
      answers: [
        { question: LIC_Q, answer: "Not yet — I sit the NPTE in January" },
        { question: SCHED_Q, answer: "Yes" },
      ],
      resumeText: `Priya Nair
Doctor of Physical Therapy, Class of 2026

Clinical Rotations
Outpatient Orthopedics, Providence Sports Care — 12 weeks, 2026
- Evaluated and treated orthopedic patients under a clinical instructor; manual therapy and exercise prescription
Acute Care, Legacy Emanuel — 8 weeks, 2025

Education
Doctor of Physical Therapy, University of Puget Sound, May 2026
B.S. Kinesiology, Oregon State University, 2023`,
    },
    {
      id: "pt-06-snf",
      label: "mixed",
      grade: 5,
      missingMustHave: false,
      note: "Licensed DPT, 4 years in skilled nursing and inpatient rehab; under a year of outpatient ortho; 8 visits a day.",
      answers: [
        { question: LIC_Q, answer: "Yes" },
        { question: SCHED_Q, answer: "Yes" },
      ],
      resumeText: `Marcus Greene, PT, DPT

Experience
Physical Therapist, Evergreen Outpatient Orthopedics — Feb 2026 – Present
- Outpatient orthopedic caseload, averaging 8 patient visits per day; manual therapy and exercise
Physical Therapist, Rosewood Skilled Nursing & Rehab — 2021 – 2026
- Rehabilitation for elderly residents after strokes and hip fractures; transfers, gait, fall prevention
Physical Therapist, Meridian Inpatient Rehabilitation Hospital — 2020 – 2021

Education & License
Doctor of Physical Therapy, Pacific University, 2020
Oregon Physical Therapist License`,
    },
    {
      id: "pt-07-director-parttime",
      label: "overqualified",
      grade: 4,
      missingMustHave: false,
      note: "Licensed PT, clinic director running operations without a caseload since 2017; wants part-time, 20 hours a week.",
      answers: [
        { question: LIC_Q, answer: "Yes" },
        { question: SCHED_Q, answer: "Prefer not, but possible occasionally" },
      ],
      resumeText: `Linda Okafor, PT, DPT, OCS
Looking for a part-time role, about 20 hours a week, easing toward retirement.

Experience
Director of Rehabilitation Services, Pacific Therapy Group (8 outpatient clinics) — 2017 – Present
- Budgets, hiring, payer contracts and compliance for 60 therapists; no patient caseload since 2017
Physical Therapist, Pacific Therapy Group — 2008 – 2017
- Outpatient orthopedic caseload; manual therapy; clinical instructor for students

Education & Credentials
Doctor of Physical Therapy, 2008 · Oregon PT license · OCS (ABPTS)`,
    },
    {
      id: "pt-08-massage",
      label: "adjacent-profession",
      grade: 2,
      missingMustHave: true,
      note: "Licensed massage therapist doing soft-tissue work for injured athletes; not a physical therapist.",
      answers: [
        { question: LIC_Q, answer: "No, I hold an Oregon massage therapy license (LMT)" },
        { question: SCHED_Q, answer: "Yes" },
      ],
      resumeText: `Sofia Brandt, LMT
Portland, OR

Experience
Licensed Massage Therapist, Peak Recovery Sports Massage — 2018 – Present
- Soft tissue and myofascial work for runners and cyclists recovering from injuries
- Coordinate with patients' physical therapists on treatment goals
Massage Therapist, Zen Day Spa — 2015 – 2018

Credentials
Oregon Licensed Massage Therapist (LMT #19022)
Certificate in Orthopedic Massage`,
    },
  ],
};
