import type { EvalPosting } from "../types";

const LICENSES_Q = "Which FINRA registrations do you currently hold (e.g., Series 6, 7, 63, 66)? Are they active?";
const TEAM_Q = "How many years have you directly managed a team, and how many direct reports at most?";
const SALARY_Q = "What are your base salary expectations?";

export const bankBranchManager: EvalPosting = {
  id: "bank-branch-manager",
  split: "dev",
  field: "retail banking (branch leadership)",
  style:
    "Workday requisition: title, location and posting-ID lines, 'Job Description', 'Basic Qualifications', 'Preferred Qualifications', 'Additional Information' with pay range, benefits, EEO, background-check and pay-transparency legal text",
  jobTitle: "Licensed Branch Manager II — Easton",
  companyName: "Buckeye Heritage Bank",
  jobDescription: `Licensed Branch Manager II — Easton
locations: Columbus, OH - Easton Town Center Branch
time type: Full time
posted on: Posted 3 Days Ago
job requisition id: R-0048213

Job Description

At Buckeye Heritage Bank, we've been helping Ohio families and businesses thrive since 1893. Today we're a $14 billion community bank with 132 branches across Ohio, Indiana and western Pennsylvania — and we're still the kind of bank where the branch manager knows your name.

The Licensed Branch Manager II leads one of our highest-volume branches (approximately $160 million in deposits, 9 team members) and is accountable for growing consumer and small-business relationships, delivering an exceptional client experience, and ensuring the branch operates in a safe, sound and compliant manner. You'll personally advise clients on deposit, lending and investment needs as a dual-registered (bank and broker-dealer) representative, and coach your team of Relationship Bankers, Tellers and a Branch Operations Lead to do the same.

What you'll do:
- Drive branch results against deposit, loan, investment and small-business referral goals; own the branch scorecard
- Recruit, hire, coach and develop a team of 8–10, including daily huddles, weekly one-on-ones, observations and performance reviews
- Build your own book of affluent and small-business clients through outreach, community events and partner referrals (Mortgage, Wealth, Business Banking)
- Provide investment guidance on mutual funds, annuities and managed accounts through Buckeye Heritage Investment Services (offered through a third-party broker-dealer)
- Ensure compliance with BSA/AML, Reg CC, Reg E, CIP and bank policy; own branch audit results, dual control and cash limits
- Represent the bank in the Easton community: chamber events, financial literacy seminars, nonprofit boards

Basic Qualifications
- 5+ years of experience in retail banking, credit union or financial services sales
- 2+ years of experience directly managing a team (direct reports)
- Active FINRA Series 6 and 63, or Series 7 and 66 (or 7 and 63) registrations
- Must be able to register with the Nationwide Mortgage Licensing System (NMLS) under the SAFE Act
- High school diploma or GED

Preferred Qualifications
- Bachelor's degree in business, finance or related field
- Experience managing a branch of $100 million+ in deposits
- Small-business lending experience
- Series 65 or insurance (Life & Health) license
- Bilingual (Spanish or Somali)

Additional Information

Pay range: $82,000.00 – $108,000.00 annually, plus eligibility for quarterly incentive plan. Actual pay depends on experience, skills and location.

Benefits: medical, dental and vision; 401(k) with 6% match; employee stock purchase plan; 20 days PTO plus 11 paid holidays; tuition reimbursement up to $5,250; paid parental leave; volunteer time off.

Standard hours: Monday–Friday with rotating Saturdays (9:00 a.m.–12:00 p.m.). Travel: minimal, occasional regional meetings.

Buckeye Heritage Bank is an Equal Opportunity/Affirmative Action Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, protected veteran status, or any other characteristic protected by law. If you need a reasonable accommodation to complete the application process, please contact talent.acquisition@buckeyeheritage.com.

Employment is contingent on a satisfactory background check, including credit and criminal history review consistent with Section 19 of the Federal Deposit Insurance Act, and fingerprinting required for FINRA registration.

Pay Transparency Nondiscrimination Provision: Buckeye Heritage Bank will not discharge or in any other manner discriminate against employees or applicants because they have inquired about, discussed, or disclosed their own pay or the pay of another employee or applicant.

Posting ID: R-0048213 · Requisition open until filled · Member FDIC · Equal Housing Lender

Similar Jobs (5)
Relationship Banker II — Westerville · Branch Operations Lead — Gahanna · Licensed Branch Manager I — Grandview`,
  resumes: [
    {
      id: "bank-01-strong",
      label: "strong",
      grade: 10,
      missingMustHave: false,
      note: "Eleven years in retail banking, six leading a financial center (14 associates, $210MM deposit book), Series 7/66 plus SIE and NMLS ID, L&H licence, top-quartile results and Satisfactory audits. Uses bank jargon (financial center, FC manager, OSAT, DDA, SBB, BSA/AML) rather than the posting's wording.",
      answers: [
        { question: LICENSES_Q, answer: "SIE, Series 7 and 66 — active through Merrill" },
        { question: TEAM_Q, answer: "6 years, 14 direct reports at peak" },
        { question: SALARY_Q, answer: "$100K base" },
      ],
      resumeText: `ANGELA FERRARO
Columbus, OH · NMLS #1874420

Financial Center Manager — Bank of America, Polaris & Worthington FCs — Jun 2020 – Present
• Lead 14 associates (Relationship Managers, Client Associates, Merrill Edge FAs) across a $210MM deposit book
• Top 10% of Central Ohio market 3 of 4 years; net new DDA +18% YoY (2024); SBB referrals #1 in market
• Associate engagement 91% favorable; promoted 5 associates into RM/FA roles
• BSA/AML, Reg E and dual-control audits: Satisfactory, zero repeat findings

Relationship Manager — Bank of America, Dublin FC — Jan 2017 – May 2020
• Personal book of 480 households; Merrill Edge referrals $22MM AUM

Assistant Banking Center Manager — Fifth Third Bank, Hilliard — 2015 – 2016

CREDENTIALS
FINRA SIE, Series 7, Series 66 (active) · Ohio Life & Health producer license · NMLS registered
B.S.B.A. Finance, Ohio State University — Fisher College of Business`,
    },
    {
      id: "bank-02-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Key-achievements CV: TD Bank's internal 'Store Manager' title for a branch leader, relocating to Columbus, eight years in banking, four leading 9 staff at a $95MM store, Series 6/63 active, NMLS. Smaller branch than the posting's; otherwise every requirement met.",
      answers: [
        { question: LICENSES_Q, answer: "Series 6 and 63, active" },
        { question: TEAM_Q, answer: "4 years, 9 reports" },
      ],
      resumeText: `Keisha Brantley
Relocating to Columbus, OH (spring 2027)

KEY ACHIEVEMENTS
✔ Grew store deposits from $71MM to $95MM in three years (+34%)
✔ #2 of 48 stores in the Metro Philadelphia region for consumer lending production, 2025
✔ Reduced teller-line operating losses 60% after rebuilding dual-control and vault procedures
✔ "Leader of the Year," Metro Philadelphia region, 2024

PROFESSIONAL HISTORY
Store Manager, TD Bank — Bensalem, PA (Mar 2022 – Present)
  Lead a team of 9 (Personal Bankers, Universal Bankers, Assistant Manager); full P&L; partner with TD Wealth and Mortgage.
Personal Banker III, TD Bank — Langhorne, PA (2019 – 2022)
Universal Banker, TD Bank (2018 – 2019)

LICENSES: FINRA Series 6, Series 63 — registered with TD Private Client Wealth LLC · NMLS # 2011735
EDUCATION: A.S. Business Administration, Bucks County Community College`,
    },
    {
      id: "bank-03-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Terse two-line roles at a regional bank: 'Branch Sales & Service Manager' and 'Assistant Branch Manager' before that; 13 years in banking, leading 6–11 people since 2018, $180MM branch, Series 7/63/65, MLO licence, Somali-speaking. Every requirement met; a shade below the first only because the terse résumé gives less evidence.",
      answers: [
        { question: LICENSES_Q, answer: "7, 63, 65 — all active" },
        { question: SALARY_Q, answer: "$95–105K" },
      ],
      resumeText: `Omar Hassan Warsame · Columbus OH · Somali/English

PNC Bank — Branch Sales & Service Manager, Morse Rd — 2022–Present
11 FTE, $180MM deposits; #1 in Columbus region for small-business deposit growth 2025.

PNC Bank — Assistant Branch Manager, Northland — 2018–2022
Led 6 tellers/sales associates; CRA outreach to Somali community; branch audit "Strong".

KeyBank — Relationship Banker / Licensed Banker — 2013–2018
Book of 600 households; $35MM investment referrals.

FINRA 7 / 63 / 65. Ohio MLO (NMLS). B.A. Economics, Capital University.`,
    },
    {
      id: "bank-04-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Only other words: 'Banking Center Leader' (internal title), 'consumer financial center', 'coached 8 bankers', 'FINRA IR registration' (the Series 6 representative category) and 'Uniform Securities Agent exam', 'SAFE Act registered MLO'. Seven years at a bank, three leading a team; a recruiter who knows the industry reads every requirement as met.",
      answers: [
        { question: LICENSES_Q, answer: "IR registration and the uniform securities agent exam, both active through First Ohio Investments." },
        { question: TEAM_Q, answer: "3 years, 8 people" },
      ],
      resumeText: `Heather Lindqvist
Westerville, Ohio

Profile
Consumer banking leader who builds teams that deepen household relationships and keeps the vault, the audit and the customers happy.

Banking Center Leader — First Ohio Savings (consumer financial center, Polaris) — Feb 2023 – Present
- Coached 8 bankers and a head teller; weekly sales and service huddles; wrote every annual review
- Financial center core deposits grew from $112MM to $128MM; household retention 94%
- Internal audit and compliance reviews rated "Satisfactory" 3 years running

Senior Personal Banker — First Ohio Savings — 2021 – 2023
Personal Banker — Chase, Westerville — Jun 2019 – 2021

Registrations: FINRA Investment Company & Variable Contracts Representative (IR), Uniform Securities Agent State Law exam — active · SAFE Act registered mortgage loan originator
Education: B.A. Communication, Otterbein University`,
    },
    {
      id: "bank-05-synonyms",
      label: "synonyms-only",
      grade: 7,
      missingMustHave: false,
      note: "Credit-union vocabulary throughout: 'Member Service Center Manager', 'members', 'shares and loans', 'financial services representatives', 'registered with CUSO (general securities representative + agent)'. Nine years at credit unions, four managing; qualified, but a smaller $58MM branch and less investment focus.",
      answers: [
        { question: LICENSES_Q, answer: "General securities rep (7) and state agent (63) through CUSO Financial Services — active." },
        { question: TEAM_Q, answer: "4 years, up to 7 reports" },
        { question: SALARY_Q, answer: "$85,000" },
      ],
      resumeText: `Christopher Mbatha — Grove City, OH

MEMBER SERVICE CENTER MANAGER · Kemba Financial Credit Union · 05/2022 to Present
Run the Grove City member service center ($58MM shares, $40MM loans); supervise 7 member service reps and financial services representatives; hire, train and evaluate; quarterly NCUA/internal audit prep; grew consumer loan originations 27%.

MEMBER SERVICE SUPERVISOR · Kemba Financial Credit Union · 03/2020 to 04/2022
Led the teller line (5 FTE); cash management, BSA/CTR filing.

FINANCIAL SERVICES REPRESENTATIVE · Telhio Credit Union · 06/2017 to 02/2020
New memberships, share certificates, auto and personal loans, referrals to the investment program.

Registered representative (general securities + state agent) through CUSO Financial Services, L.P. · NMLS-registered`,
    },
    {
      id: "bank-06-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Keyword summary claims 5+ years, Series 6/7/63/66, NMLS and team leadership; the experience is two years as a teller and lead teller with no registrations and no direct reports.",
      answers: [
        { question: LICENSES_Q, answer: "Series 6, 7, 63, 66" },
        { question: TEAM_Q, answer: "2+ years" },
      ],
      resumeText: `Tyler Graves
Columbus, OH

SUMMARY
Licensed Branch Manager with 5+ years of retail banking experience, 2+ years directly managing a team, active FINRA Series 6, 63, 7, 66, NMLS, SAFE Act, BSA/AML, Reg CC, Reg E, CIP, deposit growth, small-business referrals, client experience, branch scorecard, $100 million+ deposits, bilingual.

EXPERIENCE
Lead Teller — Heartland Bank, Whitehall — 2025 – Present
Teller — Heartland Bank — 2024 – 2025
Server — Texas Roadhouse — 2019 – 2024

Education: Columbus State Community College (coursework)`,
    },
    {
      id: "bank-07-unlicensed",
      label: "missing-must-have",
      grade: 4,
      missingMustHave: true,
      note: "Capable assistant branch manager: nine years in banking and three managing tellers and bankers, NMLS registered — but holds no securities registrations and says so; the posting requires active Series 6/63 or 7/66.",
      answers: [
        { question: LICENSES_Q, answer: "None yet. I'm studying for the SIE and would need sponsorship for the 6 and 63." },
        { question: TEAM_Q, answer: "3 years, 7 direct reports" },
      ],
      resumeText: `Maria Elena Vasquez

Assistant Branch Manager, Chase — Easton (Oct 2023 – Present)
Manage 7 (tellers + associate bankers), branch operations, vault, audit; #3 in the district for checking acquisition.

Associate Banker / Teller Operations Supervisor, Chase — Whitehall (2019 – 2023)
Personal Banker, WesBanco (2017 – 2019)

NMLS registered · Fluent Spanish · B.S. Business, Franklin University`,
    },
    {
      id: "bank-08-advisor",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "Edward Jones financial advisor: seven years, Series 7/66 and L&H, strong book — but a sole branch with one branch office administrator, no retail-bank deposit or lending operation, and no real people-management experience.",
      answers: [
        { question: LICENSES_Q, answer: "7, 66, Life & Health" },
        { question: TEAM_Q, answer: "I work with one Branch Office Administrator; I don't have direct reports." },
      ],
      resumeText: `Bradley Kettering, AAMS®
Financial Advisor, Edward Jones — Upper Arlington, OH (2019 – Present)
- Built a practice from zero to $96M in client assets and 310 households
- Retirement income planning, 529s, annuities, estate-planning referrals
Previously: Insurance Agent, State Farm (2016 – 2019)

Series 7, 66 · Ohio Life/Health · AAMS · B.A. Finance, Miami University`,
    },
    {
      id: "bank-09-mixed",
      label: "mixed",
      grade: 6,
      missingMustHave: false,
      note: "Mortgage loan officer for five years, then two years and three months as assistant branch manager with 5 reports; Series 6/63 obtained in 2025. Meets the letter (7 years, 2+ managing, licences, NMLS), but leadership is as an assistant and retail-branch depth is thin.",
      answers: [
        { question: LICENSES_Q, answer: "6 and 63, passed in 2025" },
        { question: TEAM_Q, answer: "Just over 2 years, 5 people" },
        { question: SALARY_Q, answer: "$90K" },
      ],
      resumeText: `Jonathan Pike — Reynoldsburg, OH

I moved from mortgage lending into branch banking in 2024 because I wanted to lead people. As assistant branch manager at Park National's Pickerington office (Aug 2024 – present) I supervise five tellers and bankers, open the vault, handle escalations and cover for the branch manager. Before that I originated residential mortgages for five years at Union Savings Bank (2019–2024), closing about $28M a year, mostly FHA and first-time buyers. NMLS #1590022. FINRA Series 6 and 63 (2025). B.S. Marketing, Ohio University.`,
    },
    {
      id: "bank-10-market-president",
      label: "overqualified",
      grade: 5,
      missingMustHave: false,
      note: "Regional president responsible for 18 branches and $1.4B in deposits, 24 years, Series 7/66 — qualifies on everything but asks for nearly double the top of the range and has not run a single branch since 2010.",
      answers: [
        { question: LICENSES_Q, answer: "7 and 66, active" },
        { question: TEAM_Q, answer: "16 years; 18 branch managers reporting to me, ~160 staff total" },
        { question: SALARY_Q, answer: "$190,000 base plus bonus" },
      ],
      resumeText: `RICHARD T. ABERNATHY
Regional President, Central Ohio — WesBanco · 2018 – Present
18 branches, $1.4B deposits, 160 FTE; P&L owner; chaired regional credit committee.
Area Manager — Fifth Third Bank · 2010 – 2018 (9 branches)
Branch Manager — Fifth Third Bank · 2004 – 2010
Teller → Personal Banker — Huntington · 2002 – 2004
MBA, Capital University · Series 7, 66 · Graduate School of Banking at LSU`,
    },
    {
      id: "bank-11-junior",
      label: "threshold-miss",
      grade: 4,
      missingMustHave: true,
      note: "Licensed (Series 6/63) and promoted quickly, but three and a half years in banking and only ten months leading a team — short of both the 5-year and 2-year minimums.",
      answers: [
        { question: LICENSES_Q, answer: "Series 6 & 63 active" },
        { question: TEAM_Q, answer: "10 months, 4 reports" },
      ],
      resumeText: `Priya Raghunathan
Dublin, OH

Assistant Branch Manager, Fifth Third Bank — Dublin-Bridge Park · Jan 2026 – Present
• Supervise 4 tellers; branch operations and compliance
Relationship Banker, Fifth Third Bank · May 2023 – Dec 2025
• Top 15% of Central Ohio bankers for new households (2024, 2025)

B.S. Finance, University of Cincinnati, 2023 · FINRA SIE, Series 6, Series 63`,
    },
  ],
};
