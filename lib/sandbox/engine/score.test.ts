import { describe, expect, it } from "vitest";
import { engine, scoreDetailed } from "./index";
import type { ScoringInput } from "./types";

const asOf = new Date("2026-11-01T00:00:00Z");

const criteria: ScoringInput["criteria"] = [
  {
    id: "c1",
    text: "At least 5 years of professional backend software engineering experience",
    importance: "MUST_HAVE",
  },
  {
    id: "c2",
    text: "Strong production experience with Go (Golang), demonstrated in recent professional roles",
    importance: "MUST_HAVE",
  },
  { id: "c3", text: "Solid PostgreSQL experience, including schema design and query tuning", importance: "MUST_HAVE" },
  {
    id: "c4",
    text: "Experience deploying and running services on Kubernetes, demonstrated in recent professional roles",
    importance: "PREFERRED",
  },
  { id: "c5", text: "Experience with Kafka or another event streaming platform", importance: "NICE_TO_HAVE" },
];

const input = (resumeText: string, extra: Partial<ScoringInput> = {}): ScoringInput => ({
  criteria,
  resumeText,
  applicationAnswers: [],
  jobDescription: "Senior Backend Engineer",
  asOf,
  ...extra,
});

const STRONG = `Experience
Senior Software Engineer, Ledgerly — Feb 2020 – Present
- Built payment services in Golang on Postgres; ran them on k8s with Kafka for events
Software Engineer, ShopStack — Jun 2017 – Jan 2020
- Go APIs over PostgreSQL`;

const STUFFED = `Skills
Go, Golang, PostgreSQL, Postgres, Kubernetes, k8s, Kafka, backend, Go, PostgreSQL, Kubernetes

Experience
QA Tester, Brightapps — Mar 2019 – Present
- Manual regression testing of a banking app; logged defects in Jira`;

const REAL_BUT_PLAIN = `Experience
Software Engineer, Routefast — Jan 2020 – Present
- Go services on PostgreSQL
Developer, Parcelbox — Jan 2019 – Dec 2019
- Python scripts`;

describe("score", () => {
  it("returns an integer in 1–10 and a complete assessment", () => {
    const r = engine.score(input(STRONG));
    expect(Number.isInteger(r.score)).toBe(true);
    expect(r.score).toBeGreaterThanOrEqual(1);
    expect(r.score).toBeLessThanOrEqual(10);
    const sentences = r.assessment.verdict.split(/(?<=\.)\s+/).filter(Boolean);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(3);
    expect(r.assessment.verdict).toMatch(/Recommend|Consider|Not recommended|Do not advance/);
  });

  it("scores a verified strong candidate in the top bands and quotes evidence", () => {
    const r = engine.score(input(STRONG));
    expect(r.score).toBeGreaterThanOrEqual(9);
    expect(r.assessment.strengths.some((s) => s.includes("Ledgerly"))).toBe(true);
  });

  it("is deterministic: same input, same output", () => {
    const a = engine.score(input(STRONG));
    const b = engine.score(input(STRONG));
    expect(b).toEqual(a);
    expect(JSON.stringify(engine.score(input(STUFFED)))).toBe(JSON.stringify(engine.score(input(STUFFED))));
  });

  it("a keyword-stuffed skills section does not beat real experience", () => {
    const stuffed = engine.score(input(STUFFED));
    const real = engine.score(input(REAL_BUT_PLAIN));
    expect(real.score).toBeGreaterThan(stuffed.score);
    expect(stuffed.score).toBeLessThanOrEqual(4);
    expect(stuffed.assessment.concerns.join("\n")).toMatch(/listed only in the skills section/);
  });

  it("skills shown in a role weigh more than the same skills only listed", () => {
    const listed = scoreDetailed(
      input(`Skills\nGo, PostgreSQL\n\nExperience\nEngineer, Acme — 2015 – Present\n- Java services`),
    );
    const shown = scoreDetailed(input(`Experience\nEngineer, Acme — 2015 – Present\n- Go services on PostgreSQL`));
    const go = (b: typeof listed) => b.results.find((r) => r.id === "c2")!.evidence.strength;
    expect(go(shown)).toBeGreaterThan(go(listed));
    expect(go(listed)).toBeLessThan(0.5);
  });

  it("a clearly unmet must-have caps the score at 4", () => {
    const noGo = `Experience
Staff Engineer, PayWave — Jan 2015 – Present
- Java and Spring services on PostgreSQL, deployed on Kubernetes, Kafka pipelines`;
    const r = scoreDetailed(input(noGo));
    expect(r.raw).toBeGreaterThan(0.6); // rich otherwise…
    expect(r.score).toBeLessThanOrEqual(4); // …but Go is missing
    expect(engine.score(input(noGo)).assessment.concerns.some((c) => /Go \(Golang\).*\(not evidenced\)/.test(c))).toBe(
      true,
    );
  });

  it("a partly evidenced must-have lands mid-range, not gated", () => {
    const partial = `Experience
Software Engineer, Orderly — Jan 2015 – Present
- Python services on PostgreSQL, deployed on Kubernetes with Kafka
Projects
- Small URL shortener written in Go`;
    const r = engine.score(input(partial));
    expect(r.score).toBeGreaterThanOrEqual(5);
    expect(r.score).toBeLessThanOrEqual(6);
    expect(r.assessment.interviewFocus.some((f) => f.includes("Go"))).toBe(true);
  });

  it("computes experience from dates, not claims, and flags unsupported claims", () => {
    const inflated = `Summary
Backend engineer with 12 years of experience.
Experience
Backend Engineer, Pennant — Jan 2024 – Present
- Go services on PostgreSQL and Kubernetes`;
    const b = scoreDetailed(input(inflated));
    expect(b.results.find((r) => r.id === "c1")!.evidence.strength).toBeLessThan(0.7);
    // Jan 2024 .. Nov 2026 inclusive = 35 months = 2.9 years
    expect(b.flags.inflatedClaim).toEqual({ claimed: 12, dated: 2.9 });
    expect(engine.score(input(inflated)).assessment.concerns.join("\n")).toMatch(
      /contradicted by: dated roles total 2\.9 years/,
    );
  });

  it("counts overlapping roles once for the years criterion", () => {
    const overlap = `Experience
Software Engineer, A — Jan 2023 – Present
- Go services
Software Engineer, B — Jan 2023 – Dec 2024
- Go services`;
    const b = scoreDetailed(input(overlap));
    // Jan 2023 .. Nov 2026 = 47 months = 3.9 years, not 5.9
    expect(b.results.find((r) => r.id === "c1")!.evidence.quote ?? "").toMatch(/^3\.9 years/);
  });

  it("a sparse resume scores low-to-mid with concerns saying so, rather than failing", () => {
    const r = engine.score(input("Backend developer. Go, SQL, some cloud. Looking for a senior role."));
    expect(r.score).toBeGreaterThanOrEqual(2);
    expect(r.score).toBeLessThanOrEqual(5);
    expect(r.assessment.concerns[0]).toMatch(/sparse/);
  });

  it("uses screening answers for work authorisation", () => {
    const auth = [
      ...criteria,
      {
        id: "c6",
        text: "Legally authorised to work in the United States without needing visa sponsorship",
        importance: "MUST_HAVE" as const,
      },
    ];
    const yes = engine.score(
      input(STRONG, {
        criteria: auth,
        applicationAnswers: [{ question: "Are you authorized to work in the US?", answer: "Yes" }],
      }),
    );
    const no = engine.score(
      input(STRONG, {
        criteria: auth,
        applicationAnswers: [
          { question: "Are you authorized to work in the US?", answer: "No, I will require sponsorship" },
        ],
      }),
    );
    expect(yes.score).toBeGreaterThanOrEqual(8);
    expect(no.score).toBeLessThanOrEqual(4);
    expect(no.assessment.concerns.join("\n")).toMatch(/contradicted by: screening answer/);
  });

  it("treats an expired certification as contradicted", () => {
    const cert = [
      {
        id: "x",
        text: "Current ACLS certification, active and current, shown on the resume",
        importance: "MUST_HAVE" as const,
      },
    ];
    const r = engine.score({
      ...input("Certifications\nACLS (expired 2024)\nExperience\nRN, ICU — 2020 – Present"),
      criteria: cert,
    });
    expect(r.assessment.concerns.join("\n")).toMatch(/contradicted by: ACLS \(expired 2024\)/);
    expect(r.score).toBeLessThanOrEqual(4);
  });

  it("scores 50 resumes in well under a second", () => {
    const t0 = performance.now();
    for (let i = 0; i < 50; i++) engine.score(input(`${STRONG}\n- iteration ${i}`));
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe("bundled years criteria", () => {
  it("gives partial credit when only one of the bundled requirements is met", () => {
    const criteria = [
      {
        id: "c1",
        text: "At least 5 years of backend development, at least 3 with Go in production",
        importance: "MUST_HAVE" as const,
      },
    ];
    const input = (resumeText: string) => ({
      criteria,
      resumeText,
      applicationAnswers: [],
      jobDescription: "",
      asOf: new Date("2026-11-01"),
    });
    const both = scoreDetailed(input(`- Acme (2016–present): Go services and REST APIs.`)).results[0]!.evidence;
    const onlyBackend = scoreDetailed(input(`- Acme (2016–present): Java backend APIs.\nNo Go experience.`)).results[0]!
      .evidence;
    expect(both.status).toBe("met");
    expect(onlyBackend.status).toBe("partial");
    expect(onlyBackend.strength).toBeGreaterThan(0.25);
    expect(onlyBackend.reason).toMatch(/Go/);
  });
});
