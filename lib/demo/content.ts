/** Demo jobs and candidates: realistic, varied, and clearly fictional. */
export interface DemoCandidate {
  name: string;
  email: string;
  resume: string;
}

export interface DemoJob {
  title: string;
  company: string;
  description: string;
  roleKnowledge?: string;
  candidates: DemoCandidate[];
}

const backend: DemoJob = {
  title: "Senior Backend Engineer",
  company: "Ledgerline",
  description: `Ledgerline builds payment reconciliation software for mid-sized finance teams. We are hiring a Senior Backend Engineer to own services in our Go and PostgreSQL platform.

What you will do:
- Design, build and operate Go services that ingest and match millions of bank transactions a day.
- Model data in PostgreSQL, tune queries and plan zero-downtime migrations.
- Run services on Kubernetes (AWS EKS) with solid observability (Prometheus, OpenTelemetry).
- Lead technical design reviews and mentor two mid-level engineers.

Requirements:
- 5+ years of backend development, at least 3 with Go in production.
- Strong PostgreSQL skills: schema design, indexing, query plans.
- Experience with distributed systems: queues (Kafka or SQS), idempotency, retries.
- Ideally experience in fintech or payments, and with event-driven architectures.
- Nice to have: Terraform, gRPC, on-call leadership.`,
  roleKnowledge:
    "The team values careful operators: people who have run what they built. Payments domain experience is a strong plus but not required.",
  candidates: [
    {
      name: "Maya Okafor",
      email: "maya.okafor@example.com",
      resume: `Maya Okafor — Staff Software Engineer\nSummary: 9 years building payment systems; 6 years of Go in production.\nExperience:\n- PayGrid (2019–present), Staff Engineer: led the ledger service in Go processing 40M transactions/day; designed idempotent transfer APIs; PostgreSQL partitioning and query tuning cut p99 latency by 60%; Kafka event pipeline; on-call lead for 12 engineers.\n- Finch Bank (2015–2019), Backend Engineer: Java and Go microservices for card authorisation; migrated to Kubernetes on AWS.\nSkills: Go, PostgreSQL, Kafka, Kubernetes, AWS EKS, Terraform, gRPC, Prometheus, OpenTelemetry.\nEducation: BSc Computer Science, University of Lagos.`,
    },
    {
      name: "Lukas Brenner",
      email: "lukas.brenner@example.com",
      resume: `Lukas Brenner — Senior Backend Developer\n7 years of backend development. Go since 2020.\n- Shopwise (2020–present): Go services for order processing; PostgreSQL schema design and migrations; SQS-based job queues with retries and dead-letter handling; Kubernetes deployments with Helm.\n- Mediabox (2017–2020): Python/Django APIs, PostgreSQL, Redis caching.\nSkills: Go, Python, PostgreSQL, Redis, SQS, Docker, Kubernetes, Grafana.\nMentored three junior developers; ran design reviews for the checkout team.`,
    },
    {
      name: "Priya Raman",
      email: "priya.raman@example.com",
      resume: `Priya Raman — Software Engineer II\n4 years of experience, mostly Node.js and TypeScript.\n- CloudNotes (2021–present): REST APIs in Node.js/Express; MongoDB; some PostgreSQL reporting queries; CI with GitHub Actions.\n- Internship at DataCo (2020): Python ETL scripts.\nLearning Go through side projects (a CLI for budgeting). Interested in payments.\nSkills: TypeScript, Node.js, MongoDB, PostgreSQL (basic), Docker.`,
    },
    {
      name: "Tomás Aguilar",
      email: "tomas.aguilar@example.com",
      resume: `Tomás Aguilar — Principal Engineer\n12 years in distributed systems.\n- Streamly (2016–present): architected event-driven platform on Kafka handling 2B events/day; Go and Rust services; led migration from VMs to Kubernetes; designed exactly-once processing with idempotency keys; mentored 20+ engineers.\n- Telco Systems (2012–2016): C++ billing engine; Oracle and PostgreSQL.\nSkills: Go, Rust, Kafka, PostgreSQL, Kubernetes, Terraform, gRPC, OpenTelemetry.\nNo fintech experience but built billing systems.`,
    },
    {
      name: "Hannah Schultz",
      email: "hannah.schultz@example.com",
      resume: `Hannah Schultz — Frontend Engineer\n6 years building React applications.\n- Brightdesk (2019–present): React, Next.js and TypeScript; design systems; accessibility audits.\n- Agency work (2017–2019): Vue.js marketing sites.\nSome backend exposure: wrote small Node.js BFF endpoints.\nSkills: React, TypeScript, Next.js, CSS, Storybook, Jest, Playwright.`,
    },
    {
      name: "Daniel Kim",
      email: "daniel.kim@example.com",
      resume: `Daniel Kim — Senior Software Engineer (Payments)\n8 years; 4 years Go.\n- Remitly-style remittance startup FlowCash (2020–present): Go services for FX quotes and payouts; PostgreSQL with logical replication; reconciliation jobs matching bank statements (MT940, CAMT.053); SQS and SNS; Terraform on AWS.\n- Accenture (2016–2020): Java Spring backends for banking clients.\nSkills: Go, Java, PostgreSQL, AWS, Terraform, Kubernetes, Datadog.\nCertified AWS Solutions Architect.`,
    },
    {
      name: "Aisha Bello",
      email: "aisha.bello@example.com",
      resume: `Aisha Bello — Backend Engineer\n5 years of backend experience with Python and Go.\n- HealthTrack (2021–present): Go microservices on GKE; PostgreSQL; Pub/Sub messaging; introduced OpenTelemetry tracing.\n- Insure360 (2019–2021): Python/Flask APIs, MySQL.\nSkills: Go, Python, PostgreSQL, MySQL, GCP, Kubernetes, Pub/Sub.\nOn-call rotation member; wrote runbooks for incident response.`,
    },
    {
      name: "Oliver Grant",
      email: "oliver.grant@example.com",
      resume: `Oliver Grant — Engineering Manager\n10 years of experience; last 4 years managing teams of 6–10.\n- Fintechly (2020–present): managed the payments platform team (Go, PostgreSQL); hiring, roadmaps, stakeholder management. Hands-on coding is occasional.\n- Before: 6 years as Java backend developer at a bank.\nLooking to return to an individual contributor role.\nSkills: Go (reading/reviewing), Java, PostgreSQL, Agile delivery.`,
    },
    {
      name: "Sofia Marino",
      email: "sofia.marino@example.com",
      resume: `Sofia Marino — Site Reliability Engineer\n6 years in SRE and platform work.\n- ScaleOps (2019–present): Kubernetes (EKS) at 300 nodes; Prometheus/Grafana; Terraform modules; wrote Go operators and tooling; PostgreSQL failover automation.\n- HostCo (2017–2019): Linux administration, Ansible.\nSkills: Kubernetes, Terraform, Go, Prometheus, PostgreSQL operations, AWS.\nLess experience designing product APIs.`,
    },
    {
      name: "Wei Zhang",
      email: "wei.zhang@example.com",
      resume: `Wei Zhang — Senior Backend Engineer\n6 years; Go 5 years.\n- TradeHub (2019–present): matching engine services in Go; PostgreSQL and TimescaleDB; Kafka consumers with idempotent processing; gRPC APIs; 99.99% uptime on a trading platform.\n- Startup (2018–2019): Go APIs for a logistics app.\nSkills: Go, gRPC, Kafka, PostgreSQL, TimescaleDB, Kubernetes, Prometheus.\nMentors two engineers; leads architecture reviews.`,
    },
    {
      name: "Grace Thompson",
      email: "grace.thompson@example.com",
      resume: `Grace Thompson — Data Engineer\n5 years building data pipelines.\n- RetailMetrics (2020–present): Airflow and Spark pipelines; Snowflake; dbt models; some Python APIs.\n- Analyst (2018–2020): SQL reporting.\nSkills: Python, Spark, Airflow, dbt, Snowflake, SQL.\nNo Go experience.`,
    },
    {
      name: "Ravi Patel",
      email: "ravi.patel@example.com",
      resume: `Ravi Patel — Backend Engineer\n3 years of experience.\n- PayLater (2022–present): Go services for loan repayments; PostgreSQL queries and migrations; participates in on-call; wrote idempotent webhook consumers.\n- Graduate programme (2021–2022): Java microservices.\nSkills: Go, Java, PostgreSQL, Docker, Kubernetes (basic).\nEager to grow into system design and mentoring.`,
    },
  ],
};

const nurse: DemoJob = {
  title: "ICU Registered Nurse",
  company: "St. Aurelia General Hospital",
  description: `St. Aurelia General Hospital is hiring a Registered Nurse for our 24-bed adult Intensive Care Unit (mixed medical/surgical).

Responsibilities:
- Provide direct care to critically ill adults, including ventilated patients and patients on vasoactive infusions.
- Monitor haemodynamics, titrate medications per protocol and respond to deterioration.
- Work with the multidisciplinary team on daily rounds; educate families.
- Precept new graduate nurses and students.

Requirements:
- Current RN licence in good standing.
- At least 2 years of acute-care experience, ideally 1+ year in ICU or step-down.
- Current BLS and ACLS certification.
- Experience with mechanical ventilation, arterial lines and central lines.
- Preferred: CCRN certification, CRRT experience, charge nurse experience.
- Rotating 12-hour shifts including nights and weekends.`,
  roleKnowledge:
    "We lose new hires who have never worked nights: rotating shifts are non-negotiable. CRRT experience is a real plus this year.",
  candidates: [
    {
      name: "Emily Carter",
      email: "emily.carter@example.com",
      resume: `Emily Carter, RN, BSN, CCRN\n7 years of critical care nursing.\n- Mercy Medical Center, Medical/Surgical ICU RN (2018–present): ventilated patients, vasoactive titration, arterial and central lines, CRRT; charge nurse 2 shifts/week; preceptor for new graduates.\n- Step-down unit RN (2016–2018).\nCertifications: RN licence (active), BLS, ACLS, CCRN.\nRotating 12-hour day/night shifts.`,
    },
    {
      name: "Marcus Johnson",
      email: "marcus.johnson@example.com",
      resume: `Marcus Johnson, RN\n3 years of nursing experience.\n- City Hospital, Cardiac Step-Down RN (2022–present): telemetry, post-PCI care, drips per protocol; night shift.\n- Med-Surg RN (2021–2022).\nCertifications: RN licence, BLS, ACLS.\nCompleted critical care fellowship course (2024).`,
    },
    {
      name: "Fatima Al-Sayed",
      email: "fatima.alsayed@example.com",
      resume: `Fatima Al-Sayed, RN, MSN\n10 years in critical care, including 4 as ICU charge nurse.\n- University Hospital Surgical ICU (2014–present): trauma and post-surgical patients; ECMO and CRRT trained; rapid response team member; unit educator for ventilator management.\nCertifications: RN, BLS, ACLS, PALS, CCRN, TNCC.\nPublished a QI project reducing CLABSI rates by 40%.`,
    },
    {
      name: "Jake Morrison",
      email: "jake.morrison@example.com",
      resume: `Jake Morrison, LPN\n5 years as Licensed Practical Nurse in long-term care.\n- Sunny Pines Care Home (2020–present): medication administration, wound care, care plans.\nCurrently completing RN bridge programme (expected 2026).\nCertifications: LPN licence, BLS.`,
    },
    {
      name: "Chloe Dubois",
      email: "chloe.dubois@example.com",
      resume: `Chloe Dubois, RN, BSN\n2 years of experience.\n- Regional Hospital Medical ICU RN (2024–present): ventilated patients, sedation protocols, arterial lines; day shifts only so far.\n- New graduate residency (2023–2024) on a medical ward.\nCertifications: RN, BLS, ACLS.\nPrefers day shifts.`,
    },
    {
      name: "Samuel Osei",
      email: "samuel.osei@example.com",
      resume: `Samuel Osei, RN, BSN\n6 years of emergency department nursing.\n- Metro Level I Trauma Center ED (2019–present): resuscitation bay, intubation assistance, vasoactive drips, arterial lines; triage; rotating shifts.\nCertifications: RN, BLS, ACLS, PALS, TNCC, CEN.\nNo inpatient ICU experience, but holds critical patients for ICU beds regularly.`,
    },
    {
      name: "Laura Novak",
      email: "laura.novak@example.com",
      resume: `Laura Novak, RN\n15 years of nursing; 9 in Cardiothoracic ICU.\n- Heart Institute CTICU (2016–present): post-CABG and valve patients, IABP, Impella, CRRT; charge nurse; precepts new hires; night shift lead.\n- Telemetry RN (2010–2016).\nCertifications: RN, BLS, ACLS, CCRN, CSC.`,
    },
    {
      name: "Ben Harper",
      email: "ben.harper@example.com",
      resume: `Ben Harper, Paramedic\n8 years as a paramedic with county EMS.\nAdvanced airway management, cardiac monitoring, IV medications in the field.\nNot a registered nurse; interested in transitioning to nursing.\nCertifications: NRP, ACLS, PHTLS.`,
    },
    {
      name: "Isabella Rossi",
      email: "isabella.rossi@example.com",
      resume: `Isabella Rossi, RN, BSN\n4 years of experience in a Neuro ICU.\n- Neuroscience Center NICU (2021–present): post-craniotomy care, EVD management, ventilated patients, vasoactive titration, arterial lines; rotating nights.\nCertifications: RN, BLS, ACLS, SCRN.\nPreceptor since 2023.`,
    },
    {
      name: "Noah Williams",
      email: "noah.williams@example.com",
      resume: `Noah Williams, RN\n1 year of experience on a surgical ward (2025–present): post-op care, PCA pumps, wound care.\nCertifications: RN, BLS.\nPlanning to take ACLS this year. Very motivated to join an ICU.`,
    },
    {
      name: "Amara Nwosu",
      email: "amara.nwosu@example.com",
      resume: `Amara Nwosu, RN, BSN, CCRN\n5 years in a mixed Medical/Surgical ICU.\n- Riverside Hospital MSICU (2020–present): ventilator management, proning during COVID surge, central and arterial lines, CRRT; charge nurse relief; rotating 12-hour shifts.\nCertifications: RN, BLS, ACLS, CCRN.\nMember of the unit's sepsis committee.`,
    },
    {
      name: "Peter Lindqvist",
      email: "peter.lindqvist@example.com",
      resume: `Peter Lindqvist, RN\n12 years of nursing, last 6 in outpatient dialysis.\n- Kidney Care Clinic (2019–present): haemodialysis, vascular access care, patient education.\n- ICU RN (2013–2019) at a community hospital: ventilated patients, drips.\nCertifications: RN, BLS, CDN. ACLS lapsed in 2022.\nPrefers day shifts.`,
    },
  ],
};

export const DEMO_JOBS: DemoJob[] = [backend, nurse];
