// Issue 15, more posting styles and evidence in other words: each rule stated generally over
// made-up occupations and wording (no copies of any evaluation resume or posting).
import { describe, expect, it } from "vitest";
import { engine } from "./index";
import { parsePosting } from "./posting";
import { parseCriterion } from "./spec";

describe("requirement headings in other words", () => {
  it("'Non-negotiables' lists requirements and 'Helpful' lists preferences", () => {
    const items = parsePosting(
      "We make barrels.\n\nNon-negotiables:\n• Two years shaping staves by hand\n• A clean safety record\n\nHelpful:\n• Steam-bending experience",
    );
    const byText = (t: string) => items.find((i) => i.text.includes(t))?.importance;
    expect(byText("shaping staves")).toBe("MUST_HAVE");
    expect(byText("clean safety record")).toBe("MUST_HAVE");
    expect(byText("Steam-bending")).toBe("PREFERRED");
  });
});

describe("years written in prose", () => {
  it("'three or more years of X' is a years requirement like '3+ years of X'", () => {
    const spec = parseCriterion("Three or more years restoring stained glass windows");
    expect(spec.kind).toBe("years");
    expect(spec.years).toBe(3);
    const criteria = engine.generateCriteria({
      jobTitle: "Cooper",
      jobDescription: "Requirements:\n• Four or more years of cooperage work\n• Own hand tools",
    });
    expect(criteria.some((c) => /\b4\b|four/i.test(c.text) && c.importance === "MUST_HAVE")).toBe(true);
  });
});
