import { describe, expect, it } from "vitest";
import { isStale, staleWhere } from "./stale";

describe("stale", () => {
  it("is a score on another version than the active one", () => {
    expect(isStale("cv_1", "cv_2")).toBe(true);
    expect(isStale("cv_2", "cv_2")).toBe(false);
  });

  it("is never an unscored application, nor anything while no version is active", () => {
    expect(isStale(null, "cv_2")).toBe(false);
    expect(isStale("cv_1", null)).toBe(false);
    expect(staleWhere(null)).toEqual({ id: { in: [] } });
  });

  it("queries the same rule", () => {
    expect(staleWhere("cv_2")).toEqual({
      currentCriteriaVersionNovaId: { not: null },
      NOT: { currentCriteriaVersionNovaId: "cv_2" },
    });
  });
});
