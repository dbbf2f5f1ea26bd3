import { describe, expect, it } from "vitest";
import { tidy } from "./wording";

describe("tidy", () => {
  it("strips an importance tail and trailing punctuation from a long requirement as from a short one", () => {
    const short = "Experience maintaining commercial refrigeration systems";
    // Longer than the window the end-anchored patterns look at: the tail is still found.
    const long = `${short}${" and walk-in cold rooms".repeat(20)}`;
    for (const text of [short, long]) {
      expect(tidy(`${text}, is strongly preferred.`)).toBe(text);
      expect(tidy(`${text} (required);`)).toBe(`${text} (required)`);
      expect(tidy(`${text};;.`)).toBe(text);
    }
  });
});
