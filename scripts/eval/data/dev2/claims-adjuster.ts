import type { EvalPosting } from "../types";

const LIC_Q = "Do you hold an active Texas all-lines adjuster license?";
const TRAVEL_Q = "Can you deploy to storm sites with overnight travel up to 50% of the time?";

export const claimsAdjuster: EvalPosting = {
  id: "claims-adjuster",
  split: "dev",
  field: "insurance claims",
  style: 'bold "Must have" numbered list, "Bonus" as one run-on paragraph, a percentage bar',
  jobTitle: "Field Property Claims Adjuster",
  companyName: "Lone Star Mutual Insurance",
  jobDescription: `Lone Star Mutual insures 300,000 homes across Texas. Our field adjusters inspect damaged homes, write estimates and settle claims fairly and fast, especially after hail and hurricane season.

**Must have**
1. Active Texas all-lines adjuster license
2. 2+ years handling residential property claims
3. Estimating in Xactimate
4. Able to travel to catastrophe sites, overnight, up to 50% of the time
5. Quality audit scores of 95%+ on closed files

**Bonus** a HAAG roof certification, commercial property claims, being bilingual in Spanish and English, and experience with flood claims under the NFIP would all set you apart.`,
  resumes: [
    {
      id: "ca-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Licensed field adjuster, 5 years residential property, Xactimate, CAT deployments, HAAG, audits 97%.",
      answers: [
        { question: LIC_Q, answer: "Yes, Texas all-lines #2209931" },
        { question: TRAVEL_Q, answer: "Yes" },
      ],
      resumeText: `Travis Boone
Field Property Adjuster · Austin, TX

Experience
Field Property Claims Adjuster, Heartland Insurance Group — Jan 2021 – Present
- Inspect and settle residential property claims for hail, wind, water and fire losses; 150+ files a year
- Write estimates in Xactimate; deployed to catastrophe sites after Hurricane Beryl and three hail events
- Quality audit scores averaging 97% on closed files
Claims Trainee, Heartland Insurance Group — 2020 – 2021

Licenses & Certifications
Texas All-Lines Adjuster License (active)
HAAG Certified Inspector — Residential Roofs`,
    },
    {
      id: "ca-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Writes 'homeowners losses', 'Xact', 'storm deployments', 'P&C independent adjuster'; 4 years; audits 96%.",
      answers: [
        { question: LIC_Q, answer: "Yes — Texas adjuster license, all lines" },
        { question: TRAVEL_Q, answer: "Yes, I deploy every storm season" },
      ],
      resumeText: `Maria Elena Soto
Independent Adjuster (P&C)

Work History
Independent Adjuster — Pilot Catastrophe Services | 2022 – Present
• Homeowners losses after hail, wind and hurricanes; site inspections, scope and Xact estimates, settlement
• Storm deployments to the Gulf Coast and Oklahoma, 6–10 weeks at a time
• File reviews at 96% on QA
Daily Claims Adjuster — Crawford & Company, Houston | 2020 – 2022
• Dwelling and contents claims for carriers; bilingual English/Spanish with insureds`,
    },
    {
      id: "ca-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Call-centre rep with a list of every requirement; no license, no adjusting.",
      answers: [
        { question: LIC_Q, answer: "Not yet" },
        { question: TRAVEL_Q, answer: "Yes" },
      ],
      resumeText: `Chris Dalton

Skills
Xactimate, residential property claims, all-lines adjuster license, catastrophe deployment, HAAG, NFIP flood, commercial property

Experience
Customer Service Representative, Lone Star Cable — 2021 – Present
- Answer billing and outage calls; 60 calls a day
Sales Associate, Best Buy — 2018 – 2021`,
    },
    {
      id: "ca-04-roofer",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "Roofing estimator who writes Xactimate estimates for contractors; never handled claims, no license.",
      answers: [
        { question: LIC_Q, answer: "No" },
        { question: TRAVEL_Q, answer: "Yes" },
      ],
      resumeText: `Wade Harmon
Roofing Estimator

Experience
Estimator / Project Manager, Texas Top Roofing, Dallas — 2019 – Present
- Inspect hail-damaged roofs and write repair estimates in Xactimate for homeowners' claims
- Meet insurance adjusters on site to agree scope; manage crews
Roofer, DFW Roofing — 2015 – 2019

Certifications
HAAG Certified Inspector — Residential Roofs`,
    },
    {
      id: "ca-05-no-travel",
      label: "missing-must-have",
      grade: 3,
      missingMustHave: true,
      note: "Licensed desk adjuster with 3 years of residential property claims who refuses overnight travel.",
      answers: [
        { question: LIC_Q, answer: "Yes" },
        { question: TRAVEL_Q, answer: "No — family commitments, I can't travel overnight" },
      ],
      resumeText: `Angela Price
Property Claims Adjuster

Experience
Desk Property Adjuster, Gulf States Insurance, Houston — 2023 – Present
- Residential property claims handled by phone and photos; estimates in Xactimate; 96% audit score
Claims Assistant, Gulf States Insurance — 2021 – 2023

License
Texas All-Lines Adjuster License`,
    },
    {
      id: "ca-06-audit-88",
      label: "threshold-miss",
      grade: 6,
      missingMustHave: false,
      note: "Licensed, 3 years residential property, Xactimate, travels; audit scores 88% against the 95%+ bar.",
      answers: [
        { question: LIC_Q, answer: "Yes" },
        { question: TRAVEL_Q, answer: "Yes" },
      ],
      resumeText: `Derek Lyons
Field Adjuster

Experience
Field Property Adjuster, Prairie Mutual Insurance, San Antonio — 2023 – Present
- Residential property claims: hail, wind and water; Xactimate estimates; CAT deployments to the coast
- Closed-file quality audit scores averaging 88%
Field Adjuster Trainee, Prairie Mutual Insurance — 2022 – 2023

Licenses
Texas All-Lines Adjuster`,
    },
    {
      id: "ca-07-vp-claims",
      label: "overqualified",
      grade: 4,
      missingMustHave: false,
      note: "VP of claims who has not handled a file since 2012; licensed; wants a change of pace.",
      answers: [
        { question: LIC_Q, answer: "Yes" },
        { question: TRAVEL_Q, answer: "Yes" },
      ],
      resumeText: `Robert Lindqvist
Vice President, Claims

Experience
Vice President, Property Claims, Frontier Insurance — 2012 – Present
- Lead 240 adjusters and managers; loss-ratio strategy, vendor programs; have not handled a claim myself since 2012
Property Claims Adjuster, Frontier Insurance — 2004 – 2012
- Residential and commercial property claims; Xactimate

License
Texas All-Lines Adjuster`,
    },
    {
      id: "ca-08-auto",
      label: "mixed",
      grade: 5,
      missingMustHave: false,
      note: "Licensed auto adjuster, 4 years; 10 months of residential property; Xactimate training; travels.",
      answers: [
        { question: LIC_Q, answer: "Yes" },
        { question: TRAVEL_Q, answer: "Yes" },
      ],
      resumeText: `Kayla Nguyen

Experience
Property Claims Adjuster, Bluebonnet Insurance, Fort Worth — Jan 2026 – Present
- Residential property claims for water and hail; estimates in Xactimate; audit scores 95%
Auto Physical Damage Adjuster, Bluebonnet Insurance — 2021 – 2025
- Appraised vehicle damage and settled auto claims

License
Texas All-Lines Adjuster License`,
    },
  ],
};
