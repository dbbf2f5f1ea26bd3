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
