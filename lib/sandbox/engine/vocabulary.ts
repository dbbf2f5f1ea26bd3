// The engine's single vocabulary: every synonym, abbreviation and "counts as" relation lives here
// as data. To teach the engine a new term, add it to `terms` of the right concept (or add a
// concept); matching code never contains domain strings.
//
// - terms: matched case-insensitively on word boundaries; a space in a term also matches
//   "-", "/", "," or nothing ("power bi" matches "PowerBI" and "Power-BI").
// - exact: matched case-sensitively, for short tokens that are ordinary words in lower case
//   ("Go", "R", "BA", "AE").
// - includes: other concepts that count as evidence for this one (Tableau is "a BI tool",
//   PostgreSQL is SQL, a master's satisfies a bachelor's).
// - kind: how evidence is weighed (credentials are believable in a header or certifications
//   section; skills need to show up in a role).

export type ConceptKind = "skill" | "domain" | "role" | "licence" | "certification" | "degree" | "field" | "language";

export interface Concept {
  id: string;
  label: string;
  kind: ConceptKind;
  field: "software" | "data" | "healthcare" | "sales" | "finance" | "logistics" | "general";
  terms: string[];
  exact?: string[];
  includes?: string[];
}

export const CONCEPTS: Concept[] = [
  // ── software ──────────────────────────────────────────────────────────────────────────────
  { id: "go", label: "Go", kind: "skill", field: "software", terms: ["golang", "go lang"], exact: ["Go"] },
  {
    id: "python",
    label: "Python",
    kind: "skill",
    field: "software",
    terms: ["python", "pandas", "numpy", "django", "flask", "fastapi", "jupyter"],
  },
  { id: "java", label: "Java", kind: "skill", field: "software", terms: ["java", "spring boot", "spring", "jvm"] },
  { id: "kotlin", label: "Kotlin", kind: "skill", field: "software", terms: ["kotlin"] },
  {
    id: "javascript",
    label: "JavaScript/TypeScript",
    kind: "skill",
    field: "software",
    terms: ["javascript", "js", "ecmascript", "node.js", "nodejs", "node js"],
    includes: ["typescript"],
  },
  { id: "typescript", label: "TypeScript", kind: "skill", field: "software", terms: ["typescript", "ts"] },
  { id: "react", label: "React", kind: "skill", field: "software", terms: ["react", "react.js", "reactjs", "next.js"] },
  { id: "csharp", label: "C#/.NET", kind: "skill", field: "software", terms: ["c#", ".net", "dotnet", "asp.net"] },
  { id: "cpp", label: "C++", kind: "skill", field: "software", terms: ["c++", "cpp"] },
  { id: "rust", label: "Rust", kind: "skill", field: "software", terms: ["rust"] },
  { id: "ruby", label: "Ruby", kind: "skill", field: "software", terms: ["ruby", "rails", "ruby on rails"] },
  {
    id: "postgresql",
    label: "PostgreSQL",
    kind: "skill",
    field: "software",
    terms: ["postgresql", "postgres", "psql", "pgbouncer", "aurora postgres"],
  },
  { id: "mysql", label: "MySQL", kind: "skill", field: "software", terms: ["mysql", "mariadb"] },
  {
    id: "kubernetes",
    label: "Kubernetes",
    kind: "skill",
    field: "software",
    terms: ["kubernetes", "k8s", "container orchestration", "eks", "gke", "aks", "openshift", "helm", "argo cd"],
  },
  {
    id: "docker",
    label: "Docker",
    kind: "skill",
    field: "software",
    terms: ["docker", "containers", "containerised", "containerized"],
  },
  {
    id: "kafka",
    label: "Kafka",
    kind: "skill",
    field: "software",
    terms: ["kafka", "apache kafka", "redpanda", "kafka-compatible"],
  },
  {
    id: "event-streaming",
    label: "event streaming",
    kind: "skill",
    field: "software",
    terms: ["event streaming", "streaming platform", "kinesis", "pulsar", "pub/sub", "event-driven"],
    includes: ["kafka"],
  },
  {
    id: "message-queues",
    label: "message queues",
    kind: "skill",
    field: "software",
    terms: [
      "message queue",
      "message queues",
      "job queues",
      "sqs",
      "rabbitmq",
      "activemq",
      "nats",
      "celery",
      "sidekiq",
    ],
    includes: ["kafka"],
  },
  { id: "terraform", label: "Terraform", kind: "skill", field: "software", terms: ["terraform"] },
  {
    id: "iac",
    label: "infrastructure as code",
    kind: "skill",
    field: "software",
    terms: ["infrastructure as code", "infrastructure-as-code", "iac", "pulumi", "cloudformation"],
    includes: ["terraform"],
  },
  { id: "aws", label: "AWS", kind: "skill", field: "software", terms: ["aws", "amazon web services", "ec2", "lambda"] },
  { id: "gcp", label: "GCP", kind: "skill", field: "software", terms: ["gcp", "google cloud"] },
  { id: "azure", label: "Azure", kind: "skill", field: "software", terms: ["azure"] },
  {
    id: "cloud",
    label: "a major cloud platform",
    kind: "skill",
    field: "software",
    terms: ["cloud platform", "public cloud"],
    includes: ["aws", "gcp", "azure"],
  },
  { id: "grpc", label: "gRPC", kind: "skill", field: "software", terms: ["grpc", "protobuf"] },
  {
    id: "cicd",
    label: "CI/CD",
    kind: "skill",
    field: "software",
    terms: [
      "ci/cd",
      "ci cd",
      "continuous integration",
      "continuous delivery",
      "github actions",
      "jenkins",
      "gitlab ci",
    ],
  },
  {
    id: "open-source",
    label: "open source contributions",
    kind: "skill",
    field: "software",
    terms: ["open source", "open-source", "oss maintainer", "github contributor"],
  },
  {
    id: "distributed",
    label: "distributed systems",
    kind: "skill",
    field: "software",
    terms: ["distributed systems", "microservices", "microservice"],
  },
  {
    id: "backend",
    label: "backend development",
    kind: "domain",
    field: "software",
    terms: [
      "backend",
      "back-end",
      "back end",
      "server-side",
      "api",
      "apis",
      "microservices",
      "services in",
      "web services",
    ],
  },
  {
    id: "retail-banking",
    label: "retail banking",
    kind: "domain",
    field: "finance",
    terms: [
      "retail banking",
      "consumer banking",
      "branch banking",
      "community banking",
      "credit union",
      "financial center",
      "banking center",
      "bank branch",
      "branch operations",
      "teller",
    ],
  },
  {
    id: "payments",
    label: "payments/fintech",
    kind: "domain",
    field: "finance",
    terms: [
      "payments",
      "payment",
      "fintech",
      "card issuing",
      "settlement",
      "payouts",
      "wallet",
      "banking",
      "ledger",
      "point-of-sale",
      "remittance",
      "trading platform",
      "brokerage",
      "lending platform",
    ],
    exact: ["ACH"],
  },
  {
    id: "software-role",
    label: "software engineering",
    kind: "role",
    field: "software",
    terms: [
      "software engineer",
      "software engineering",
      "software developer",
      "backend engineer",
      "backend developer",
      "back-end developer",
      "developer",
      "programmer",
      "platform engineer",
      "platform developer",
      "site reliability engineer",
      "sre",
      "staff engineer",
      "principal engineer",
      "senior engineer",
      "full-stack engineer",
      "full stack developer",
    ],
  },

  { id: "figma", label: "Figma", kind: "skill", field: "software", terms: ["figma", "figjam"] },
  {
    id: "design-systems",
    label: "design systems",
    kind: "skill",
    field: "software",
    terms: ["design system", "design systems", "component library"],
  },
  {
    id: "ux-research",
    label: "UX research",
    kind: "skill",
    field: "software",
    terms: ["ux research", "user research", "usability testing", "user interviews"],
  },

  // ── IT support ────────────────────────────────────────────────────────────────────────────
  {
    id: "it-support-role",
    label: "IT support",
    kind: "role",
    field: "software",
    terms: [
      "help desk",
      "helpdesk",
      "service desk",
      "desktop support",
      "deskside support",
      "it support",
      "end-user support",
      "end user support",
      "end-user computing",
      "end user computing",
      "it field services",
      "desktop technician",
      "support technician",
    ],
  },
  {
    id: "active-directory",
    label: "Active Directory",
    kind: "skill",
    field: "software",
    terms: ["active directory", "aduc", "entra id", "azure ad", "azure active directory", "directory accounts"],
    exact: ["AD"],
  },
  {
    id: "microsoft-365",
    label: "Microsoft 365",
    kind: "skill",
    field: "software",
    terms: ["microsoft 365", "office 365", "o365", "m365", "exchange online", "365 tenant", "o365 tenant"],
  },
  {
    id: "itsm-ticketing",
    label: "IT ticketing system",
    kind: "skill",
    field: "software",
    terms: [
      "ticketing system",
      "servicenow",
      "jira service management",
      "jira service desk",
      "zendesk",
      "freshservice",
      "remedy",
      "cherwell",
      "ticket queue",
    ],
  },
  {
    id: "comptia-a-plus",
    label: "CompTIA A+",
    kind: "certification",
    field: "software",
    terms: ["comptia a+", "a+ certification", "a+ certified", "a+ ce", "220-1101", "220-1102"],
    exact: ["A+"],
  },
  // ── data / analytics ──────────────────────────────────────────────────────────────────────
  {
    id: "sql",
    label: "SQL",
    kind: "skill",
    field: "data",
    terms: [
      "sql",
      "t-sql",
      "tsql",
      "pl/sql",
      "bigquery",
      "snowflake",
      "redshift",
      "sql server",
      "window functions",
      "ctes",
    ],
    includes: ["postgresql", "mysql"],
  },
  { id: "tableau", label: "Tableau", kind: "skill", field: "data", terms: ["tableau"] },
  { id: "powerbi", label: "Power BI", kind: "skill", field: "data", terms: ["power bi", "powerbi", "dax"] },
  { id: "looker", label: "Looker", kind: "skill", field: "data", terms: ["looker", "lookml", "looker studio"] },
  {
    id: "bi-tool",
    label: "a BI tool",
    kind: "skill",
    field: "data",
    terms: ["bi tool", "business intelligence tool", "qlik", "metabase", "superset", "mode analytics", "sisense"],
    includes: ["tableau", "powerbi", "looker"],
  },
  {
    id: "dashboards",
    label: "dashboards",
    kind: "skill",
    field: "data",
    terms: ["dashboard", "dashboards", "reporting suite", "reports"],
    includes: ["bi-tool"],
  },
  {
    id: "excel",
    label: "Excel",
    kind: "skill",
    field: "data",
    terms: ["excel", "spreadsheets", "vlookup", "pivot tables"],
  },
  {
    id: "r-lang",
    label: "R",
    kind: "skill",
    field: "data",
    terms: ["rstudio", "tidyverse", "ggplot", "ggplot2"],
    exact: ["R"],
  },
  { id: "dbt", label: "dbt", kind: "skill", field: "data", terms: ["dbt", "data build tool"] },
  {
    id: "ab-testing",
    label: "A/B testing",
    kind: "skill",
    field: "data",
    terms: [
      "a/b test",
      "a/b tests",
      "a/b testing",
      "ab testing",
      "ab test",
      "split test",
      "split tests",
      "split testing",
      "experimentation",
      "controlled experiments",
      "multivariate test",
      "optimizely",
    ],
  },
  {
    id: "statistics",
    label: "statistics",
    kind: "skill",
    field: "data",
    terms: ["statistics", "statistical", "regression", "hypothesis testing", "statsmodels"],
  },
  {
    id: "stakeholders",
    label: "communicating with non-technical stakeholders",
    kind: "skill",
    field: "general",
    terms: ["stakeholders", "non-technical", "presented", "present results", "presenting", "explaining", "leadership"],
  },
  {
    id: "ecommerce",
    label: "e-commerce/retail",
    kind: "domain",
    field: "data",
    terms: [
      "e-commerce",
      "ecommerce",
      "online retail",
      "retail",
      "grocery",
      "online grocery",
      "meal kits",
      "fashion e-commerce",
      "shop",
      "store",
      "dtc",
      "direct-to-consumer",
      "direct to consumer",
      "shopify",
    ],
  },
  {
    id: "analyst-role",
    label: "data analysis",
    kind: "role",
    field: "data",
    terms: [
      "data analyst",
      "analyst",
      "business intelligence analyst",
      "bi analyst",
      "reporting analyst",
      "insights analyst",
      "analytics",
      "bi developer",
      "power bi developer",
      "data scientist",
      "analytics manager",
      "analytics role",
    ],
  },
  {
    id: "quant-field",
    label: "a quantitative field",
    kind: "field",
    field: "data",
    terms: [
      "quantitative field",
      "statistics",
      "economics",
      "mathematics",
      "maths",
      "math",
      "computer science",
      "computer engineering",
      "physics",
      "engineering",
      "data science",
      "accounting",
      "accountancy",
      "finance",
      "econometrics",
      "software engineering",
    ],
  },

  // ── nursing / healthcare ─────────────────────────────────────────────────────────────────
  {
    id: "rn",
    label: "Registered Nurse (RN) licence",
    kind: "licence",
    field: "healthcare",
    terms: [
      "registered nurse",
      "rn",
      "rn license",
      "rn licence",
      "multistate compact",
      "compact license",
      "compact nursing license",
      "multistate license",
      "nursing license",
    ],
  },
  {
    id: "lpn",
    label: "LPN/LVN licence",
    kind: "licence",
    field: "healthcare",
    terms: ["licensed practical nurse", "lpn", "lvn", "licensed vocational nurse"],
  },
  {
    id: "icu",
    label: "ICU/critical care",
    kind: "domain",
    field: "healthcare",
    terms: [
      "icu",
      "intensive care",
      "critical care",
      "micu",
      "sicu",
      "cvicu",
      "ccu",
      "critical care unit",
      "intensive care unit",
      "neuro icu",
      "trauma icu",
      "msicu",
      "mticu",
      "cticu",
      "cvicu",
      "nsicu",
    ],
  },
  {
    id: "acute-care",
    label: "acute care",
    kind: "domain",
    field: "healthcare",
    terms: ["acute care", "acute-care", "step-down", "stepdown", "progressive care", "pcu"],
    includes: ["icu"],
  },
  {
    id: "acls",
    label: "ACLS",
    kind: "certification",
    field: "healthcare",
    terms: ["acls", "advanced cardiovascular life support", "advanced cardiac life support"],
  },
  {
    id: "bls",
    label: "BLS",
    kind: "certification",
    field: "healthcare",
    terms: ["bls", "basic life support", "cpr certified", "cpr certification"],
  },
  {
    id: "pals",
    label: "PALS",
    kind: "certification",
    field: "healthcare",
    terms: ["pals", "pediatric advanced life support"],
  },
  {
    id: "ccrn",
    label: "CCRN",
    kind: "certification",
    field: "healthcare",
    terms: ["ccrn", "critical care registered nurse certification"],
  },
  {
    id: "bsn",
    label: "BSN",
    kind: "degree",
    field: "healthcare",
    terms: [
      "bsn",
      "bachelor of science in nursing",
      "bachelor of science nursing",
      "bachelor's in nursing",
      "bachelor of nursing",
      "b.s.n",
      "rn-bsn",
    ],
    includes: ["msn"],
  },
  {
    id: "msn",
    label: "MSN",
    kind: "degree",
    field: "healthcare",
    terms: ["msn", "master of science in nursing", "master's in nursing"],
  },
  {
    id: "adn",
    label: "ADN",
    kind: "degree",
    field: "healthcare",
    terms: ["adn", "associate degree in nursing", "associate of science in nursing"],
  },
  {
    id: "crrt",
    label: "CRRT",
    kind: "skill",
    field: "healthcare",
    terms: ["crrt", "continuous renal replacement therapy", "continuous renal replacement"],
  },
  {
    id: "ecmo",
    label: "ECMO",
    kind: "skill",
    field: "healthcare",
    terms: ["ecmo", "extracorporeal membrane oxygenation", "ecmo-trained"],
  },
  {
    id: "epic",
    label: "Epic",
    kind: "skill",
    field: "healthcare",
    terms: ["epic", "epic emr", "epiccare", "epic charting"],
  },
  {
    id: "ventilation",
    label: "mechanical ventilation",
    kind: "skill",
    field: "healthcare",
    terms: ["mechanical ventilation", "mechanically ventilated", "ventilated", "ventilators", "ventilator"],
  },
  {
    id: "nurse-role",
    label: "nursing",
    kind: "role",
    field: "healthcare",
    terms: ["nurse", "staff nurse", "staff rn", "rn resident", "charge nurse", "nursing"],
  },

  // ── sales / marketing ────────────────────────────────────────────────────────────────────
  {
    id: "saas",
    label: "B2B SaaS",
    kind: "domain",
    field: "sales",
    terms: [
      "saas",
      "software as a service",
      "b2b software",
      "subscription software",
      "cloud software",
      "hr software",
      "payroll software",
      "hcm",
    ],
  },
  {
    id: "b2b",
    label: "B2B sales",
    kind: "domain",
    field: "sales",
    terms: ["b2b", "business-to-business", "mid-market", "enterprise", "smb", "new logos", "school districts"],
  },
  {
    id: "quota",
    label: "quota attainment",
    kind: "skill",
    field: "sales",
    terms: [
      "quota",
      "quota-carrying",
      "attainment",
      "exceeded target",
      "exceeded targets",
      "president's club",
      "of target",
      "exceeding quota",
    ],
  },
  {
    id: "full-cycle",
    label: "full-cycle sales",
    kind: "skill",
    field: "sales",
    terms: [
      "full-cycle",
      "full cycle",
      "full sales cycle",
      "end-to-end sales",
      "discovery to close",
      "closed-won",
      "closed new",
      "closed",
      "closing",
      "closer",
      "new business",
    ],
  },
  {
    id: "salesforce",
    label: "Salesforce",
    kind: "skill",
    field: "sales",
    terms: ["salesforce", "sfdc", "salesforce.com", "salesforce crm"],
  },
  {
    id: "crm",
    label: "a CRM",
    kind: "skill",
    field: "sales",
    terms: ["crm", "hubspot", "pipedrive", "dynamics 365", "zoho crm"],
    includes: ["salesforce"],
  },
  {
    id: "hr-software",
    label: "HR/payroll/HCM software",
    kind: "domain",
    field: "sales",
    terms: [
      "hr software",
      "payroll",
      "hcm",
      "human capital management",
      "hris",
      "hr tech",
      "benefits administration",
      "hr saas",
    ],
  },
  { id: "meddic", label: "MEDDIC", kind: "skill", field: "sales", terms: ["meddic", "meddpicc", "meddicc"] },
  {
    id: "sales-method",
    label: "a sales methodology",
    kind: "skill",
    field: "sales",
    terms: [
      "sales methodology",
      "challenger sale",
      "spin selling",
      "sandler",
      "command of the message",
      "value selling",
      "solution selling",
    ],
    includes: ["meddic"],
  },
  {
    id: "sdr",
    label: "SDR/BDR",
    kind: "role",
    field: "sales",
    terms: [
      "sdr",
      "bdr",
      "sales development representative",
      "business development representative",
      "sales development",
    ],
  },
  {
    id: "ae-role",
    label: "account executive",
    kind: "role",
    field: "sales",
    terms: [
      "account executive",
      "account manager",
      "sales executive",
      "sales representative",
      "enterprise account executive",
      "closer",
      "new business",
    ],
    exact: ["AE"],
  },
  {
    id: "seo",
    label: "SEO",
    kind: "skill",
    field: "sales",
    terms: ["seo", "search engine optimisation", "search engine optimization"],
  },
  {
    id: "google-analytics",
    label: "Google Analytics",
    kind: "skill",
    field: "sales",
    terms: ["google analytics", "ga4"],
  },
  {
    id: "spanish",
    label: "Spanish",
    kind: "language",
    field: "general",
    terms: ["spanish", "bilingual english/spanish", "español"],
  },
  { id: "french", label: "French", kind: "language", field: "general", terms: ["french"] },
  { id: "german", label: "German", kind: "language", field: "general", terms: ["german"] },

  // ── finance / accounting ─────────────────────────────────────────────────────────────────
  { id: "cpa", label: "CPA", kind: "certification", field: "finance", terms: ["cpa", "certified public accountant"] },
  {
    id: "acca",
    label: "ACCA/ACA",
    kind: "certification",
    field: "finance",
    terms: ["acca", "aca", "chartered accountant", "chartered certified accountant", "cima"],
  },
  { id: "cfa", label: "CFA", kind: "certification", field: "finance", terms: ["cfa", "chartered financial analyst"] },
  { id: "gaap", label: "GAAP/IFRS", kind: "skill", field: "finance", terms: ["gaap", "us gaap", "ifrs"] },
  {
    id: "month-end",
    label: "month-end close",
    kind: "skill",
    field: "finance",
    terms: ["month-end close", "month end close", "month-end", "period close", "reconciliations", "reconciliation"],
  },
  { id: "netsuite", label: "NetSuite", kind: "skill", field: "finance", terms: ["netsuite", "oracle netsuite"] },
  { id: "sap", label: "SAP", kind: "skill", field: "finance", terms: ["sap", "sap s/4hana", "sap fico"] },
  {
    id: "quickbooks",
    label: "QuickBooks",
    kind: "skill",
    field: "finance",
    terms: ["quickbooks", "quickbooks online", "qbo"],
  },
  {
    id: "erp",
    label: "an ERP system",
    kind: "skill",
    field: "finance",
    terms: ["erp", "oracle financials", "xero", "sage", "sage intacct", "microsoft dynamics", "workday financials"],
    includes: ["netsuite", "sap", "quickbooks"],
  },
  {
    id: "audit",
    label: "audit",
    kind: "skill",
    field: "finance",
    terms: ["audit", "auditing", "sox", "internal controls"],
  },
  {
    id: "accountant-role",
    label: "accounting",
    kind: "role",
    field: "finance",
    terms: [
      "accountant",
      "staff accountant",
      "senior accountant",
      "accounting",
      "controller",
      "bookkeeper",
      "auditor",
      "audit associate",
      "audit senior",
      "assurance associate",
      "tax associate",
      "accounts payable",
      "accounts receivable",
    ],
  },

  // ── trades / logistics ───────────────────────────────────────────────────────────────────
  {
    id: "cdl",
    label: "CDL/HGV licence",
    kind: "licence",
    field: "logistics",
    terms: [
      "cdl",
      "cdl-a",
      "class a cdl",
      "class a license",
      "class a licence",
      "license: class a",
      "licence: class a",
      "commercial driver's license",
      "commercial license",
      "commercial driver license",
      "hgv",
      "class 1",
      "c+e",
      "lgv",
    ],
  },
  {
    id: "dot-medical",
    label: "DOT medical card",
    kind: "certification",
    field: "logistics",
    terms: [
      "dot medical card",
      "medical card",
      "med card",
      "dot physical",
      "dot medical",
      "medical cert",
      "med cert",
      "medical examiner's certificate",
      "medical certificate",
    ],
  },
  {
    id: "forklift",
    label: "forklift certification",
    kind: "certification",
    field: "logistics",
    terms: ["forklift", "reach truck", "pallet jack", "powered industrial truck", "pit certified"],
  },
  {
    id: "osha",
    label: "OSHA safety training",
    kind: "certification",
    field: "logistics",
    terms: ["osha", "osha 10", "osha 30", "osha-10", "osha-30"],
  },
  {
    id: "warehouse",
    label: "warehouse operations",
    kind: "domain",
    field: "logistics",
    terms: [
      "warehouse",
      "distribution center",
      "distribution centre",
      "fulfillment center",
      "fulfilment centre",
      "3pl",
      "dc operations",
    ],
  },
  {
    id: "wms",
    label: "a warehouse management system",
    kind: "skill",
    field: "logistics",
    terms: ["wms", "warehouse management system", "manhattan scale", "sap ewm", "blue yonder"],
  },
  {
    id: "lean",
    label: "Lean/Six Sigma",
    kind: "certification",
    field: "logistics",
    terms: ["lean six sigma", "six sigma", "green belt", "black belt", "kaizen", "lean manufacturing"],
  },
  {
    id: "supply-chain",
    label: "supply chain",
    kind: "domain",
    field: "logistics",
    terms: ["supply chain", "logistics", "inventory control", "procurement"],
  },
  {
    id: "electrician",
    label: "electrician licence",
    kind: "licence",
    field: "logistics",
    terms: ["journeyman electrician", "master electrician", "electrical license", "licensed electrician"],
  },
  {
    id: "hvac",
    label: "HVAC (EPA 608)",
    kind: "certification",
    field: "logistics",
    terms: ["hvac", "epa 608", "epa section 608"],
  },
  {
    id: "driver-role",
    label: "driving",
    kind: "role",
    field: "logistics",
    terms: ["driver", "truck driver", "delivery driver", "hgv driver"],
  },
  {
    id: "supervisor-role",
    label: "supervision",
    kind: "role",
    field: "general",
    terms: [
      "supervisor",
      "supervising",
      "supervisory",
      "team lead",
      "team leader",
      "shift lead",
      "shift supervisor",
      "manager",
      "people manager",
    ],
  },

  // ── education (generic) ──────────────────────────────────────────────────────────────────
  {
    id: "bachelor",
    label: "bachelor's degree",
    kind: "degree",
    field: "general",
    terms: [
      "bachelor",
      "bachelor's",
      "bachelors",
      "b.s.",
      "bsc",
      "b.sc",
      "b.a.",
      "b.eng",
      "b.tech",
      "bba",
      "undergraduate degree",
      "b.s",
      "bachelor of science",
      "bachelor of arts",
      // Degree levels are the same in every field; their common abbreviations are listed here.
      "bachelor of",
      "b.com",
      "bcom",
      "b.ed",
      "bfa",
      "b.arch",
      "llb",
    ],
    exact: ["BA", "BS", "BEng"],
    includes: ["master", "phd", "bsn"],
  },
  {
    id: "associate",
    label: "associate degree",
    kind: "degree",
    field: "general",
    terms: [
      "associate degree",
      "associate's degree",
      "associate of",
      "associates degree",
      "a.a.s",
      "a.a.s.",
      "aas degree",
      "a.s. degree",
      "a.a. degree",
    ],
    exact: ["AAS"],
    includes: ["bachelor", "master", "phd", "adn", "bsn", "msn"],
  },
  {
    id: "master",
    label: "master's degree",
    kind: "degree",
    field: "general",
    terms: [
      "master's",
      "masters",
      "msc",
      "m.sc",
      "m.s.",
      "mba",
      "m.eng",
      "master of science",
      "master of",
      "m.a.",
      "m.ed",
      "m.s.ed",
      "msed",
      "m.a.ed",
      "mph",
      "msw",
      "m.arch",
      "llm",
    ],
    includes: ["phd", "msn"],
  },
  { id: "phd", label: "PhD", kind: "degree", field: "general", terms: ["phd", "ph.d", "doctorate"] },
];

export interface CompiledConcept extends Concept {
  /** Matches lower-cased text. */
  re: RegExp;
  /** Matches original-case text, if the concept has `exact` tokens. */
  exactRe: RegExp | null;
}

function termPattern(term: string): string {
  // Any run of separators inside a multi-word term also matches "-", "/", "," or nothing.
  return term
    .toLowerCase()
    .split(" ")
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("[^a-z0-9+#]{0,3}");
}

function compile(c: Concept): CompiledConcept {
  const terms = [...c.terms].sort((a, b) => b.length - a.length).map(termPattern);
  const re = new RegExp(`(?<![a-z0-9+#])(?:${terms.join("|")})(?![a-z0-9+#]|\\.[a-z0-9])`, "g");
  const exactRe =
    c.exact && c.exact.length > 0
      ? new RegExp(
          `(?<![A-Za-z0-9&+#/])(?:${c.exact.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![A-Za-z0-9&+#'-]| live| to )`,
          "g",
        )
      : null;
  return { ...c, re, exactRe };
}

export const VOCABULARY: readonly CompiledConcept[] = CONCEPTS.map(compile);

const BY_ID = new Map(VOCABULARY.map((c) => [c.id, c]));

export function conceptById(id: string): CompiledConcept | undefined {
  return BY_ID.get(id);
}

/** The concept plus everything that counts as evidence for it, transitively (Tableau ⊂ BI tool ⊂ dashboards). */
export function evidenceFamily(id: string): CompiledConcept[] {
  const out: CompiledConcept[] = [];
  const stack = [id];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === undefined || seen.has(next)) continue;
    seen.add(next);
    const c = BY_ID.get(next);
    if (!c) continue;
    out.push(c);
    for (const inc of c.includes ?? []) stack.push(inc);
  }
  return out;
}

export interface ConceptHit {
  concept: CompiledConcept;
  index: number;
  length: number;
}

/** All concept mentions in a text; overlapping shorter mentions inside a longer one are dropped. */
export function findConcepts(text: string, pool: readonly CompiledConcept[] = VOCABULARY): ConceptHit[] {
  const lower = text.toLowerCase();
  const hits: ConceptHit[] = [];
  for (const c of pool) {
    c.re.lastIndex = 0;
    for (let m = c.re.exec(lower); m !== null; m = c.re.exec(lower)) {
      hits.push({ concept: c, index: m.index, length: m[0].length });
    }
    if (c.exactRe) {
      c.exactRe.lastIndex = 0;
      for (let m = c.exactRe.exec(text); m !== null; m = c.exactRe.exec(text)) {
        hits.push({ concept: c, index: m.index, length: m[0].length });
      }
    }
  }
  // Longest match wins so "Bachelor of Science in Nursing" is BSN, not also a generic bachelor's.
  hits.sort((a, b) => b.length - a.length || a.index - b.index);
  const kept: ConceptHit[] = [];
  for (const h of hits) {
    const inside = kept.some(
      (k) =>
        h.index >= k.index &&
        h.index + h.length <= k.index + k.length &&
        k.concept.id !== h.concept.id &&
        k.length > h.length,
    );
    if (!inside) kept.push(h);
  }
  return kept.sort((a, b) => a.index - b.index);
}

/** Does `text` mention concept `id` or anything that counts as it? */
export function mentions(text: string, lower: string, id: string): boolean {
  for (const c of evidenceFamily(id)) {
    c.re.lastIndex = 0;
    if (c.re.test(lower)) return true;
    if (c.exactRe) {
      c.exactRe.lastIndex = 0;
      if (c.exactRe.test(text)) return true;
    }
  }
  return false;
}
