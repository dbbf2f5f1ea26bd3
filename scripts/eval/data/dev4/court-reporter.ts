import type { EvalPosting } from "../types";

const CSR_Q = "Do you hold a current California Certified Shorthand Reporter (CSR) license?";
const TRAVEL_Q = "Our depositions are across Los Angeles and Orange County, often on a day's notice. Can you cover them?";

export const courtReporter: EvalPosting = {
  id: "court-reporter",
  split: "dev",
  field: "court reporting / stenography",
  style:
    "second-person conversational posting with no headings for requirements: 'You're … You've … You own …' sentences, then 'Bonus points if …'",
  jobTitle: "Deposition Court Reporter (Stenographic)",
  companyName: "Pacific Coast Reporting Group",
  jobDescription: `Pacific Coast Reporting Group covers depositions, arbitrations and examinations under oath for law firms across Southern California. We are adding a stenographic reporter to our freelance-to-staff team.

Is this you? You're a California Certified Shorthand Reporter with an active license. You've spent at least three years reporting depositions or court proceedings by machine shorthand. You own your steno writer and run your own CAT software, and you turn a certified transcript around within ten business days. You can get to depositions anywhere in Los Angeles and Orange County on short notice.

Bonus points if you write realtime (CRR or similar), hold the RPR, or have handled medical and technical testimony.`,
  resumes: [
    {
      id: "cr-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Licensed California CSR, seven years of deposition reporting by steno, own writer and Case CATalyst, RPR and CRR, medical malpractice depositions.",
      answers: [
        { question: CSR_Q, answer: "Yes, CSR No. 13422, active" },
        { question: TRAVEL_Q, answer: "Yes" },
      ],
      resumeText: `Teresa Alvarado, CSR No. 13422, RPR, CRR
Stenographic Court Reporter · Long Beach, CA

Experience
Freelance Deposition Reporter, Alvarado Reporting Services — Mar 2019 – Present
- Machine shorthand reporting of depositions, arbitrations and EUOs across Los Angeles and Orange County
- Realtime feeds to counsel; certified transcripts delivered in 7–10 business days
- Medical malpractice and product liability testimony
Court Reporter, Veritext Legal Solutions — 2017 – 2019

Equipment
Own Luminex II writer; Case CATalyst CAT software

Licenses & Certifications
California Certified Shorthand Reporter (CSR), active
Registered Professional Reporter (RPR); Certified Realtime Reporter (CRR)`,
    },
    {
      id: "cr-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Calls herself a 'stenographer' and 'official reporter pro tem'; 'C.S.R. #14110'; 'writes realtime'; 'Eclipse'; 'EBTs and depos'; 5 years; own machine.",
      answers: [
        { question: CSR_Q, answer: "Yes — C.S.R. #14110" },
        { question: TRAVEL_Q, answer: "Yes, I cover LA and OC now" },
      ],
      resumeText: `Gina Okafor, C.S.R. #14110
Stenographer

Work History
Pro Tem Official Reporter, Los Angeles Superior Court — 2023 – Present
• Took down trials and motion calendars verbatim on the steno machine; produced certified transcripts for appeals
Freelance Stenographer — Esquire Deposition Solutions | 2021 – Present
• Depos and EBTs in Irvine, Santa Ana and downtown LA; writes realtime for counsel
• Expert witness and orthopedic testimony

Tools
Personal Diamante writer; Eclipse CAT system

Credentials
State of California shorthand reporter licence (C.S.R. #14110); NCRA member`,
    },
    {
      id: "cr-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Legal transcriptionist who types from audio recordings; lists every posting term as a skill; no license, no steno.",
      answers: [
        { question: CSR_Q, answer: "No, but I am studying" },
        { question: TRAVEL_Q, answer: "Yes" },
      ],
      resumeText: `Brandon Hughes

Skills
Certified Shorthand Reporter, CSR, machine shorthand, stenography, CAT software, realtime, RPR, CRR, depositions, certified transcripts

Experience
Legal Transcriptionist (remote), TranscribeMe — 2022 – Present
- Typed transcripts from recorded audio files at 80 wpm
Receptionist, Dental Office — 2019 – 2022`,
    },
    {
      id: "cr-04-no-license",
      label: "missing-must-have",
      grade: 3,
      missingMustHave: true,
      note: "Six years of stenographic reporting in Nevada with RPR, but no California CSR license.",
      answers: [
        { question: CSR_Q, answer: "Not yet — I'm licensed in Nevada and sitting the California exam in spring" },
        { question: TRAVEL_Q, answer: "Yes" },
      ],
      resumeText: `Kevin Marsh, RPR
Court Reporter

Experience
Freelance Court Reporter, Las Vegas, NV — 2020 – Present
- Depositions and arbitrations by machine shorthand; own writer; Case CATalyst
Official Court Reporter, Clark County District Court — 2019 – 2020

Certifications
Nevada Certified Court Reporter (CCR); Registered Professional Reporter (RPR)`,
    },
    {
      id: "cr-05-refuses-travel",
      label: "missing-must-have",
      grade: 3,
      missingMustHave: true,
      note: "Licensed California CSR with eight years of depositions who will only report remotely and won't travel to depositions.",
      answers: [
        { question: CSR_Q, answer: "Yes" },
        { question: TRAVEL_Q, answer: "No — I only take remote (Zoom) depositions now, no travel" },
      ],
      resumeText: `Laura Chen, CSR, RMR
Court Reporter

Experience
Deposition Reporter, Jilio-Ryan Court Reporters — 2018 – Present
- Stenographic reporting of depositions; certified transcripts; own writer and Case CATalyst
Court Reporter, Barkley Court Reporters — 2016 – 2018

Licenses
California CSR; Registered Merit Reporter (RMR)`,
    },
    {
      id: "cr-06-voice-writer",
      label: "adjacent-profession",
      grade: 4,
      missingMustHave: true,
      note: "Digital court recorder / voice writer: monitors audio recording in courtrooms; not a machine-shorthand CSR.",
      answers: [
        { question: CSR_Q, answer: "No, I'm an AAERT-certified digital reporter" },
        { question: TRAVEL_Q, answer: "Yes" },
      ],
      resumeText: `Marcus Bell, CER
Digital Court Reporter

Experience
Digital Reporter, Stewart Legal Recording — 2020 – Present
- Operate multichannel audio recording at depositions; annotate log notes; prepare transcripts from audio
Courtroom Clerk, Riverside County Superior Court — 2016 – 2020

Certifications
AAERT Certified Electronic Reporter (CER)`,
    },
    {
      id: "cr-07-part-time",
      label: "overqualified",
      grade: 5,
      missingMustHave: false,
      note: "Retired official court reporter with 30 years, licensed CSR, who wants two days a week only.",
      answers: [
        { question: CSR_Q, answer: "Yes" },
        { question: TRAVEL_Q, answer: "Only two days a week, and within the South Bay" },
      ],
      resumeText: `Dorothy Kim, CSR, RDR
Court Reporter (semi-retired)

Experience
Official Court Reporter, Los Angeles Superior Court — 1994 – 2024
- Felony trials and capital cases by machine shorthand; daily copy; realtime to the bench
Freelance Deposition Reporter — 2024 – Present (two days a week)

Licenses
California Certified Shorthand Reporter; Registered Diplomate Reporter (RDR)

Availability: part-time, two days a week`,
    },
    {
      id: "cr-08-new-licensee",
      label: "threshold-miss",
      grade: 4,
      missingMustHave: true,
      note: "Passed the California CSR exam last year; 14 months of deposition reporting against the three years asked.",
      answers: [
        { question: CSR_Q, answer: "Yes, licensed 2025" },
        { question: TRAVEL_Q, answer: "Yes" },
      ],
      resumeText: `Priya Natarajan, CSR
Court Reporter

Experience
Deposition Reporter, Aptus Court Reporting — Sep 2025 – Present
- Steno reporting of depositions in Los Angeles; certified transcripts; own writer, Eclipse
Court Reporting Student, Sage College — 2021 – 2025

Licenses
California CSR (2025)`,
    },
  ],
};
