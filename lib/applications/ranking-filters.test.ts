import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS, hasActiveFilters, parseRankingFilters, serializeRankingFilters } from "./ranking-filters";

describe("parseRankingFilters", () => {
  it("defaults when nothing is given", () => {
    expect(parseRankingFilters({})).toEqual(DEFAULT_FILTERS);
    expect(hasActiveFilters(parseRankingFilters({}))).toBe(false);
  });

  it("reads every filter", () => {
    expect(
      parseRankingFilters({
        q: "  ada ",
        min: "7",
        max: "10",
        status: "scored,failed",
        stale: "1",
        decision: "advance,REJECT",
        sort: "name",
        page: "3",
      }),
    ).toEqual({
      q: "ada",
      minScore: 7,
      maxScore: 10,
      statuses: ["SCORED", "FAILED"],
      staleOnly: true,
      decisions: ["ADVANCE", "REJECT"],
      sort: "name",
      page: 3,
    });
  });

  it("accepts repeated status params and ignores unknown ones", () => {
    expect(parseRankingFilters({ status: ["PENDING", "bogus", "REJECTED"] }).statuses).toEqual(["PENDING", "REJECTED"]);
  });

  it("falls back to defaults for malformed values", () => {
    const f = parseRankingFilters({ min: "abc", max: "11", sort: "drop table", page: "-2", stale: "yes" });
    expect(f).toEqual(DEFAULT_FILTERS);
  });

  it("reads decision= as a list, ignoring unknown values, and counts it as a filter", () => {
    const f = parseRankingFilters({ decision: "hold,maybe,undecided" });
    expect(f.decisions).toEqual(["UNDECIDED", "HOLD"]);
    expect(hasActiveFilters(f)).toBe(true);
    expect(serializeRankingFilters(f)).toBe("?decision=undecided%2Chold");
  });

  it("swaps an inverted score range", () => {
    const f = parseRankingFilters({ min: "8", max: "3" });
    expect([f.minScore, f.maxScore]).toEqual([3, 8]);
  });

  it("round-trips through the query string, omitting defaults", () => {
    const f = parseRankingFilters({ q: "lee", min: "5", status: "SCORED", stale: "1", page: "2" });
    const qs = serializeRankingFilters(f);
    expect(qs).toBe("?q=lee&min=5&status=SCORED&stale=1&page=2");
    expect(parseRankingFilters(Object.fromEntries(new URLSearchParams(qs)))).toEqual(f);
    expect(serializeRankingFilters(DEFAULT_FILTERS)).toBe("");
  });
});
