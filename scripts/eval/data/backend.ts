import type { EvalPosting } from "./types";

const AUTH_Q = "Are you legally authorized to work in the United States without sponsorship?";

export const backend: EvalPosting = {
  id: "backend",
  split: "dev",
  field: "software",
  style: "bullet lists with Requirements / Preferred / Nice to have headings",
  jobTitle: "Senior Backend Engineer",
  companyName: "Fintrail",
  jobDescription: `Senior Backend Engineer — Payments Platform

About us
Fintrail moves money for 4,000 small businesses across the US. Our platform team keeps card and ACH payments fast, correct and boring.

What you'll do
- Design, build and operate Go services that authorise and settle card payments
- Own PostgreSQL schemas, migrations and query performance for the ledger
- Run services on Kubernetes in AWS, with on-call shared across the team
- Mentor mid-level engineers and review design documents

Requirements
- 5+ years of professional backend software engineering experience
- Strong production experience with Go (Golang)
- Solid PostgreSQL experience, including schema design and query tuning
- Experience deploying and running services on Kubernetes
- You must be authorized to work in the United States

Preferred
- Experience with Kafka or another event streaming platform
- Ideally, experience building payments or fintech systems

Nice to have
- Terraform or other infrastructure-as-code tooling
- Open source contributions are a plus

Benefits
- Remote-first within the US, 401(k) match, health, dental and vision`,
  resumes: [
    {
      id: "be-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "7 years backend, Go + Postgres + Kubernetes + Kafka in payments; authorised.",
      answers: [{ question: AUTH_Q, answer: "Yes" }],
      resumeText: `Maya Okafor
Senior Software Engineer | Chicago, IL

Summary
Backend engineer focused on payment systems and reliable distributed services.

Experience
Senior Software Engineer, Ledgerly (payments processor) — Feb 2021 – Present
- Built card authorisation and settlement services in Go handling 3,000 requests per second
- Designed PostgreSQL ledger schema and cut p99 query latency from 900ms to 60ms with index and query tuning
- Migrated 40 services to Kubernetes (EKS); wrote Helm charts and on-call runbooks
- Introduced Kafka for settlement events; mentored four engineers

Software Engineer, ShopStack — Jun 2017 – Jan 2021
- Wrote Go and Python APIs for order management on PostgreSQL
- Managed infrastructure with Terraform on AWS

Education
B.S. Computer Science, University of Illinois, 2013 – 2017

Skills
Go, PostgreSQL, Kubernetes, Kafka, Terraform, AWS, gRPC`,
    },
    {
      id: "be-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Golang, Postgres, k8s/EKS, event streaming; 6 years from dates; fintech. Never uses the posting's exact words.",
      answers: [{ question: AUTH_Q, answer: "Yes, US citizen" }],
      resumeText: `Daniel Reyes — Platform Developer

WORK HISTORY
Platform Developer II, CoinBridge Fintech | 2022 – Present
• Golang microservices for wallet transfers; Postgres with pgbouncer, partitioning and EXPLAIN-driven index work
• Ran workloads on k8s (EKS), autoscaling and rollout strategies
• Event streaming with Redpanda/Kafka-compatible topics for transfer events

Developer, Northwind Logistics | 2019 – 2022
• Built REST APIs in Golang backed by Postgres
• Container orchestration with GKE; CI pipelines in GitHub Actions

Junior Developer, Northwind Logistics | 2018 – 2019
• Maintained PHP services and MySQL reports

EDUCATION
BSc Software Engineering, 2018`,
    },
    {
      id: "be-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Skills section lists every keyword; roles are manual QA and helpdesk. No backend development.",
      answers: [{ question: AUTH_Q, answer: "Yes" }],
      resumeText: `Jordan Blake
Skills
Go, Golang, PostgreSQL, Postgres, Kubernetes, k8s, Kafka, Terraform, payments, fintech, microservices, AWS, GCP, Azure, Docker, Helm, gRPC, Redis, distributed systems, backend, Go, Kubernetes, PostgreSQL

Experience
QA Tester, Brightapps — Mar 2022 – Present
- Executed manual regression test plans for a mobile banking app
- Logged defects in Jira and verified fixes

IT Helpdesk Technician, County Library — Jan 2020 – Feb 2022
- Reset passwords, imaged laptops, supported printers

Education
Associate of Applied Science, Information Technology, 2019`,
    },
    {
      id: "be-04-no-go",
      label: "missing-must-have",
      grade: 4,
      missingMustHave: true,
      note: "Excellent Java backend engineer (8 yrs, Postgres, k8s, Kafka, payments, Terraform) but no Go at all.",
      answers: [{ question: AUTH_Q, answer: "Yes" }],
      resumeText: `Priya Natarajan
Staff Software Engineer

Experience
Staff Software Engineer, PayWave — Apr 2020 – Present
- Lead engineer for the card issuing platform written in Java and Spring Boot
- PostgreSQL schema design for ledger tables; query tuning and partitioning
- Operate 60 services on Kubernetes; Kafka for transaction events
- Terraform modules for AWS networking

Senior Software Engineer, Globex Bank — Jul 2016 – Mar 2020
- Java services for ACH payments; Oracle and PostgreSQL
- Open source maintainer of a popular Spring Kafka testing library

Education
M.S. Computer Science, 2016

Skills
Java, Kotlin, Spring Boot, PostgreSQL, Kubernetes, Kafka, Terraform`,
    },
    {
      id: "be-05-overqualified",
      label: "overqualified",
      grade: 6,
      missingMustHave: false,
      note: "VP Engineering, 20 years; hands-on Go/Postgres was long ago; now manages managers.",
      answers: [{ question: AUTH_Q, answer: "Yes" }],
      resumeText: `Robert Lindqvist
VP of Engineering

Experience
VP of Engineering, Cartwheel Payments — 2018 – Present
- Lead an organisation of 120 engineers across 14 teams; own budget and hiring plan
- Set technical strategy for the migration to Kubernetes

Director of Engineering, Tillpoint — 2012 – 2018
- Managed six teams building point-of-sale and payments products

Principal Engineer, Tillpoint — 2006 – 2012
- Wrote the original transaction service in Go and C++ on PostgreSQL

Education
B.Eng. Electrical Engineering, 2005`,
    },
    {
      id: "be-06-career-changer",
      label: "career-changer",
      grade: 3,
      missingMustHave: true,
      note: "Former teacher, bootcamp, ~1.5 years as junior Go developer; no Kubernetes; far short of 5 years.",
      answers: [{ question: AUTH_Q, answer: "Yes" }],
      resumeText: `Alicia Moreno

Profile
Former high-school maths teacher who moved into software in 2025.

Experience
Junior Backend Developer, Tinyhost — Apr 2025 – Present
- Go REST endpoints for a hosting control panel; PostgreSQL queries and migrations

Mathematics Teacher, Lincoln High School — Aug 2014 – Jun 2024
- Taught algebra and statistics to 150 students a year; ran the robotics club

Education
Full-Stack Web Development Bootcamp, Codeworks, 2024
B.A. Mathematics, 2014`,
    },
    {
      id: "be-07-dates-only",
      label: "dates-only",
      grade: 8,
      missingMustHave: false,
      note: "No years claim; dates (01/2019 – present, with an overlapping contract) give ~7.8 years of Go/Postgres/Kubernetes.",
      answers: [{ question: AUTH_Q, answer: "Yes" }],
      resumeText: `Sam Whitaker
Backend Engineer

Professional Experience
Backend Engineer, Routefast — 07/2022 - Present
- Go services for delivery routing on PostgreSQL and Kubernetes; built the dispatch API
Backend Engineer (contract, part-time), Meterly — 03/2022 - 12/2022
- Go billing jobs; Postgres query tuning
Software Engineer, Parcelbox — 01/2019 - 06/2022
- Go and Python microservices; deployed to Kubernetes with Helm; PostgreSQL data modelling

Education
B.S. Computer Engineering, 2018`,
    },
    {
      id: "be-08-sparse",
      label: "sparse",
      grade: 3,
      missingMustHave: false,
      note: "Almost nothing verifiable: one line of skills and a title.",
      answers: [],
      resumeText: `Chris P.
Backend developer. Go, SQL, some cloud.
Looking for a senior role. References on request.`,
    },
    {
      id: "be-09-unusual-order",
      label: "unusual-order",
      grade: 8,
      missingMustHave: false,
      note: "Certifications and Education first, experience last under 'Career History'; 6 years Go/Postgres/Kubernetes.",
      answers: [{ question: AUTH_Q, answer: "Yes, green card holder" }],
      resumeText: `Hannah Cho

Certifications
Certified Kubernetes Administrator (CKA), 2022

Education
B.S. Computer Science, Georgia Tech, 2016 – 2020

Technical Skills
Go, PostgreSQL, Kubernetes, Kafka, Docker

Career History
Software Engineer II, Streamline Payments — Sep 2022 – Present
- Go services for payouts; PostgreSQL schema design and slow-query tuning; Kafka consumers
- Run our services on Kubernetes with Argo CD
Software Engineer, Quill Health — Jun 2020 – Aug 2022
- Go APIs over PostgreSQL; moved deployments from VMs to Kubernetes`,
    },
    {
      id: "be-10-off-target",
      label: "off-target",
      grade: 1,
      missingMustHave: true,
      note: "Registered nurse; nothing relevant.",
      answers: [{ question: AUTH_Q, answer: "Yes" }],
      resumeText: `Emily Carter, RN, BSN
Experience
Staff Nurse, Medical ICU, Mercy Hospital — 2018 – Present
- Managed ventilated patients and titrated vasopressors
Education
Bachelor of Science in Nursing, 2018
Licenses
Registered Nurse, Illinois`,
    },
    {
      id: "be-11-inflated",
      label: "inflated-claims",
      grade: 5,
      missingMustHave: false,
      note: "Claims 10+ years; dated roles show ~3.5 years. Real Go/Postgres, some Kubernetes.",
      answers: [{ question: AUTH_Q, answer: "Yes" }],
      resumeText: `Kevin Marsh
Summary
Seasoned backend architect with 10+ years of experience building distributed systems.

Experience
Backend Engineer, Pennant Pay — May 2023 – Present
- Go services for merchant onboarding; PostgreSQL schema changes
- Helped move two services to Kubernetes
Software Developer, Avalon Media — Jan 2022 – Apr 2023
- Node.js and Go APIs on PostgreSQL

Skills
Go, PostgreSQL, Kubernetes, Node.js`,
    },
    {
      id: "be-12-python-side-go",
      label: "mixed",
      grade: 5,
      missingMustHave: false,
      note: "6 years Python/Django backend with Postgres and Kubernetes; Go only in a side project.",
      answers: [{ question: AUTH_Q, answer: "Yes" }],
      resumeText: `Lena Fischer
Experience
Senior Backend Engineer, Orderly — Mar 2020 – Present
- Python and Django services for restaurant ordering; PostgreSQL performance work
- Deployed services on Kubernetes (GKE)
Backend Engineer, Clinicly — Sep 2018 – Feb 2020
- Python APIs on PostgreSQL; Celery jobs

Projects
- Wrote a small URL shortener in Go to learn the language

Skills
Python, Django, PostgreSQL, Kubernetes, Go (learning)`,
    },
    {
      id: "be-13-needs-sponsorship",
      label: "no-work-authorisation",
      grade: 3,
      missingMustHave: true,
      note: "Strong Go/Postgres/Kubernetes engineer who needs visa sponsorship; posting requires US authorisation.",
      answers: [{ question: AUTH_Q, answer: "No, I would require H-1B visa sponsorship" }],
      resumeText: `Arjun Mehta
Experience
Senior Software Engineer, Razorlane (Bangalore) — Jan 2019 – Present
- Go payment gateway services; PostgreSQL tuning; Kubernetes operators; Kafka pipelines
Software Engineer, Infosys — Jul 2016 – Dec 2018
- Java and Go services for banking clients
Education
B.Tech Computer Science, 2016`,
    },
    {
      id: "be-14-inline-roles",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Roles written inline as '- Company (2018–present): …' bullets; 8 years of Go/PostgreSQL/Kubernetes backend work in payments.",
      answers: [{ question: AUTH_Q, answer: "Yes, I am a US citizen" }],
      resumeText: `Nadia Petrova — Senior Backend Engineer
8 years of backend engineering.
Experience:
- Cardwise (2020–present), Senior Engineer: Go services for card authorisation and settlement; PostgreSQL schema design and query tuning; Kafka consumers; runs services on Kubernetes (EKS); on-call lead.
- Billfold (2018–2020): Go and Python APIs for ACH payouts; PostgreSQL migrations.
Skills: Go, PostgreSQL, Kafka, Kubernetes, AWS, Terraform.`,
    },
    {
      id: "be-15-inline-junior",
      label: "mixed",
      grade: 5,
      missingMustHave: false,
      note: "Inline-style roles; relevant Go/PostgreSQL work but only about 3 years in total, short of the 5+ required.",
      answers: [{ question: AUTH_Q, answer: "Yes" }],
      resumeText: `Tom Becker — Backend Engineer
- Loanly (2024–present): Go services for repayments; PostgreSQL queries and migrations; Docker.
- Graduate programme (2023–2024): Java microservices.
Skills: Go, Java, PostgreSQL, Docker.`,
    },
  ],
};
