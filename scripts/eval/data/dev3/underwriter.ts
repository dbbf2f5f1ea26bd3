import type { EvalPosting } from "../types";

const AUTH_Q = "Are you authorized to work in the United States without visa sponsorship now or in the future?";
const BOOK_Q = "What size of book (annual written premium) do you manage today?";

export const underwriter: EvalPosting = {
  id: "underwriter",
  split: "dev",
  field: "commercial insurance underwriting",
  style: "'Non-negotiables' / 'Helpful' headings, a premium threshold in dollars, sponsorship line, numbers in words",
  jobTitle: "Commercial Lines Underwriter II",
  companyName: "Harborline Insurance",
  jobDescription: `Harborline writes property and casualty insurance for 40,000 small and mid-sized businesses in the Northeast. Our underwriters select and price risks, negotiate with independent agents and grow a profitable book.

Non-negotiables:
• Three or more years underwriting commercial property and casualty lines
• A book of at least $5 million in annual written premium managed today
• Bachelor's degree
• Authorized to work in the U.S. without sponsorship

Helpful:
• CPCU or AU designation (or working toward it)
• Contractors or construction accounts
• Guidewire PolicyCenter`,
  resumes: [
    {
      id: "uw-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Commercial P&C underwriter for 6 years, $9M book, CPCU, construction accounts, Guidewire.",
      answers: [
        { question: AUTH_Q, answer: "Yes" },
        { question: BOOK_Q, answer: "About $9 million" },
      ],
      resumeText: `Emily Carter, CPCU
Senior Commercial Lines Underwriter · Hartford, CT

Experience
Senior Commercial Lines Underwriter, Northeast Mutual — Apr 2022 – Present
- Underwrite commercial property, general liability, auto and umbrella for middle-market accounts; $9.2M written premium
- Specialise in contractors and construction accounts; quote and bind in Guidewire PolicyCenter
Commercial Lines Underwriter, Northeast Mutual — Jun 2020 – Apr 2022
Underwriting Assistant, Travelers — 2019 – 2020

Education
B.A. Economics, University of Connecticut

Designations
Chartered Property Casualty Underwriter (CPCU), 2023`,
    },
    {
      id: "uw-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Writes 'Account Underwriter, Business Insurance', 'BOP, GL, commercial auto', '$7.5M GWP', 'AU', 'BS Finance'; 5 years.",
      answers: [
        { question: AUTH_Q, answer: "Yes, U.S. citizen" },
        { question: BOOK_Q, answer: "$7.5M GWP" },
      ],
      resumeText: `Jason Albrecht
Account Underwriter — Business Insurance

Work History
Account Underwriter, Business Insurance — Liberty Mutual, Boston | 2021 – Present
• Risk selection and pricing for small-business and middle-market accounts: BOP, GL, commercial auto, workers' comp
• Portfolio of $7.5M GWP; negotiate terms with independent agencies; trade contractors a focus
Associate Underwriter, Small Commercial — The Hanover | 2019 – 2021

Education
BS Finance, Bentley University

Designations
AU (Associate in Commercial Underwriting)`,
    },
    {
      id: "uw-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Bank teller with a skills list of every requirement; no underwriting.",
      answers: [
        { question: AUTH_Q, answer: "Yes" },
        { question: BOOK_Q, answer: "N/A" },
      ],
      resumeText: `Nicole Ferris

Skills
Commercial lines underwriting, property and casualty, CPCU, AU, Guidewire PolicyCenter, contractors accounts, $5 million book, risk selection

Experience
Bank Teller, Citizens Bank, Providence — 2021 – Present
- Cash handling, balancing drawer, customer service
Server, Olive Garden — 2018 – 2021

Education
B.A. Communications, Rhode Island College`,
    },
    {
      id: "uw-04-sponsorship",
      label: "no-work-authorisation",
      grade: 3,
      missingMustHave: true,
      note: "Qualified commercial underwriter, 5 years, $6M book, but needs sponsorship.",
      answers: [
        { question: AUTH_Q, answer: "No, I will need H-1B sponsorship" },
        { question: BOOK_Q, answer: "$6M" },
      ],
      resumeText: `Arjun Mehta

Experience
Commercial Property & Casualty Underwriter, ICICI Lombard, Mumbai — 2021 – Present
- Underwrite commercial property and liability for mid-market manufacturers; book of $6M in premium
Underwriting Trainee, ICICI Lombard — 2020 – 2021

Education
B.Com., University of Mumbai

Designations
Pursuing CPCU`,
    },
    {
      id: "uw-05-personal-lines",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "Personal lines (homeowners and auto) underwriter, 5 years; no commercial lines.",
      answers: [
        { question: AUTH_Q, answer: "Yes" },
        { question: BOOK_Q, answer: "I review about 40 personal lines referrals a day; no book" },
      ],
      resumeText: `Laura Benson
Personal Lines Underwriter

Experience
Personal Lines Underwriter, Amica Mutual, Lincoln RI — 2021 – Present
- Underwrite homeowners and private passenger auto referrals; inspections and renewals
Customer Service Representative, Amica Mutual — 2019 – 2021

Education
B.S. Business Administration, Bryant University`,
    },
    {
      id: "uw-06-book-3m",
      label: "threshold-miss",
      grade: 5,
      missingMustHave: false,
      note: "Commercial P&C underwriter, 4 years, degree, but a $3M book against the $5M minimum.",
      answers: [
        { question: AUTH_Q, answer: "Yes" },
        { question: BOOK_Q, answer: "$3 million" },
      ],
      resumeText: `Samuel Ortiz
Commercial Lines Underwriter

Experience
Commercial Lines Underwriter, Plymouth Rock Assurance — 2022 – Present
- Underwrite small commercial property and general liability; book of $3M written premium
Underwriting Assistant, Plymouth Rock Assurance — 2021 – 2022

Education
B.S. Finance, Northeastern University`,
    },
    {
      id: "uw-07-cuo",
      label: "overqualified",
      grade: 5,
      missingMustHave: false,
      note: "Chief underwriting officer who has set strategy, not underwritten accounts, since 2013; 25 years; CPCU.",
      answers: [
        { question: AUTH_Q, answer: "Yes" },
        { question: BOOK_Q, answer: "I oversee a $400M portfolio" },
      ],
      resumeText: `Richard Haynes, CPCU
Chief Underwriting Officer

Experience
Chief Underwriting Officer, Granite State Insurance — 2013 – Present
- Own underwriting strategy, reinsurance and a $400M commercial portfolio; lead 90 underwriters; no individual accounts
Commercial Lines Underwriter, Granite State Insurance — 2000 – 2013

Education
MBA, Boston University; B.A. Mathematics`,
    },
    {
      id: "uw-08-no-degree",
      label: "missing-must-have",
      grade: 4,
      missingMustHave: true,
      note: "Commercial underwriter with 4 years and a $5.5M book but no bachelor's degree (high school, one insurance course).",
      answers: [
        { question: AUTH_Q, answer: "Yes" },
        { question: BOOK_Q, answer: "$5.5M" },
      ],
      resumeText: `Kyle Dawson
Commercial Underwriter

Experience
Commercial Lines Underwriter, Selective Insurance — 2022 – Present
- Underwrite commercial property and casualty for contractors and wholesalers; $5.5M book
Underwriting Technician, Selective Insurance — 2019 – 2022

Education
High school diploma, Warwick Veterans Memorial High School
INS 21 (The Institutes), 2020`,
    },
  ],
};
