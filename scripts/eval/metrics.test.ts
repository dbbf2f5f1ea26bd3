import { describe, expect, it } from "vitest";
import { averageRanks, gain, missingMustHaveCapped, ndcgAtK, pairwiseAccuracy, spearman } from "./metrics";

describe("ndcgAtK", () => {
  it("is 1 for a perfect ranking and below 1 for a reversed one", () => {
    const truth = [9, 7, 5, 3, 1, 2];
    expect(ndcgAtK([6, 5, 4, 3, 1, 2], truth, 5)).toBeCloseTo(1, 10);
    expect(ndcgAtK([1, 2, 3, 4, 6, 5], truth, 5)).toBeLessThan(0.5);
  });

  it("does not reward ties: an all-tied prediction scores below the perfect ranking", () => {
    const truth = [10, 8, 6, 4, 2, 1];
    const tied = ndcgAtK([5, 5, 5, 5, 5, 5], truth, 5);
    expect(tied).toBeLessThan(0.9);
    expect(tied).toBeGreaterThan(0);
    // Tie order in the input must not matter.
    expect(ndcgAtK([5, 5, 5, 5, 5, 5], [...truth].reverse(), 5)).toBeCloseTo(tied, 10);
  });

  it("uses exponential gain so top grades dominate", () => {
    expect(gain(1)).toBe(0);
    expect(gain(10)).toBeCloseTo(7, 10);
    expect(gain(7)).toBeCloseTo(3, 10);
  });
});

describe("spearman", () => {
  it("is 1 for monotone agreement and −1 for reversal", () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1, 10);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 10);
  });

  it("handles ties with average ranks", () => {
    expect(averageRanks([5, 1, 5, 3])).toEqual([3.5, 1, 3.5, 2]);
    const rho = spearman([1, 1, 2, 3], [1, 2, 3, 4]);
    expect(rho).toBeGreaterThan(0.9);
    expect(rho).toBeLessThan(1);
  });
});

describe("pairwiseAccuracy", () => {
  it("counts agreeing pairs, half credit for predicted ties, skips tied truth", () => {
    expect(pairwiseAccuracy([3, 2, 1], [3, 2, 1])).toBe(1);
    expect(pairwiseAccuracy([1, 2, 3], [3, 2, 1])).toBe(0);
    expect(pairwiseAccuracy([1, 1], [2, 1])).toBe(0.5);
    expect(pairwiseAccuracy([1, 2], [5, 5])).toBe(1);
  });
});

describe("missingMustHaveCapped", () => {
  it("fails when any flagged candidate scores above 4", () => {
    const ok = missingMustHaveCapped([
      { id: "a", score: 4, missingMustHave: true },
      { id: "b", score: 9, missingMustHave: false },
    ]);
    expect(ok.ok).toBe(true);
    const bad = missingMustHaveCapped([{ id: "a", score: 5, missingMustHave: true }]);
    expect(bad.ok).toBe(false);
    expect(bad.failures).toEqual(["a scored 5"]);
  });
});
