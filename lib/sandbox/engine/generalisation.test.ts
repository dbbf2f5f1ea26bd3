// Issue 15's failure categories, each written as a general rule over made-up occupations the
// vocabulary does not know (no copies of any evaluation resume).
import { describe, expect, it } from "vitest";
import { answerPolarity } from "./answers";
import { engine, scoreDetailed } from "./index";
import { parsePosting } from "./posting";
import type { ScoringInput } from "./types";

const asOf = new Date("2026-11-01T00:00:00Z");
const LICENCE_Q = "Do you hold an active state glazier license?";

// A trade the vocabulary has never heard of: every rule below must work from the words alone.
const criteria: ScoringInput["criteria"] = [
  { id: "c1", text: "Active state glazier license", importance: "MUST_HAVE" },
  { id: "c2", text: "At least 3 years of commercial glazing installation experience", importance: "MUST_HAVE" },
  { id: "c3", text: "Working knowledge of curtain wall systems (CWS)", importance: "PREFERRED" },
  { id: "c4", text: "Track record of 95%+ first-time inspection pass rate", importance: "PREFERRED" },
  {
    id: "c5",
    text: "Previously held a glazier role or one with closely comparable responsibilities",
    importance: "NICE_TO_HAVE",
  },
];
const JOB = "Commercial Glazier. Install storefront glazing, curtain wall and windows on commercial sites.";

const STRONG = `Experience
Commercial Glazier — ClearSpan Glass | Mar 2020 – Present
- Commercial glazing installation: storefronts and CWS units on mid-rise offices
- 98% first-time inspection pass rate across 40 projects
Glazier Apprentice — ClearSpan Glass | 2018 – 2020
- Commercial glazing installation on retail fit-outs
Licenses
State Glazier License (active)`;

const score = (resumeText: string, answers: ScoringInput["applicationAnswers"] = []) =>
  scoreDetailed({ criteria, resumeText, applicationAnswers: answers, jobDescription: JOB, asOf });

describe("must-haves refused in screening answers are gated", () => {
  it("a clear no (or 'not yet') to a must-have question caps at 4 and is never a strength", () => {
    const yes = score(STRONG, [{ question: LICENCE_Q, answer: "Yes" }]);
    expect(yes.score).toBeGreaterThanOrEqual(8);
    for (const answer of ["No", "Not yet licensed — exam in March", "I hold a carpenter license"]) {
      const no = score(STRONG, [{ question: LICENCE_Q, answer }]);
      expect(no.score, answer).toBeLessThanOrEqual(4);
      expect(no.results[0]!.evidence.status, answer).toBe("contradicted");
      const result = engine.score({
        criteria,
        resumeText: STRONG,
        applicationAnswers: [{ question: LICENCE_Q, answer }],
        jobDescription: JOB,
        asOf,
      });
      expect(result.assessment.strengths.join("\n")).not.toMatch(/glazier license/i);
    }
  });

  it("reads questions that ask whether the candidate needs something the other way round", () => {
    const q = "Will you now or in the future require visa sponsorship?";
    expect(answerPolarity(q, "No")).toBe("yes");
    expect(answerPolarity(q, "Yes, I will require sponsorship")).toBe("no");
    expect(answerPolarity("Are you authorized to work here without sponsorship?", "No, I will need sponsorship")).toBe(
      "no",
    );
  });
});

describe("keyword-stuffed profiles score low", () => {
  it("requirements named only in a skills list that no role backs do not count", () => {
    const stuffed = score(
      `Skills: glazier license, commercial glazing installation, curtain wall systems, 99% inspection pass rate
Experience
Cashier — Hardware Store | 2021 – Present
- Ran the register and stocked shelves`,
      [{ question: LICENCE_Q, answer: "Yes" }],
    );
    expect(stuffed.score).toBeLessThanOrEqual(3);
  });
});

describe("adjacent professions do not pass as the role", () => {
  it("years count only roles that carry the criterion's words, not any dated job", () => {
    const other = score(`Experience\nBarista — Corner Coffee | 2015 – Present\n- Espresso and customer service`);
    expect(other.results[1]!.evidence.strength).toBe(0);
  });

  it("a role with the work but none of its 'X or Y' qualifiers is the wrong kind of that work", () => {
    const pharmacy = [
      {
        id: "p",
        text: "At least 2 years of hospital or inpatient pharmacy experience",
        importance: "MUST_HAVE" as const,
      },
    ];
    const run = (resumeText: string) =>
      scoreDetailed({
        criteria: pharmacy,
        resumeText,
        applicationAnswers: [],
        jobDescription: "Hospital pharmacist",
        asOf,
      });
    expect(
      run(`Experience\nStaff Pharmacist — Community pharmacy chain | 2018 – Present\n- Dispensing and counseling`)
        .score,
    ).toBeLessThanOrEqual(4);
    expect(
      run(`Experience\nStaff Pharmacist — General Hospital | 2018 – Present\n- Inpatient order verification`).score,
    ).toBeGreaterThanOrEqual(8);
  });
});

describe("roles outside the vocabulary", () => {
  it("a job title holding the role's name is proof of the role", () => {
    expect(score(STRONG).results[4]!.evidence.strength).toBe(1);
  });

  it("bold must-haves as a numbered list and a run-on 'Bonus points' paragraph get their importance", () => {
    const items = parsePosting(
      `About us\nWe install glass.\n\n**Must-haves**\n1. Active state glazier license\n2. 3+ years of glazing\n\n**Bonus points** experience with curtain wall systems, a forklift card, and bilingual English and Spanish would help.`,
    );
    expect(items.filter((i) => i.importance === "MUST_HAVE").map((i) => i.text)).toEqual([
      "Active state glazier license",
      "3+ years of glazing",
    ]);
    expect(items.find((i) => /curtain wall/.test(i.text))?.importance).toBe("NICE_TO_HAVE");
  });

  it("scores spread across the band: strong, partial and weak candidates of an unknown trade differ", () => {
    const partial = `Experience\nGlazier — Home Windows Co | Jan 2025 – Present\n- Residential window replacement`;
    const weak = `Experience\nWarehouse Associate — Depot | 2020 – Present\n- Loaded trucks`;
    const scores = [score(STRONG).score, score(partial).score, score(weak).score];
    expect(new Set(scores).size).toBe(3);
    expect(scores[0]).toBeGreaterThan(scores[1]!);
    expect(scores[1]).toBeGreaterThan(scores[2]!);
  });
});

describe("synonyms and abbreviations", () => {
  it("an abbreviation given in the criterion counts for its long name", () => {
    expect(score(STRONG).results[2]!.evidence.strength).toBeGreaterThanOrEqual(0.7);
  });
});

describe("overqualified or off-target candidates", () => {
  it("a candidate who wants part-time hours, or has been hands-off for years, is not a top match", () => {
    const full = score(STRONG).score;
    const partTime = score(`Summary\nLooking for part-time work, 20 hours a week.\n${STRONG}`);
    const handsOff = score(`Summary\nI have not worked hands-on since 2019; I run the estimating office.\n${STRONG}`);
    for (const r of [partTime, handsOff]) {
      expect(r.score).toBeLessThanOrEqual(5);
      expect(r.score).toBeLessThan(full);
      expect(r.flags.offTarget).not.toBeNull();
    }
  });
});

describe("numeric thresholds", () => {
  it("a stated figure below the bar does not meet it, and a target is not a result", () => {
    const below = STRONG.replace("98% first-time inspection pass rate", "88% first-time inspection pass rate");
    expect(score(below).results[3]!.evidence.status).toBe("contradicted");
    expect(score(STRONG).results[3]!.evidence.status).toBe("met");
    const target = STRONG.replace(
      "98% first-time inspection pass rate",
      "91% first-time inspection pass rate (target 95%)",
    );
    expect(score(target).results[3]!.evidence.status).toBe("contradicted");
  });
});
