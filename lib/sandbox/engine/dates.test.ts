import { describe, expect, it } from "vitest";
import { findDateRanges, unionMonths, yearsFromMonths } from "./dates";
import { parseResume } from "./sections";

const asOf = new Date("2026-11-01T00:00:00Z");

describe("findDateRanges", () => {
  it("parses month-name ranges with Present resolved from asOf", () => {
    const [r] = findDateRanges("Senior Engineer, Acme — Mar 2019 – Present", asOf);
    expect(r).toBeDefined();
    // Mar 2019 .. Nov 2026 inclusive = 7 years 9 months
    expect(r!.end - r!.start).toBe(93);
    expect(r!.openEnded).toBe(true);
  });

  it("uses asOf, not the wall clock, for Present", () => {
    const early = findDateRanges("Jan 2020 - Present", new Date("2021-01-15T00:00:00Z"))[0]!;
    expect(early.end - early.start).toBe(13);
  });

  it("parses numeric MM/YYYY ranges inclusively", () => {
    const [r] = findDateRanges("01/2020 - 06/2022", asOf);
    expect(r!.end - r!.start).toBe(30);
  });

  it("parses year-only ranges as end minus start", () => {
    const [r] = findDateRanges("Staff Nurse | 2016–2019", asOf);
    expect(r!.end - r!.start).toBe(36);
  });

  it("parses full month names and 'to'", () => {
    const [r] = findDateRanges("September 2018 to June 2020", asOf);
    expect(r!.end - r!.start).toBe(22);
  });

  it("ignores lone years such as graduation dates", () => {
    expect(findDateRanges("B.S. Computer Science, 2018", asOf)).toEqual([]);
  });
});

describe("unionMonths", () => {
  it("counts overlapping roles once", () => {
    const a = findDateRanges("Jan 2018 - Dec 2020", asOf)[0]!;
    const b = findDateRanges("Jun 2019 - Jun 2021", asOf)[0]!;
    expect(unionMonths([a, b])).toBe(42); // Jan 2018 .. Jun 2021
    expect(unionMonths([a])).toBe(36);
  });

  it("adds disjoint roles", () => {
    expect(
      unionMonths([
        { start: 0, end: 12 },
        { start: 24, end: 30 },
      ]),
    ).toBe(18);
  });
});

describe("experience from a resume", () => {
  it("computes total years from dated roles, overlaps once, education excluded", () => {
    const resume = parseResume(
      `Experience
Engineer, A — 07/2022 - Present
Contractor, B — 03/2022 - 12/2022
Engineer, C — 01/2019 - 06/2022
Education
B.S., 2014 - 2018`,
      asOf,
    );
    expect(resume.roles).toHaveLength(3);
    // Jan 2019 .. Nov 2026 = 95 months
    expect(resume.totalMonths).toBe(95);
    expect(yearsFromMonths(resume.totalMonths)).toBe(7.9);
  });
});
