import type { EvalPosting } from "./types";

const AUTH_Q = "Do you have the right to work in the UK?";

export const analyst: EvalPosting = {
  id: "analyst",
  split: "dev",
  field: "data/analytics",
  style: "question-style and informal headings (What do you need? / Bonus points / You'll thrive if…)",
  jobTitle: "Data Analyst, Growth",
  companyName: "Lumen Grocery",
  jobDescription: `Data Analyst, Growth — Lumen Grocery (London, hybrid)

Who are we?
Lumen delivers groceries in under 30 minutes to 600,000 households across the UK.

What will you do?
You'll build the dashboards our growth and marketing teams use every morning, size opportunities, and help design and read A/B tests on pricing and promotions.

What do you need?
* Advanced SQL — you will write it every day
* 2+ years working as a data analyst or in a similar analytics role
* Experience building dashboards in a BI tool such as Tableau, Power BI or Looker
* A bachelor's degree in a quantitative field (statistics, economics, mathematics, computer science) or equivalent experience

Bonus points
* Python or R for analysis
* Experience with A/B testing and experimentation
* dbt

You'll thrive if…
* you enjoy explaining numbers to non-technical stakeholders
* you have worked in e-commerce or retail`,
  resumes: [
    {
      id: "da-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "4+ years analyst in e-commerce, SQL, Tableau, Python, A/B tests, dbt, BSc Economics.",
      answers: [{ question: AUTH_Q, answer: "Yes" }],
      resumeText: `Sophie Turner
Data Analyst

Experience
Senior Data Analyst, Basketful (online grocery) — Jun 2022 – Present
- Own the growth KPI dashboards in Tableau used by 80 people daily
- Write complex SQL (window functions, CTEs) on Snowflake; built dbt models for the marketing mart
- Designed and analysed 30+ A/B tests on promotions with Python (pandas, statsmodels)
- Present results to marketing leadership and non-technical stakeholders
Data Analyst, StyleHub (fashion e-commerce) — Jul 2020 – May 2022
- SQL reporting and Tableau dashboards for retention and basket size

Education
BSc Economics, University of Warwick, 2020`,
    },
    {
      id: "da-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Power BI, T-SQL, pandas, split tests, BA Statistics, retail; title 'Business Intelligence Analyst'.",
      answers: [{ question: AUTH_Q, answer: "Yes, British citizen" }],
      resumeText: `Liam Hughes
Business Intelligence Analyst

Roles
BI Analyst, HomeMart Retail — Sep 2021 – Present
- Built Power BI reports for store and online sales; DAX measures
- Wrote T-SQL stored procedures and queries against the sales warehouse
- Ran split tests on email campaigns and reported uplift with pandas
Reporting Analyst, Greenfield Insurance — Aug 2019 – Aug 2021
- Monthly MI packs; PL/SQL queries on Oracle

Education
BA Statistics, University of Leeds, 2019`,
    },
    {
      id: "da-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Skills list includes every tool; experience is retail shop floor; no analytics.",
      answers: [{ question: AUTH_Q, answer: "Yes" }],
      resumeText: `Tom Baker
Key Skills
SQL, advanced SQL, Tableau, Power BI, Looker, Python, R, dbt, A/B testing, experimentation, statistics, dashboards, data analysis, e-commerce, SQL

Experience
Store Assistant, Tesco — Jan 2021 – Present
- Stock replenishment, tills, customer service
Barista, Costa Coffee — 2019 – 2020

Education
A-levels: Maths (B), Geography (C), 2019`,
    },
    {
      id: "da-04-marketing-no-sql",
      label: "missing-must-have",
      grade: 3,
      missingMustHave: true,
      note: "Marketing coordinator who runs A/B tests in an e-commerce setting with some Python; no SQL, no BI dashboards, no analyst role.",
      answers: [{ question: AUTH_Q, answer: "Yes" }],
      resumeText: `Chloe Evans
Experience
Marketing Coordinator, Parcel & Co (e-commerce) — Mar 2022 – Present
- Ran A/B tests on landing pages with Optimizely; experimentation roadmap for the CRM team
- Used Python notebooks to tidy campaign exports; presented campaign results to stakeholders
Marketing Assistant, Blossom Retail — 2020 – 2022
- Social media scheduling and newsletter copy

Education
BA English Literature, 2020`,
    },
    {
      id: "da-05-career-changer",
      label: "career-changer",
      grade: 5,
      missingMustHave: false,
      note: "Six years as accountant, one year as junior analyst with SQL and Power BI; BSc Accounting (quantitative).",
      answers: [{ question: AUTH_Q, answer: "Yes" }],
      resumeText: `Ravi Patel
Profile
Chartered accountant moving into data analytics.

Experience
Junior Data Analyst, Finch Energy — Oct 2025 – Present
- SQL queries against the billing database; Power BI dashboards for the finance team
Accountant, Moore & Co — Sep 2018 – Sep 2025
- Month-end close, management accounts in Excel, variance analysis

Education
BSc Accounting and Finance, 2018
Google Data Analytics Certificate, 2025`,
    },
    {
      id: "da-06-dates-only",
      label: "dates-only",
      grade: 8,
      missingMustHave: false,
      note: "Analyst roles only with dates; SQL, Looker, BSc Mathematics; no years claim.",
      answers: [{ question: AUTH_Q, answer: "Yes" }],
      resumeText: `Isla Morgan
Experience
Data Analyst, Ridewell — Jan 2023 – Present
- SQL on BigQuery; Looker explores and dashboards for operations
Data Analyst, Ticketeer — Aug 2021 – Dec 2022
- SQL and Looker reporting for ticket sales; cohort analysis

Education
BSc Mathematics, University of Bristol, 2021`,
    },
    {
      id: "da-07-sparse",
      label: "sparse",
      grade: 3,
      missingMustHave: false,
      note: "Two lines; nothing verifiable.",
      answers: [],
      resumeText: `Analyst. SQL, Excel, dashboards.
Keen to join a growth team.`,
    },
    {
      id: "da-08-unusual-order",
      label: "unusual-order",
      grade: 7,
      missingMustHave: false,
      note: "Education, then projects, then 'Where I've worked'; 2.5 years analyst, SQL, Tableau, Python, R.",
      answers: [{ question: AUTH_Q, answer: "Yes" }],
      resumeText: `Zara Ahmed

Education
MSc Data Science, UCL, 2023
BSc Economics, 2022

Projects
- Churn model for a subscription box in Python and R

Where I've worked
Data Analyst, Peckish Meals (meal kits) — Apr 2024 – Present
- SQL models and Tableau dashboards for subscriptions; supported A/B tests on pricing
Analytics Intern, Peckish Meals — Jul 2023 – Mar 2024
- SQL reporting and Excel models`,
    },
    {
      id: "da-09-off-target",
      label: "off-target",
      grade: 1,
      missingMustHave: true,
      note: "HGV driver.",
      answers: [{ question: AUTH_Q, answer: "Yes" }],
      resumeText: `Gary Wilson
Experience
HGV Class 1 Driver, Eddie Stobart — 2015 – Present
- Multi-drop deliveries across the UK; tachograph compliance
Licences
Class 1 (C+E) licence, Driver CPC`,
    },
    {
      id: "da-10-overqualified",
      label: "overqualified",
      grade: 6,
      missingMustHave: false,
      note: "Head of Analytics with 14 years; manages 20; SQL/Tableau history; PhD. Overqualified for an analyst seat.",
      answers: [{ question: AUTH_Q, answer: "Yes" }],
      resumeText: `Dr. Helen Marsh
Experience
Head of Analytics, Shopwise — 2019 – Present
- Lead 20 analysts and data scientists; own the analytics roadmap and budget
Analytics Manager, Shopwise — 2015 – 2019
- Built the Tableau reporting suite; SQL and Python experimentation platform
Senior Analyst, Argos — 2012 – 2015
- SQL, retail sales forecasting

Education
PhD Statistics, 2012`,
    },
    {
      id: "da-11-bi-no-degree",
      label: "mixed",
      grade: 6,
      missingMustHave: false,
      note: "2+ years BI developer (Power BI, SQL), no degree (posting allows equivalent experience); no bonus skills.",
      answers: [{ question: AUTH_Q, answer: "Yes" }],
      resumeText: `Megan Price
Experience
Power BI Developer, Crestline Housing — May 2024 – Present
- Power BI dashboards for repairs and rent arrears; SQL views on SQL Server
Administrator, Crestline Housing — 2021 – 2024
- Excel reports for the operations team

Education
BTEC Business, 2020`,
    },
    {
      id: "da-12-inflated",
      label: "inflated-claims",
      grade: 4,
      missingMustHave: false,
      note: "Claims 8 years of analytics experience; dates show about 1.3 years as analyst; SQL listed.",
      answers: [{ question: AUTH_Q, answer: "Yes" }],
      resumeText: `Owen Reid
Summary
Data analyst with 8 years of analytics experience across retail and finance.

Experience
Data Analyst, Fresco Retail — Jul 2025 – Present
- SQL queries and Excel reports for store performance
Sales Associate, Fresco Retail — 2022 – 2025

Skills
SQL, Tableau, Python`,
    },
  ],
};
