import type { EvalPosting } from "../types";

export const paralegal: EvalPosting = {
  id: "paralegal",
  split: "test",
  field: "legal",
  style: "plain bullets under Requirements / Preferred",
  jobTitle: "Litigation Paralegal",
  companyName: "Harmon & Reyes LLP",
  jobDescription: `Harmon & Reyes LLP, a 40-attorney firm in Chicago, is hiring a litigation paralegal for our commercial litigation group.

Responsibilities
- Manage discovery: document collection, review sets and privilege logs
- Prepare exhibits, trial binders and deposition summaries
- E-file pleadings in state and federal court

Requirements
- 3+ years as a litigation paralegal at a law firm
- Experience with e-discovery platforms such as Relativity
- Federal (CM/ECF) and Illinois state e-filing
- Paralegal certificate or bachelor's degree

Preferred
- Trial preparation experience
- Notary public`,
  resumes: [
    {
      id: "pl-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "5 years litigation paralegal, Relativity, CM/ECF, trials, certificate.",
      answers: [],
      resumeText: `Laura Jennings
Experience
Senior Litigation Paralegal — Barnes & Cole LLP, Chicago | Jan 2021 – Present
- Run discovery for commercial cases: collections, Relativity review sets, privilege logs
- E-file in N.D. Ill. via CM/ECF and Cook County Odyssey eFileIL; trial binders for three jury trials
Litigation Paralegal — Klein Rossi LLC | 2019 – 2020
Education: Paralegal Certificate (ABA-approved), Roosevelt University; BA English, 2018
Notary Public, Illinois`,
    },
    {
      id: "pl-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "'Legal assistant, trial team', 'ESI review platform', 'PACER/ECF filings'.",
      answers: [],
      resumeText: `Derek Simmons
Trial Team Legal Assistant

Work
Legal Assistant, Trial Team — Sidley & Park LLP — 2020 – Present
• ESI processing and review workspaces (kCura platform); production sets and privilege logs
• ECF filings in federal court; eFileIL for state matters; prepared exhibits for two arbitrations
Education: BA Political Science, Loyola University Chicago, 2019`,
    },
    {
      id: "pl-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Receptionist listing every litigation keyword.",
      answers: [],
      resumeText: `Amber Cole
Skills: litigation paralegal, Relativity, e-discovery, CM/ECF, e-filing, privilege logs, trial preparation, deposition summaries, notary

Experience
Front Desk Receptionist — Lakeview Dental | 2022 – Present
- Answered phones and scheduled appointments`,
    },
    {
      id: "pl-04-real-estate",
      label: "adjacent-profession",
      grade: 4,
      missingMustHave: true,
      note: "Real estate paralegal: closings and title work, no litigation or discovery.",
      answers: [],
      resumeText: `Nora Walsh
Experience
Real Estate Paralegal — Chicago Title Partners | 2018 – Present
- Residential and commercial closings, title commitments, deeds and closing binders
Education: Paralegal Certificate, 2018`,
    },
    {
      id: "pl-05-junior",
      label: "mixed",
      grade: 5,
      missingMustHave: false,
      note: "1.5 years litigation paralegal plus legal secretary before.",
      answers: [],
      resumeText: `Carmen Ortiz
Experience
Litigation Paralegal — Dunn & Hale | Apr 2025 – Present
- Document review in Relativity; CM/ECF filings; deposition summaries
Legal Secretary — Dunn & Hale | 2021 – 2025
Education: Paralegal Certificate, 2024`,
    },
    {
      id: "pl-06-attorney",
      label: "overqualified",
      grade: 4,
      missingMustHave: false,
      note: "Practising litigation partner looking for part-time work.",
      answers: [],
      resumeText: `James O'Connor, JD
Summary
Litigation partner seeking a part-time role, 15 hours a week.
Experience
Partner — O'Connor Litigation Group | 2009 – Present
- First-chair commercial trials; manage associates and paralegals
Education: JD, Northwestern University, 2008`,
    },
    {
      id: "pl-07-unrelated",
      label: "off-target",
      grade: 1,
      missingMustHave: true,
      note: "Warehouse picker.",
      answers: [],
      resumeText: `Tony Ramirez
Experience
Order Picker — Amazon | 2023 – Present
- Picked and packed orders`,
    },
  ],
};
