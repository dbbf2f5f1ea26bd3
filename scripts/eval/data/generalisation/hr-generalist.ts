import type { EvalPosting } from "../types";

export const hrGeneralist: EvalPosting = {
  id: "hr-generalist",
  split: "test",
  field: "human resources",
  style: "question headings (What you'll do? / What do you bring? / What would be a bonus?)",
  jobTitle: "HR Generalist",
  companyName: "Maple Grove Manufacturing",
  jobDescription: `HR Generalist — Maple Grove Manufacturing (Grand Rapids, MI, on-site)

What will you do?
Support 350 plant and office employees across employee relations, onboarding, benefits and compliance.

What do you bring?
- 3+ years as an HR generalist or HR business partner
- Hands-on employee relations: investigations, documentation, corrective action
- Working knowledge of FMLA, ADA and FLSA
- Experience with an HRIS such as UKG, Workday or ADP

What would be a bonus?
- SHRM-CP or PHR certification
- Experience in a manufacturing or unionized environment`,
  resumes: [
    {
      id: "hr-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "5 years HR generalist in manufacturing, investigations, FMLA/ADA, UKG, SHRM-CP.",
      answers: [],
      resumeText: `Rachel Novak, SHRM-CP
Experience
HR Generalist — Steelcase, Grand Rapids | Feb 2021 – Present
- Employee relations for 500 plant employees: investigations, documentation, corrective action; union grievance meetings
- Administer FMLA and ADA accommodations; FLSA classification reviews; UKG Pro super-user
HR Coordinator — Herman Miller | 2019 – 2021
Certification: SHRM-CP`,
    },
    {
      id: "hr-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "'People partner', 'workplace investigations', 'leave of absence administration', 'Workday HCM'.",
      answers: [],
      resumeText: `Luis Herrera
People Partner

Work
People Partner — Gentex Corporation (automotive components) — 2020 – Present
• Workplace investigations and performance improvement plans; leave of absence and accommodation administration under federal law
• Wage-and-hour audits; Workday HCM data and reporting
People Operations Specialist — Spectrum Health — 2018 – 2020
PHR (HRCI)`,
    },
    {
      id: "hr-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Recruiting intern with an HR keyword list.",
      answers: [],
      resumeText: `Brittany Ellis
Skills: HR generalist, employee relations, investigations, FMLA, ADA, FLSA, UKG, Workday, ADP, SHRM-CP, PHR, manufacturing, union

Experience
Recruiting Intern — Meijer | Jun 2025 – Aug 2025
- Scheduled interviews and screened resumes`,
    },
    {
      id: "hr-04-recruiter",
      label: "adjacent-profession",
      grade: 4,
      missingMustHave: true,
      note: "Full-cycle recruiter: HR-adjacent, no employee relations or leave administration.",
      answers: [],
      resumeText: `Kevin Walsh
Experience
Senior Technical Recruiter — Amway | 2019 – Present
- Full-cycle recruiting for engineering roles; offers and onboarding paperwork in Workday
Recruiter — Robert Half | 2016 – 2019`,
    },
    {
      id: "hr-05-payroll",
      label: "mixed",
      grade: 5,
      missingMustHave: false,
      note: "Payroll & benefits specialist 6 years, FLSA and FMLA leave tracking in ADP; little ER.",
      answers: [],
      resumeText: `Monica Reyes
Experience
Payroll & Benefits Specialist — Wolverine Worldwide | 2019 – Present
- Payroll for 1,200 employees in ADP; FMLA leave tracking; FLSA overtime compliance; benefits enrollment
- Some support on employee questions and onboarding`,
    },
    {
      id: "hr-06-chro",
      label: "overqualified",
      grade: 4,
      missingMustHave: false,
      note: "Chief People Officer, strategic only for years; wants a 3-day week.",
      answers: [],
      resumeText: `Patricia Lowe, SPHR
Summary
Executive HR leader seeking a three-day-a-week role closer to home.
Experience
Chief People Officer — Perrigo | 2015 – Present
- Enterprise people strategy, executive compensation, M&A integration; HR team of 45
HR Director — Kellogg | 2008 – 2015`,
    },
    {
      id: "hr-07-sparse",
      label: "sparse",
      grade: 3,
      missingMustHave: false,
      note: "Two-line resume claiming HR experience.",
      answers: [],
      resumeText: `Dana Kim
HR professional, 5 years, employee relations and benefits. SHRM member.`,
    },
  ],
};
