// Issue 15, postings that state their requirements only as duties and evidence in a candidate's
// own words: each rule stated generally over made-up occupations (no copies of any evaluation
// resume or posting).
import { describe, expect, it } from "vitest";
import { engine } from "./index";

describe("a posting written only as 'You will …' sentences", () => {
  const posting = {
    jobTitle: "Bell Tuner",
    jobDescription: `Old Tower Foundry — Bell Tuner.

You will tune cast bronze bells on a vertical lathe to a strike-note tolerance of two cents.
You will keep our tuning logs and write condition reports for parish clients.
You will hold a working-at-heights certificate and at least 2 years of foundry work.
You will climb church towers to survey and rehang bells with block and tackle.`,
  };

  it("makes its 'You will' sentences the requirements instead of padding the list", () => {
    const criteria = engine.generateCriteria(posting);
    const text = criteria.map((c) => c.text).join("\n");
    expect(text).toMatch(/lathe/i);
    expect(text).toMatch(/condition reports/i);
    expect(text).toMatch(/church towers/i);
    expect(criteria.find((c) => /lathe/i.test(c.text))?.importance).toBe("PREFERRED");
  });

  it("keeps a credential stated alongside the years as its own requirement", () => {
    const criteria = engine.generateCriteria(posting);
    expect(criteria.some((c) => /working-at-heights certificate/i.test(c.text) && !/\byears\b/i.test(c.text))).toBe(
      true,
    );
    expect(criteria.some((c) => /\b2 years\b/i.test(c.text))).toBe(true);
  });

  it("leaves a single 'You will' sentence in a prose posting with stated requirements as description", () => {
    const criteria = engine.generateCriteria({
      jobTitle: "Bell Tuner",
      jobDescription:
        "You will tune cast bronze bells on a vertical lathe in our Leeds foundry with a small, friendly team of four craftspeople.\n\nCandidates must have at least 2 years of foundry work. A working-at-heights card is required.",
    });
    expect(criteria.some((c) => /lathe/i.test(c.text))).toBe(false);
  });
});

describe("the job's hours or travel refused in a screening answer", () => {
  const criteria = [
    { id: "c1", text: "At least 3 years tuning cast bronze bells", importance: "MUST_HAVE" as const },
    { id: "c2", text: "Condition reports for parish clients", importance: "PREFERRED" as const },
  ];
  const resumeText = `Ada Brook
Experience
Bell Tuner, Whitecross Foundry — 2018 – Present
- Tuned cast bronze bells on a vertical lathe to two cents
- Wrote condition reports for parish clients`;
  const score = (answer: string) =>
    engine.score({
      criteria,
      resumeText,
      jobDescription:
        "Bell Tuner. Requirements: at least 3 years tuning cast bronze bells. Condition reports for parish clients.",
      applicationAnswers: [
        { question: "This role works alternate Sundays at tower sites. Are you able to work that schedule?", answer },
      ],
      asOf: new Date("2026-11-01T00:00:00Z"),
    }).score;

  it("is a clear miss (4 or below) even when no criterion names the hours", () => {
    expect(score("No, I can only work weekdays")).toBeLessThanOrEqual(4);
    expect(score("Yes")).toBeGreaterThanOrEqual(8);
  });
});

describe("years a summary states over roles listed by employer", () => {
  const criteria = [
    {
      id: "c1",
      text: "At least 4 years of bell tuning, as shown by the dates of previous roles",
      importance: "MUST_HAVE" as const,
    },
  ];
  const run = (resumeText: string) =>
    engine.score({
      criteria,
      resumeText,
      jobDescription: "Bell Tuner. Requirements: at least 4 years of bell tuning.",
      applicationAnswers: [],
      asOf: new Date("2026-11-01T00:00:00Z"),
    }).score;

  it("counts the roles the claim's sentence names, up to their dated span", () => {
    const resume = (summary: string) => `Ada Brook
${summary}

Employers
Workshop Master, Whitecross Foundry — 2022 to present
Bell Tuner, Old Tower Foundry — 2020 to 2022`;
    // The summary names the later role as bell-tuning work: six dated years back a six-year claim.
    expect(
      run(resume("Six years of bell tuning as a tuner and workshop master, mostly ring bells.")),
    ).toBeGreaterThanOrEqual(9);
    // Without the claim, only the two titled years count.
    expect(run(resume("Foundry worker based in Leeds, mostly ring bells."))).toBeLessThanOrEqual(6);
  });

  it("does not let a claim reach beyond the dated roles it names", () => {
    const score = run(`Ada Brook
Bell tuner with 9 years of bell tuning across Europe.

Employers
Bell Tuner, Old Tower Foundry — 2024 to present
Shop Assistant, Corner Hardware — 2018 to 2024`);
    expect(score).toBeLessThanOrEqual(6);
  });
});
