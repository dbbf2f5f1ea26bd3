// Issue 15, postings that state their requirements only as duties and conditions of the job:
// each rule stated generally over made-up occupations (no copies of any evaluation resume or
// posting).
import { describe, expect, it } from "vitest";
import { engine } from "./index";

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
