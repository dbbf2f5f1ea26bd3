import { describe, expect, it } from "vitest";
import { BANDS, scoreBand } from "./bands";

describe("scoreBand", () => {
  it.each([
    [10, "Exceptional"],
    [9, "Exceptional"],
    [8, "Strong"],
    [7, "Strong"],
    [6, "Mixed"],
    [5, "Mixed"],
    [4, "Significant gaps"],
    [3, "Significant gaps"],
    [2, "Missing fundamentals"],
    [1, "Missing fundamentals"],
    [0, "Missing fundamentals"],
  ])("score %i is %s", (score, label) => {
    expect(scoreBand(score).label).toBe(label);
  });

  it("clamps out-of-range scores instead of failing", () => {
    expect(scoreBand(12).key).toBe("exceptional");
    expect(scoreBand(-3).key).toBe("missing");
    expect(scoreBand(8.6).key).toBe("exceptional");
  });

  it("covers 0–10 without gaps or overlaps", () => {
    for (let s = 0; s <= 10; s++) expect(BANDS.filter((b) => s >= b.min && s <= b.max)).toHaveLength(1);
  });
});
