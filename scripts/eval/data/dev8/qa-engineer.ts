import type { EvalPosting } from "../types";

const ISTQB_Q = "Do you hold an ISTQB Certified Tester Foundation Level (CTFL) certificate or an equivalent (e.g., ASTQB)?";
const AUTOMATION_Q = "How many years have you spent writing automated tests in code, and in which frameworks/languages?";
const COMP_Q = "Our range for this role is $135,000–$160,000 base. Does that work for you?";

export const qaEngineer: EvalPosting = {
  id: "qa-engineer",
  split: "dev",
  field: "software engineering (quality assurance / test automation, regulated health-tech)",
  style:
    "Greenhouse-style tech ad: 'About the role', 'What you'll do', 'What you'll bring' bullets, 'Bonus points', 'Compensation & benefits' and a long values section, with an application-form and EEO footer",
  jobTitle: "Senior QA Engineer (Test Automation)",
  companyName: "Cadence Health",
  jobDescription: `Senior QA Engineer (Test Automation)
Remote (US) · Engineering · Full-time

Cadence Health builds software that helps cardiology practices monitor more than 400,000 patients with implanted pacemakers and defibrillators. Our platform ingests remote-monitoring transmissions from every major device manufacturer, triages them, and puts the right alert in front of the right clinician. Because our product is regulated as Software as a Medical Device (SaMD, FDA Class II), quality isn't a department here — it's how we ship.

About the role
We're looking for a Senior QA Engineer to join our Clinical Workflow squad (6 engineers, a PM, a designer). You'll own test strategy for the features clinicians use every day — the alert triage queue, the patient timeline and our EHR integrations — and help us move from a release every two weeks to releasing on demand without losing the rigor our regulators (and patients) expect.

What you'll do
- Design, build and maintain automated end-to-end, API and integration tests for our React/TypeScript web app and Node.js/GraphQL services
- Own the squad's test strategy and verification evidence for each release, including traceability from requirements to tests
- Run tests in our CI pipelines (GitHub Actions) and keep the suite fast, reliable and un-flaky
- Partner with engineers in design reviews to make features testable from day one
- Perform exploratory testing of risky changes and write clear, reproducible bug reports
- Mentor engineers and other QA team members on testing practice

What you'll bring
- 4+ years of experience in software QA or test engineering, including at least 2 years writing automated tests in code
- Hands-on experience with a modern UI automation framework (Playwright, Cypress, Selenium/WebDriver or similar) — we use Playwright with TypeScript
- Experience testing APIs (REST and/or GraphQL), whether in code or with tools like Postman
- Experience running automated tests in CI/CD (GitHub Actions, CircleCI, Jenkins, GitLab CI or similar)
- ISTQB Certified Tester Foundation Level (CTFL) or an equivalent certification — our quality management system requires certified testers to sign verification records

Bonus points
- Experience in a regulated environment (IEC 62304, ISO 13485, FDA 21 CFR Part 820/Part 11, HIPAA)
- Performance or load testing (k6, JMeter, Gatling)
- Contract testing (Pact) or testing HL7/FHIR integrations
- Mobile test automation (Appium, Detox)
- ISTQB Advanced Level (CTAL-TA or CTAL-TAE)

Compensation & benefits
The base salary range for this role is $135,000–$160,000, plus equity. Final offers depend on experience and location.
- Medical, dental and vision, 100% of premiums covered for you and 75% for dependents
- 401(k) with 4% match
- Flexible PTO (most of us take 4–5 weeks) plus a company-wide week off at the end of December
- $1,500 home-office stipend and $100/month for internet and phone
- $2,000 a year for learning (certifications count!)
- 16 weeks paid parental leave for all parents

Our values
Patients first, always. Every ticket, every test and every release ultimately lands in front of a clinician caring for someone's heart. We ask "what happens to the patient?" before "what happens to the roadmap?"

Rigor without bureaucracy. We're regulated, and we're proud of the discipline that requires. But a process that doesn't make the product safer or better is a process we'll change. We write things down, we keep them short, and we revisit them.

Own the outcome. We don't throw work over walls. Engineers test, testers engineer, and everybody is on the hook for what happens in production. When something breaks, we run blameless postmortems and fix the system, not the person.

Say the hard thing, kindly. We give direct feedback early and we assume good intent. Disagree and commit is a real thing here — so is changing your mind when the data says so.

Learn in public. We share what we don't know. We demo unfinished work. Our engineering blog, our internal tech talks and our incident reviews are open to the whole company.

Remote, but together. We're fully remote across 19 states and meet in person twice a year. We protect focus time, keep meetings to what matters, and write things down so nobody has to be online at 7 a.m. Pacific or 7 p.m. Eastern.

Build a place people want to stay. We care about sustainable pace, generous leave and careers that grow. Our median engineering tenure is over four years, and we'd like to keep it that way.

Don't meet every single requirement? Studies show that women and people of color are less likely to apply unless they meet every qualification. If you're excited about this role but your experience doesn't align perfectly, we encourage you to apply anyway.

Cadence Health is an equal opportunity employer. We do not discriminate on the basis of race, religion, color, national origin, gender, sexual orientation, age, marital status, veteran status, or disability status. We participate in E-Verify. Candidates must be authorized to work in the United States; we are unable to sponsor visas for this role.

Apply for this job
First name* · Last name* · Email* · Phone · Resume/CV* · LinkedIn Profile · Are you legally authorized to work in the United States?* · Voluntary Self-Identification`,
  resumes: [
    {
      id: "qa-01-strong",
      label: "strong",
      grade: 10,
      missingMustHave: false,
      note: "SDET in medical devices for seven years: a 1,400-spec Playwright/TS suite sharded in GitHub Actions, flake rate cut from 6% to 0.4%, Pact contract tests and GraphQL checks, IEC 62304 verification protocols, CTFL plus CTAL-TAE. Written in the trade's shorthand (SDET, E2E, flake rate, sharding, V&V, DHF) rather than the posting's phrasing.",
      answers: [
        { question: ISTQB_Q, answer: "Yes — CTFL (2019) and CTAL-TAE (2023)" },
        { question: AUTOMATION_Q, answer: "7 years; Playwright + TS now, Cypress and WebdriverIO before" },
        { question: COMP_Q, answer: "Yes" },
      ],
      resumeText: `Naomi Feldman-Ortiz
Minneapolis, MN · github.com/nfortiz

SDET II → Staff SDET — Medtronic Diabetes (CareLink web) · Mar 2021 – Present
- Own E2E for the clinician portal: 1,400 Playwright specs in TS, sharded 12 ways on GH Actions, PR feedback in 9 min
- Flake rate 6% → 0.4% via test-data factories, network mocking, retries-with-trace triage bot
- Pact consumer/provider contracts across 14 services; GraphQL schema-diff checks gate every deploy
- V&V protocols and traceability matrix (Jama ↔ test IDs) for IEC 62304 Class B releases; DHF evidence auto-generated from CI
- k6 load profiles for the upload pipeline (4k device uploads/min)

QA Automation Engineer — Boston Scientific (LATITUDE remote monitoring) · 2019–2021
- Cypress + Mocha suite from scratch (0 → 600 tests); Jenkins pipelines; Postman/Newman API regression

QA Analyst — Optum · 2017–2019 — manual + exploratory testing of claims UI, SQL data checks

Certs: ISTQB CTFL (2019), ISTQB CTAL-TAE (2023)
B.S. Computer Science, University of Minnesota`,
    },
    {
      id: "qa-02-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Skills-first resume of a 'Software Engineer in Test': five years, Cypress and Jest in TypeScript, supertest/GraphQL API tests, CircleCI, ISTQB Foundation. Not from a regulated domain; otherwise excellent.",
      answers: [
        { question: ISTQB_Q, answer: "Yes, Foundation Level, 2022" },
        { question: AUTOMATION_Q, answer: "5 years, Cypress/Jest/TS" },
      ],
      resumeText: `DEVON ASHWORTH — Software Engineer in Test
Austin, TX (remote)

TECH
TypeScript, JavaScript, Node · Cypress, Playwright (learning), Jest, Testing Library · supertest, graphql-request, Postman · CircleCI, Docker, GitHub Actions · Datadog synthetics · exploratory testing, risk-based test planning

WORK
Software Engineer in Test · Bazaarvoice · Jan 2022 – Present
  Built the Cypress harness for the merchant dashboard (850 tests, 14 min parallelised on CircleCI); API test layer hitting REST + GraphQL gateway; caught 3 P0 regressions pre-release in 2025; run the guild's "testability" design-review checklist.
QA Engineer · RetailMeNot · Jun 2020 – Dec 2021
  Moved regression from manual spreadsheets to Jest + Puppeteer; release sign-off for iOS/Android web views.
QA Tester (contract) · Apex Systems @ Dell · 2019 – 2020

CERT: ISTQB Certified Tester – Foundation Level (2022)
EDU: B.S. Information Systems, Texas State University`,
    },
    {
      id: "qa-03-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Prose summary plus roles: nine years, quality lead at a health-records company, Python/pytest and Robot Framework, Selenium then Playwright for Python, HL7/FHIR API testing, GitLab CI, HIPAA, ISTQB CTFL. Python rather than TypeScript, hence a shade below the first.",
      answers: [
        { question: ISTQB_Q, answer: "Yes (CTFL, 2016)" },
        { question: COMP_Q, answer: "Yes, at the upper end" },
      ],
      resumeText: `Samuel Oduya

I'm a hands-on quality engineering lead who has spent nine years making healthcare software safer to change. At Athenahealth I lead a four-person team that owns the automated regression for the clinical documentation product — about 3,000 pytest and Playwright-for-Python checks that run in GitLab pipelines on every merge request — and I still write tests every week. I built our FHIR and HL7v2 interface test harness, run our exploratory test charters before each release, and represent QA in HIPAA and SOC 2 audits. I'm ISTQB certified (Foundation).

Quality Engineering Lead, Athenahealth — 2021–present
Senior QA Engineer, Athenahealth — 2019–2021
QA Automation Engineer, Cerner (Kansas City) — 2017–2019: Selenium WebDriver + Robot Framework, Jenkins
Test Analyst, Cerner — 2017

B.S. Computer Engineering, University of Missouri–Kansas City`,
    },
    {
      id: "qa-04-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Never says QA, test automation, API testing, CI or ISTQB: 'Verification & Validation Engineer', 'V&V', 'scripted browser checks with PW in TS', 'endpoint contract checks', 'build pipelines', 'ASTQB-certified tester, foundation' (the US board's equivalent). Six years in a device company; a recruiter reads every requirement as met.",
      answers: [
        { question: ISTQB_Q, answer: "ASTQB foundation certificate, 2021" },
        { question: AUTOMATION_Q, answer: "About 4 years scripting checks in TS" },
      ],
      resumeText: `Lauren Pettibone
Raleigh, NC

Verification & Validation Engineer II — Teleflex (Interventional Access software) · 08/2022 to Present
• Author and execute software V&V protocols per the design controls SOP; trace each to SRS items in Polarion
• Scripted browser checks with PW in TS for the clinician web app; ~700 scripts, run nightly and on merge in Azure Pipelines
• Endpoint contract checks for the device-sync service (OpenAPI, GraphQL) with schema validation
• Anomaly reports, risk-based regression selection, release readiness memos for the DHF

Software Verification Engineer — Baxter, Round Lake · 06/2020 to 07/2022
• Wrote WebdriverIO (JS) scripts for the infusion-pump fleet portal; Postman collections for the backend

Software Test Technician — Baxter · 10/2019 to 05/2020 (manual)

ASTQB-certified tester, foundation (2021)
B.S. Biomedical Engineering, NC State`,
    },
    {
      id: "qa-05-synonyms",
      label: "synonyms-only",
      grade: 7,
      missingMustHave: false,
      note: "Games and fintech shorthand only: 'Release Quality Engineer' (an internal title), 'SDET', 'WDIO/JS harness', 'service-level checks', 'Buildkite', 'Certified Tester, Foundation (UKTB)'. Five years, every requirement met in other words; no regulated experience and API depth is lighter.",
      answers: [
        { question: ISTQB_Q, answer: "Yes — UKTB Foundation certificate from when I worked in London" },
        { question: AUTOMATION_Q, answer: "5 years JS" },
        { question: COMP_Q, answer: "Yes" },
      ],
      resumeText: `Rafael Ibáñez
Denver, CO

Release Quality Engineer (internal title; SDET band 3), Chime — 2023–Present
  WDIO/JS harness for the member web app, 400 journeys; service-level checks against the card-auth and ledger services; runs on Buildkite per PR; triage rotation for red builds.
SDET, Playtika (London studio) — 2021–2023
  Automated regression for the web lobby; Jest service checks; Jenkins nightly.
Game Tester → Test Lead, Sumo Digital — 2019–2021
  Compliance (TRC/XR) passes, bug triage, test plans.

Certified Tester, Foundation Level (UKTB), 2020 · B.Sc. Computing, University of Sheffield · US citizen`,
    },
    {
      id: "qa-06-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Summary lists Playwright, TypeScript, ISTQB CTFL, API testing, GitHub Actions, IEC 62304 and 4+ years; the experience is 18 months of manual UAT in a support role and a Udemy course, with no certificate.",
      answers: [
        { question: ISTQB_Q, answer: "Yes" },
        { question: AUTOMATION_Q, answer: "4+" },
      ],
      resumeText: `Kyle Bentley
Senior QA Engineer | Test Automation | Playwright | TypeScript | Cypress | Selenium | ISTQB CTFL | API testing | REST | GraphQL | Postman | CI/CD | GitHub Actions | Jenkins | IEC 62304 | ISO 13485 | HIPAA | k6 | Pact | Appium | 4+ years

EXPERIENCE
Customer Support Specialist → UAT Tester, Kareo — May 2025 – Present
Ran through release checklists in a staging environment and filed Jira tickets.
Barista, Starbucks — 2020 – 2025

COURSES
"Playwright with TypeScript — Zero to Hero" (Udemy, 2026)`,
    },
    {
      id: "qa-07-no-cert",
      label: "missing-must-have",
      grade: 4,
      missingMustHave: true,
      note: "Strong automation engineer — six years, Playwright and Cypress in TS, API and CI — but holds no ISTQB or equivalent and says he won't get one; the posting makes a certified tester a requirement for signing verification records.",
      answers: [
        { question: ISTQB_Q, answer: "No, and honestly I don't think it's worth it — my work speaks for itself." },
        { question: AUTOMATION_Q, answer: "6 years, Playwright/Cypress/TS" },
      ],
      resumeText: `Ethan Marchetti — Senior Test Automation Engineer, Shopify (Oct 2022 – Present)
Playwright + TS checkout suite; GraphQL Admin API tests; GitHub Actions with Buildkite fallback; cut suite runtime 40%.
QA Automation Engineer, Wayfair (2020 – 2022) — Cypress, Jenkins.
B.S. Software Engineering, RIT`,
    },
    {
      id: "qa-08-frontend",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "Front-end developer who writes good unit and component tests (Jest, Testing Library, some Cypress) — but has never worked as a tester, has no QA track record and no ISTQB certificate.",
      answers: [
        { question: ISTQB_Q, answer: "No" },
        { question: AUTOMATION_Q, answer: "I write Jest unit tests for my own components, ~5 years" },
      ],
      resumeText: `Grace Liu · Front-End Engineer
Portland, OR

Front-End Engineer, Zocdoc — 2022–Present: React/TypeScript booking flow; 90% component coverage with Jest + Testing Library; added a few Cypress smoke tests.
Front-End Developer, Nike Digital — 2020–2022: Next.js storefront, design system components.

B.S. Computer Science, Oregon State University`,
    },
    {
      id: "qa-09-mixed",
      label: "mixed",
      grade: 6,
      missingMustHave: false,
      note: "Six years in QA, ISTQB CTFL, and two years of Selenium in Java plus Postman API work — meets the letter — but mostly manual test cases, CI runs belong to DevOps, and no JavaScript/TypeScript.",
      answers: [
        { question: ISTQB_Q, answer: "Yes, CTFL" },
        { question: AUTOMATION_Q, answer: "2 years, Selenium with Java and TestNG" },
        { question: COMP_Q, answer: "Yes" },
      ],
      resumeText: `PRIYANKA SUBRAMANIAM
Columbus, OH

QA Analyst II — Nationwide Insurance — Jun 2020 – Present
• Write and execute manual test cases for the policy admin system (about 70% of my time)
• Since 2024, maintain 180 Selenium WebDriver/Java/TestNG scripts; they run nightly in Jenkins jobs owned by the DevOps team
• Postman collections for the rating API; SQL data validation in DB2

QA Tester — Cognizant (client: Cardinal Health) — 2018 – 2020
• Regression and UAT support; Quality Center test sets

ISTQB CTFL (2019) · B.Tech. Electronics, Anna University`,
    },
    {
      id: "qa-10-director",
      label: "overqualified",
      grade: 5,
      missingMustHave: false,
      note: "Director of Quality Engineering with sixteen years and a 30-person organisation, CTFL and CTAL; meets every requirement on paper, but hasn't written automation in years and wants a salary far above the range.",
      answers: [
        { question: ISTQB_Q, answer: "CTFL and CTAL-TM" },
        { question: AUTOMATION_Q, answer: "Hands-on for about 8 years, earlier in my career (Selenium, Java)" },
        { question: COMP_Q, answer: "No — I'm at $235K base today." },
      ],
      resumeText: `MICHAEL R. DONOVAN
Director, Quality Engineering

Key results: built a 30-person QE organization across 5 product lines at Philips Healthcare Informatics; cut escaped defects 55%; led FDA audit readiness with zero 483 observations on software (2022); introduced shift-left and contract testing org-wide.

Philips — Director, Quality Engineering — 2019–Present
Philips — QE Manager — 2015–2019
GE Healthcare — Senior Test Automation Engineer — 2010–2015 (Selenium/Java, Jenkins)

ISTQB CTFL, CTAL Test Manager · M.S. Software Engineering, Carnegie Mellon`,
    },
    {
      id: "qa-11-career-changer",
      label: "career-changer",
      grade: 3,
      missingMustHave: true,
      note: "Former high school teacher through a QA bootcamp: ISTQB CTFL and a year and a half writing Playwright/TS tests at a startup — promising, but far short of the four years the posting requires.",
      answers: [
        { question: ISTQB_Q, answer: "Yes, CTFL (2025)" },
        { question: AUTOMATION_Q, answer: "About 1.5 years, Playwright with TypeScript" },
        { question: COMP_Q, answer: "Yes" },
      ],
      resumeText: `Danielle Okoro
Atlanta, GA

After nine years teaching chemistry, I retrained as a QA engineer in 2025.

Junior QA Automation Engineer · Greenlight Financial (startup) · May 2025 – Present
  - Wrote ~250 Playwright/TypeScript E2E tests for the parent app; added them to GitHub Actions
  - API checks for the chores/allowance endpoints with Playwright's request fixture
QA Bootcamp · Tech Elevator · Jan–Apr 2025 (Java, Selenium, SQL, Agile)
Chemistry Teacher · DeKalb County Schools · 2015 – 2024

ISTQB CTFL (2025) · B.S. Chemistry, Georgia State`,
    },
  ],
};
