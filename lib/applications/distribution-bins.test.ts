import { describe, expect, it } from "vitest";
import { binScores, clampThreshold, countAtOrAbove } from "./distribution-bins";

describe("score distribution bins", () => {
  it("puts grouped counts into ten bins, a 0 into the first", () => {
    const d = binScores(
      [
        { score: 9, count: 2 },
        { score: 7, count: 5 },
        { score: 0, count: 1 },
        { score: 1, count: 1 },
      ],
      { pending: 3, failed: 1 },
    );
    expect(d.bins).toEqual([2, 0, 0, 0, 0, 0, 5, 0, 2, 0]);
    expect(d.pending).toBe(3);
    expect(d.failed).toBe(1);
  });

  it("counts candidates at or above a threshold", () => {
    const bins = [2, 0, 0, 0, 0, 0, 5, 0, 2, 0];
    expect(countAtOrAbove(bins, 1)).toBe(9);
    expect(countAtOrAbove(bins, 7)).toBe(7);
    expect(countAtOrAbove(bins, 8)).toBe(2);
    expect(countAtOrAbove(bins, 10)).toBe(0);
  });

  it("keeps the threshold within 1–10", () => {
    expect(clampThreshold(0)).toBe(1);
    expect(clampThreshold(11)).toBe(10);
    expect(clampThreshold(6.6)).toBe(7);
  });
});
