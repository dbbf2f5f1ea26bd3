import { describe, expect, it } from "vitest";
import { engine } from "./index";
import type { GeneratedCriterion, JobContext } from "./types";
import { buildCriteria, criterionWordCount } from "./criteria";
import { fitWords } from "./wording";

const wc = (t: string) => t.trim().split(/\s+/).length;

const BULLETS: JobContext = {
  jobTitle: "Senior Backend Engineer",
  jobDescription: `About us
We build payment software.

Requirements
- 5+ years of professional backend engineering experience
- Strong production experience with Go
- Solid PostgreSQL experience
- Experience running services on Kubernetes
- You must be authorized to work in the United States

Preferred
- Experience with Kafka

Nice to have
- Terraform
- Open source contributions are a plus`,
};

const PROSE: JobContext = {
  jobTitle: "ICU Registered Nurse",
  jobDescription: `Our 20-bed intensive care unit is looking for a skilled nurse. You will care for ventilated patients.

Candidates must hold an active Registered Nurse license. Current BLS and ACLS certifications are required at hire. A minimum of two years of ICU experience is essential. A BSN is strongly preferred. Experience with CRRT would be a plus.`,
};

const QUESTIONS: JobContext = {
  jobTitle: "Data Analyst",
  jobDescription: `Who are we?
A grocery delivery company.

What do you need?
* Advanced SQL
* 2+ years working as a data analyst
* Experience with a BI tool such as Tableau or Looker

Bonus points
* Python or R
* dbt

You'll thrive if…
* you have worked in e-commerce`,
};

const NUMBERED: JobContext = {
  jobTitle: "Warehouse Shift Supervisor",
  jobDescription: `Warehouse Shift Supervisor — Northgate Logistics

Must-haves:
1. 3+ years supervising teams in a warehouse or distribution center
2. Forklift certification
3. Experience with a warehouse management system (WMS)

Nice to have:
1. OSHA 30 certification
2. Lean Six Sigma Green Belt

What we offer: overtime and benefits.`,
};

const ACCOUNTANT: JobContext = {
  jobTitle: "Staff Accountant",
  jobDescription: `We are hiring a Staff Accountant. The ideal candidate has a CPA and at least 2 years of accounting experience. You must know US GAAP. Experience with NetSuite is preferred.`,
};

function byText(cs: GeneratedCriterion[], re: RegExp) {
  return cs.find((c) => re.test(c.text));
}

describe("generateCriteria", () => {
  it.each([
    ["bullets", BULLETS],
    ["prose", PROSE],
    ["question headings", QUESTIONS],
    ["numbered must-haves", NUMBERED],
    ["short prose", ACCOUNTANT],
  ])("%s: 5–8 criteria of 8–16 words", (_name, ctx) => {
    const cs = engine.generateCriteria(ctx);
    expect(cs.length).toBeGreaterThanOrEqual(5);
    expect(cs.length).toBeLessThanOrEqual(8);
    for (const c of cs) {
      expect(wc(c.text), c.text).toBeGreaterThanOrEqual(8);
      expect(wc(c.text), c.text).toBeLessThanOrEqual(16);
    }
  });

  it("section headings set importance (bullets)", () => {
    const cs = engine.generateCriteria(BULLETS);
    expect(byText(cs, /\bGo\b/)?.importance).toBe("MUST_HAVE");
    expect(byText(cs, /Kafka/)?.importance).toBe("PREFERRED");
    expect(byText(cs, /Terraform/)?.importance).toBe("NICE_TO_HAVE");
    expect(byText(cs, /authori[sz]ed to work/)?.importance).toBe("MUST_HAVE");
    expect(byText(cs, /5 years/)?.importance).toBe("MUST_HAVE");
  });

  it("sentence cues set importance in prose, including numbers written as words", () => {
    const cs = engine.generateCriteria(PROSE);
    expect(byText(cs, /Registered Nurse/)?.importance).toBe("MUST_HAVE");
    expect(byText(cs, /ACLS/)?.importance).toBe("MUST_HAVE");
    expect(byText(cs, /At least 2 years/)?.importance).toBe("MUST_HAVE");
    expect(byText(cs, /BSN/)?.importance).toBe("PREFERRED");
    expect(byText(cs, /CRRT/)?.importance).toBe("NICE_TO_HAVE");
    // Company description is not a requirement.
    expect(byText(cs, /20-bed/)).toBeUndefined();
  });

  it("question-style and playful headings map to importance", () => {
    const cs = engine.generateCriteria(QUESTIONS);
    expect(byText(cs, /SQL/)?.importance).toBe("MUST_HAVE");
    expect(byText(cs, /Tableau|BI tool/)?.importance).toBe("MUST_HAVE");
    expect(byText(cs, /e-commerce/)?.importance).toBe("PREFERRED");
    expect(byText(cs, /dbt/)?.importance).toBe("NICE_TO_HAVE");
  });

  it("numbered must-haves and certifications become criteria", () => {
    const cs = engine.generateCriteria(NUMBERED);
    expect(byText(cs, /Forklift/i)?.importance).toBe("MUST_HAVE");
    expect(byText(cs, /At least 3 years/)?.importance).toBe("MUST_HAVE");
    expect(byText(cs, /OSHA/)?.importance).toBe("NICE_TO_HAVE");
    expect(cs.some((c) => /offer|overtime/i.test(c.text))).toBe(false);
  });

  it("licences, years and preferred cues in one-paragraph postings", () => {
    const cs = engine.generateCriteria(ACCOUNTANT);
    expect(byText(cs, /CPA/)).toBeDefined();
    expect(byText(cs, /GAAP/)?.importance).toBe("MUST_HAVE");
    expect(byText(cs, /NetSuite/)?.importance).toBe("PREFERRED");
    expect(byText(cs, /2 years/)).toBeDefined();
  });

  it("a trailing 'ideally …' qualifier does not demote the requirement it qualifies", () => {
    const cs = engine.generateCriteria({
      jobTitle: "Senior Staff Accountant",
      jobDescription: `Qualifications:\n• Active CPA license required\n• 3+ years of accounting experience, ideally including public accounting\n• Month-end close experience\n• Advanced Excel\n• NetSuite experience strongly preferred`,
    });
    expect(byText(cs, /At least 3 years/)?.importance).toBe("MUST_HAVE");
    expect(byText(cs, /NetSuite/)?.importance).toBe("PREFERRED");
  });

  it("runs in well under 200 ms", () => {
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) engine.generateCriteria(BULLETS);
    expect((performance.now() - t0) / 10).toBeLessThan(200);
  });
});

describe("clarification questions", () => {
  it("asks seniority, must-have skills and authorisation with stable ids", () => {
    const q = engine.generateQuestions(BULLETS);
    expect(q.questions.map((x) => x.id)).toEqual(["q1", "q2", "q3"]);
    expect(q.questions[0]!.selectionType).toBe("single");
    expect(q.questions[1]!.selectionType).toBe("multi");
    expect(q.questions[1]!.options).toEqual(expect.arrayContaining(["Go", "PostgreSQL", "Kubernetes", "Kafka"]));
    expect(engine.generateQuestions(BULLETS)).toEqual(q);
  });

  it("skips the location question when the posting does not raise it", () => {
    const q = engine.generateQuestions(PROSE);
    expect(q.questions.map((x) => x.id)).toEqual(["q1", "q2"]);
  });

  it("seniority answer changes the years criterion", () => {
    const q = engine.generateQuestions(BULLETS).questions;
    const junior = engine.generateCriteria(BULLETS, [{ id: "q1", value: "Junior (0–2 years)" }], q);
    const lead = engine.generateCriteria(BULLETS, [{ id: "q1", value: "Lead / Principal (8+ years)" }], q);
    expect(byText(junior, /At least 1 years?/)).toBeDefined();
    expect(byText(lead, /At least 8 years/)).toBeDefined();
    for (const c of [...junior, ...lead]) expect(wc(c.text)).toBeLessThanOrEqual(16);
  });

  it("chosen must-have skills are promoted, unchosen heading-only ones step down", () => {
    const q = engine.generateQuestions(BULLETS).questions;
    const cs = engine.generateCriteria(BULLETS, [{ id: "q2", value: ["Kafka", "Go"] }], q);
    expect(byText(cs, /Kafka/)?.importance).toBe("MUST_HAVE");
    expect(byText(cs, /\bGo\b/)?.importance).toBe("MUST_HAVE");
    expect(byText(cs, /PostgreSQL/)?.importance).toBe("PREFERRED");
  });

  it("a ninth must-have from a clarifying answer is kept, never dropped to stay at eight", () => {
    const PLATFORM: JobContext = {
      jobTitle: "Platform Engineer",
      jobDescription: `Preferred
- Go
- Python
- PostgreSQL
- Kubernetes
- Terraform
- Kafka
- AWS
- Docker
- React

Nice to have
- Rust`,
    };
    const q = engine.generateQuestions(PLATFORM).questions;
    const must = q.find((x) => x.selectionType === "multi")!;
    const chosen = ["Go", "Python", "PostgreSQL", "Kubernetes", "Terraform", "Kafka", "AWS", "Docker", "React"];
    expect(must.options).toEqual(expect.arrayContaining(chosen));
    const cs = engine.generateCriteria(PLATFORM, [{ id: must.id, value: chosen }], q);
    for (const skill of chosen) expect(byText(cs, new RegExp(`\\b${skill}\\b`))?.importance, skill).toBe("MUST_HAVE");
    expect(cs.filter((c) => c.importance === "MUST_HAVE").length).toBeGreaterThanOrEqual(9);
  });

  it("authorisation answer adds or removes the authorisation criterion", () => {
    const q = engine.generateQuestions(BULLETS).questions;
    const none = engine.generateCriteria(BULLETS, [{ id: "q3", value: "Neither is a requirement" }], q);
    expect(byText(none, /authori[sz]ed to work/)).toBeUndefined();
    const both = engine.generateCriteria(
      BULLETS,
      [{ id: "q3", value: "Both authorisation and location are required" }],
      q,
    );
    expect(byText(both, /on-site or hybrid/)?.importance).toBe("MUST_HAVE");
  });

  it("answers work without passing the question list (questions are regenerated)", () => {
    const cs = engine.generateCriteria(BULLETS, [{ id: "q1", value: "Lead / Principal (8+ years)" }]);
    expect(byText(cs, /At least 8 years/)).toBeDefined();
  });
});

describe("criteria are never cut mid-sentence", () => {
  const DANGLING = /\b(?:a|an|the|and|or|but|of|to|in|on|at|for|with|by|is|are|was|that|which|who)$/i;

  it("fitWords ends on a content word", () => {
    const t = fitWords(
      "The team values careful operators: people who have run what they built. Payments domain experience is a strong plus but not required",
      "free",
    );
    expect(t).not.toMatch(DANGLING);
    expect(criterionWordCount(t)).toBeGreaterThanOrEqual(8);
    expect(criterionWordCount(t)).toBeLessThanOrEqual(16);
  });

  it("hiring-team notes become complete criteria, not a truncated paragraph", () => {
    const criteria = buildCriteria({
      jobTitle: "Senior Backend Engineer",
      jobDescription:
        "Requirements:\n- 5+ years of backend development, at least 3 with Go in production.\n- Strong PostgreSQL skills: schema design, indexing, query plans.",
      additionalInfo:
        "The team values careful operators: people who have run what they built. Payments domain experience is a strong plus but not required.",
    });
    for (const c of criteria) {
      expect(c.text).not.toMatch(DANGLING);
      expect(criterionWordCount(c.text)).toBeLessThanOrEqual(16);
    }
    expect(criteria.some((c) => /Payments domain experience/.test(c.text) && c.importance === "NICE_TO_HAVE")).toBe(
      true,
    );
  });
});
