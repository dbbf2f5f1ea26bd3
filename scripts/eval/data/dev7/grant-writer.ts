import type { EvalPosting } from "../types";

const SECURED_Q = "Roughly how much grant funding have you personally secured (as lead writer) in your career?";
const HYBRID_Q = "This role is hybrid with two days a week in our Baltimore office. Does that work for you?";

export const grantWriter: EvalPosting = {
  id: "grant-writer",
  split: "dev",
  field: "nonprofit fundraising (institutional giving / grants)",
  style:
    "LinkedIn-style post with emoji bullets, 'You might be a fit if…' and 'Even better if…' lists, salary range, hybrid note, hashtags and reposting noise",
  jobTitle: "Grant Writer / Development Officer, Institutional Giving",
  companyName: "Harbor Lights Youth Alliance",
  jobDescription: `🚀 We're hiring! Grant Writer / Development Officer, Institutional Giving

Harbor Lights Youth Alliance has grown from one after-school site to 11 across Baltimore City and County in six years — and this year we'll serve 3,200 young people with mentoring, tutoring, summer jobs and mental-health support. 💙 To keep growing, we're adding a second grant writer to our 5-person development team. Please share with your network! 🙏

💼 The role
You'll own a portfolio of ~60 foundation, corporate and government funders, from prospect research and LOIs through full proposals, budgets and reports. You'll work hand in hand with our program directors and finance team to turn outcomes data into compelling stories, and you'll keep our grants calendar (and all of us!) on track.

🎯 What you'll do
✍️ Research, write and submit 40+ proposals a year (foundation, corporate, city/state and federal)
📅 Own the grants calendar: deadlines, deliverables and reporting
📊 Build program budgets and budget narratives with Finance
📝 Write interim and final reports that make funders want to renew
🤝 Steward funder relationships alongside our ED and Director of Development
🗂️ Keep records clean in Salesforce NPSP

✅ You might be a fit if…
🖊️ You have 3+ years of grant writing experience at a nonprofit (or a consultancy serving nonprofits)
💰 You've personally secured $1M+ in grant funding over your career as lead writer
📅 You've managed a grants calendar and post-award reporting for multiple funders at once
🎓 You have a bachelor's degree (any field)
🏙️ You can be in our Baltimore (Station North) office two days a week

✨ Even better if…
🏅 You hold the GPC (Grant Professional Certified) or CFRE credential
🏛️ You've written a successful federal application of $500K+ (SAMHSA, DOJ/OJJDP, AmeriCorps, Dept. of Ed.)
💻 You know Salesforce NPSP, Raiser's Edge or Instrumentl
🗣️ You speak Spanish
🧒 You've worked in youth development or education

💵 $72,000 – $86,000 + 403(b) with 5% match, 4 weeks PTO + winter break, fully covered health for you, $1,500 PD budget
🏠 Hybrid: Tue & Thu in office, the rest remote

We know imposter syndrome is real 💭 — if you meet most of these, please apply anyway. Harbor Lights is an equal opportunity employer and we especially encourage applicants from the communities we serve.

👉 Apply via the link in comments or DM me with questions!

#nonprofitjobs #grantwriting #fundraising #baltimore #hiring #youthdevelopment`,
  resumes: [
    {
      id: "grant-01-strong",
      label: "strong",
      grade: 10,
      missingMustHave: false,
      note: "Eight years, $14M secured as lead writer including a $2.1M five-year SAMHSA award, 68% win rate, GPC, Raiser's Edge and Instrumentl, Baltimore-based. Writes in the field's vocabulary (LOIs, 990-PF research, logic models, NOFOs, stewardship) rather than the post's.",
      answers: [
        { question: SECURED_Q, answer: "About $14M" },
        { question: HYBRID_Q, answer: "Yes — I live in Hampden" },
      ],
      resumeText: `NADIA ROBINSON, GPC
Baltimore, MD · linkedin.com/in/nadiarobinsongrants

Senior Manager, Institutional Giving — Thread Baltimore | Feb 2021 – Present
• Portfolio of 85 foundation, corporate and public funders; $1.9M average annual revenue; 68% win rate on new asks
• Led the SAMHSA Project AWARE NOFO response: $2.1M over 5 years — our first federal award
• Prospect pipeline from 990-PF research in Candid FDO and Instrumentl; 22 new funders in three years
• Logic models, evaluation plans and budget justifications with program and finance leads
• Deadline and deliverables tracker across ~120 reports/yr in Raiser's Edge NXT; zero missed reports

Grants Manager — Living Classrooms Foundation | 2018 – 2021
• Wrote 50+ proposals/yr; secured $4.6M incl. Abell, Annie E. Casey and Baltimore Children & Youth Fund renewals

Development Associate — Maryland Food Bank | 2016 – 2018

B.A. English, Towson University · Grant Professional Certified (GPC), 2022`,
    },
    {
      id: "grant-02-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Prose summary of a small-shop development director: six years, $3.4M raised from foundations and the state, owns the calendar and reporting, CFRE, Baltimore. Less federal depth than the first.",
      answers: [
        { question: SECURED_Q, answer: "$3.4M" },
        { question: HYBRID_Q, answer: "Yes" },
      ],
      resumeText: `Jonathan Meyers, CFRE

I've spent six years raising money for youth and education nonprofits in Maryland, most recently as the one-person development department of a $4M literacy organization. I write every proposal and report we send — foundations, corporate giving programs and the Maryland State Department of Education — and I've brought in $3.4M in that time, including a three-year, $600,000 Governor's Office of Crime Prevention award. I keep our funder deadlines in a shared tracker that the ED and program leads actually use, and I've never missed a report. I'm also the person who translates our program data into something a funder can read in five minutes.

Director of Development — Reading Partners Baltimore — 2022 – Present
Development Coordinator — Higher Achievement Baltimore — 2020 – 2022

B.A. Political Science, University of Maryland, Baltimore County
CFRE (2024) · Salesforce NPSP · Baltimore resident`,
    },
    {
      id: "grant-03-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "'Foundation & Corporate Relations Officer', 'proposals and case statements', 'institutional funders', '$1.6M in new philanthropic revenue', 'stewardship reports', 'submission schedule'. Every must-have met in other words over four years.",
      answers: [
        { question: SECURED_Q, answer: "$1.6M" },
        { question: HYBRID_Q, answer: "Yes" },
      ],
      resumeText: `Elena Ruiz
Foundation & Corporate Relations Officer

Johns Hopkins Center for Talented Youth (nonprofit arm) | Jul 2022 – Present
- Author cases for support, concept papers and full proposals to institutional funders
- $1.6M in new philanthropic revenue brought in as primary author (2022–2026)
- Maintain the submission schedule and all stewardship and impact reports for 35 funders
- Budget narratives with Finance; Raiser's Edge records

Development Writer | Port Discovery Children's Museum | Sep 2020 – Jun 2022
- Appeals, sponsorship decks and foundation applications

B.A. Journalism, Loyola University Maryland · bilingual Spanish/English · Baltimore`,
    },
    {
      id: "grant-04-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Skills block names grant writing, $1M+, GPC, federal grants, NPSP and Instrumentl; the experience is marketing copywriting plus one $2,500 PTA grant as a volunteer.",
      answers: [
        { question: SECURED_Q, answer: "$1M+" },
        { question: HYBRID_Q, answer: "Yes" },
      ],
      resumeText: `Ashley Turner

SKILLS
Grant writing · $1M+ secured · foundation, corporate and government grants · federal grants · SAMHSA · DOJ · LOIs · proposals · budgets · grants calendar · reporting · stewardship · GPC · CFRE · Salesforce NPSP · Raiser's Edge · Instrumentl · youth development · Spanish

EXPERIENCE
Marketing Copywriter — Vertex Digital Agency, Columbia MD — 2021 – Present
Email campaigns, landing pages and social copy for B2B clients.

Volunteer — Roland Park Elementary PTA — 2024
Wrote a $2,500 grant application to a local bank for library books (awarded).

B.A. Communications, Salisbury University`,
    },
    {
      id: "grant-05-remote",
      label: "missing-must-have",
      grade: 4,
      missingMustHave: true,
      note: "Solid grant writer (five years, $2.3M) in Denver looking for fully remote work only; says no to two days a week in Baltimore, which the post requires.",
      answers: [
        { question: SECURED_Q, answer: "About $2.3M" },
        { question: HYBRID_Q, answer: "No — I'm in Denver and only considering fully remote roles" },
      ],
      resumeText: `Kaitlyn Brooks — Grant Writer (Remote)
Denver, CO

Grant Writer — Girls Inc. of Metro Denver — 2021 – Present
• 35–45 proposals/yr to foundations and corporations; $2.3M secured as lead writer
• Own grant calendar, interim and final reports; Bloomerang

Communications Coordinator — Mile High Youth Corps — 2019 – 2021

B.A. English, University of Colorado Boulder`,
    },
    {
      id: "grant-06-sponsored-programs",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "University pre-award grants administrator: Grants.gov, NIH budgets, compliance and deadlines — the right tools — but faculty write and win the proposals; no record of securing funding as lead writer.",
      answers: [
        { question: SECURED_Q, answer: "I've helped submit $40M+ in applications for faculty" },
        { question: HYBRID_Q, answer: "Yes" },
      ],
      resumeText: `Marcus Feldman
Senior Grants and Contracts Specialist (Pre-Award)

Office of Research Administration, University of Maryland School of Medicine — 2019 – Present
- Review and submit 150+ NIH, NSF and DoD applications per year via Grants.gov, ASSIST and Cayuse
- Prepare detailed budgets and budget justifications; check sponsor compliance and institutional routing
- Track deadlines for 60 faculty PIs; negotiate subawards

Research Administrator — Morgan State University — 2016 – 2019

B.S. Business Administration, Towson University · CRA (Certified Research Administrator)`,
    },
    {
      id: "grant-07-freelance",
      label: "off-target",
      grade: 5,
      missingMustHave: false,
      note: "Experienced freelance grant consultant (nine years, $6M+) who wants a 15-hour-a-week contract rather than a full-time staff role; qualified but not looking for this job.",
      answers: [
        { question: SECURED_Q, answer: "$6M+ across clients" },
        { question: HYBRID_Q, answer: "I work remotely as a contractor — could come in occasionally" },
      ],
      resumeText: `Renee Castillo, GPC — Castillo Grant Consulting

Independent grant consultant since 2017. I write foundation and federal proposals for small and mid-size nonprofits on retainer — currently four clients — and have secured more than $6M for them, including two DOJ OJJDP mentoring awards. I'm interested in Harbor Lights as a contract client for about 15 hours a week; I'm not looking to return to a full-time staff role.

Previously: Development Manager, Boys & Girls Clubs of Metropolitan Baltimore (2013–2017)
M.A. Nonprofit Management, Notre Dame of Maryland University`,
    },
    {
      id: "grant-08-threshold",
      label: "threshold-miss",
      grade: 7,
      missingMustHave: false,
      note: "Meets every must-have (four years, $1.3M secured, calendar and reports, degree, Baltimore), but the largest federal award is $420K against the post's 'even better' $500K+; a preferred threshold just missed, not a must-have.",
      answers: [
        { question: SECURED_Q, answer: "$1.3M" },
        { question: HYBRID_Q, answer: "Yes" },
      ],
      resumeText: `Samuel Adeyemi

Grant Writer, Baltimore Urban Debate League | Aug 2022 – Present
• Lead writer on $1.3M secured from 28 funders, including a $420,000 AmeriCorps State award (our largest federal grant)
• Grants calendar and all post-award reporting in Salesforce NPSP
• Budget narratives with the CFO; site visits with program staff

Development & Communications Associate, Baltimore Urban Debate League | Jun 2021 – Jul 2022

B.A. History, Morgan State University (2021)`,
    },
    {
      id: "grant-09-mixed",
      label: "mixed",
      grade: 6,
      missingMustHave: false,
      note: "Three years of grant writing and a degree, Baltimore-based, but the dollar record is 'contributed to $2M in proposals submitted' with no amount won as lead writer, and reports were done by program staff. Partly met.",
      answers: [
        { question: SECURED_Q, answer: "Contributed to about $2M in submissions; not sure of my share of awards" },
        { question: HYBRID_Q, answer: "Yes" },
      ],
      resumeText: `Olivia Chen
Development Associate, Grants

Development Associate — Baltimore Museum of Industry — 2023 – Present
Draft sections of foundation proposals with the Director of Development; contributed to ~$2M in proposals submitted; research prospects; gift entry.

Events & Annual Fund Assistant — Maryland Zoo — 2021 – 2023
Gala logistics, year-end appeal mailings, donor database updates.

B.A. Art History, Goucher College (2021)`,
    },
    {
      id: "grant-10-career-changer",
      label: "career-changer",
      grade: 7,
      missingMustHave: false,
      note: "Former high-school English teacher who moved into grant writing at a charter network three and a half years ago: $1.4M secured, owns deadlines and reporting, youth-education background. Meets the must-haves with a shorter fundraising history.",
      answers: [
        { question: SECURED_Q, answer: "$1.4M" },
        { question: HYBRID_Q, answer: "Yes" },
      ],
      resumeText: `Patrice Williams

Grant Writer — KIPP Baltimore | Apr 2023 – Present
- Lead writer for foundation and state education grants; $1.4M secured (Maryland Leads, France-Merrick Foundation, T. Rowe Price Foundation)
- Built the network's first grants calendar; own all interim and final reports

English Teacher, Grades 9–12 — Baltimore City Public Schools | 2015 – 2023
- Wrote and won two DonorsChoose and one $15,000 Baltimore Community Foundation classroom grant
- English department chair (2020–2023)

B.A. English, Morgan State University · M.A.T., Johns Hopkins University`,
    },
  ],
};
