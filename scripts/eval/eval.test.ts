// Regression guard over the whole hand-graded set: contract rules that must hold for every
// posting and resume, and the evaluation targets themselves.
import { describe, expect, it } from "vitest";
import { engine } from "@/lib/sandbox/engine";
import { EVAL_AS_OF, original, postings } from "./data";
import { missingMustHaveCapped, ndcgAtK, pairwiseAccuracy, spearman } from "./metrics";

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/**
 * Dev candidates known to score over the must-have gate, each a hard case graded before the engine
 * saw it (ADR 047, Amendment 4). Remove an id when a general rule fixes it; never add one to make
 * a change pass without saying why in the ADR.
 */
const KNOWN_DEV_GATE_MISSES = [
  "diet-09-threshold", // 1.8 of the 2 years asked
  "sup-06-pm", // a project manager for a superintendent posting
  "grant-06-sponsored-programs", // a research administrator for a grant-writer posting
  "bank-08-advisor", // a financial advisor for a bank-branch-manager posting
  "ma-10-threshold", // about 9 months of paid work against the one year asked, every duty done (Amendment 5)
  "pm-07-adjacent", // a Florida "CAM" licence (Community Association Manager) for the NAA's CAM (Amendment 5)
  "rx-10-threshold", // 22 months in a hospital pharmacy against 2 years, read from a table's notes (Amendment 5)
];

describe("evaluation set", () => {
  const runs = postings.map((p) => {
    const ctx = { jobTitle: p.jobTitle, companyName: p.companyName, jobDescription: p.jobDescription };
    const criteria = engine.generateCriteria(ctx).map((c, i) => ({ id: `c${i}`, ...c }));
    const results = p.resumes.map((r) =>
      engine.score({
        criteria,
        resumeText: r.resumeText,
        applicationAnswers: r.answers,
        jobDescription: p.jobDescription,
        asOf: EVAL_AS_OF,
      }),
    );
    return { p, criteria, results };
  });

  it("has the original postings with 10+ graded resumes each, and 12 more occupations split dev/test", () => {
    expect(original.length).toBeGreaterThanOrEqual(4);
    for (const p of original) expect(p.resumes.length).toBeGreaterThanOrEqual(10);
    const extra = postings.filter((p) => !original.includes(p));
    expect(new Set(extra.map((p) => p.field)).size).toBeGreaterThanOrEqual(12);
    expect(extra.filter((p) => p.split === "test").length).toBeGreaterThanOrEqual(6);
    for (const p of extra) expect(p.resumes.length).toBeGreaterThanOrEqual(7);
  });

  it("every posting yields 5–8 criteria of 8–16 words", () => {
    for (const { criteria } of runs) {
      expect(criteria.length).toBeGreaterThanOrEqual(5);
      expect(criteria.length).toBeLessThanOrEqual(8);
      for (const c of criteria) {
        const n = c.text.split(/\s+/).length;
        expect(n, c.text).toBeGreaterThanOrEqual(8);
        expect(n, c.text).toBeLessThanOrEqual(16);
      }
    }
  });

  it("every assessment has a 2–3 sentence verdict with a recommendation and tagged concerns", () => {
    for (const { results } of runs) {
      for (const r of results) {
        const sentences = r.assessment.verdict.split(/(?<=\.)\s+(?=[A-Z])/);
        expect(sentences.length, r.assessment.verdict).toBeGreaterThanOrEqual(2);
        expect(sentences.length, r.assessment.verdict).toBeLessThanOrEqual(3);
        expect(r.assessment.verdict).toMatch(/Recommend advancing|Consider|Not recommended|Do not advance/);
        for (const c of r.assessment.concerns) expect(c).toMatch(/\((?:not evidenced|contradicted by: |unverified: )/);
      }
    }
  });

  it("meets the ranking targets on the original set and caps every clearly-missing-must-have candidate at 4", () => {
    const per = runs
      .filter(({ p }) => original.includes(p))
      .map(({ p, results }) => {
        const pred = results.map((r) => r.score);
        const truth = p.resumes.map((r) => r.grade);
        return { ndcg: ndcgAtK(pred, truth, 5), rho: spearman(pred, truth), pair: pairwiseAccuracy(pred, truth) };
      });
    expect(mean(per.map((x) => x.ndcg))).toBeGreaterThanOrEqual(0.9);
    expect(mean(per.map((x) => x.rho))).toBeGreaterThanOrEqual(0.8);
    expect(mean(per.map((x) => x.pair))).toBeGreaterThanOrEqual(0.85);
    const cap = missingMustHaveCapped(
      runs
        .filter(({ p }) => original.includes(p))
        .flatMap(({ p, results }) =>
          p.resumes.map((r, i) => ({ id: r.id, score: results[i]!.score, missingMustHave: r.missingMustHave })),
        ),
    );
    expect(cap.failures).toEqual([]);
  });
});

describe("generalisation set (issue 15)", () => {
  const scored = postings.map((p) => {
    const ctx = { jobTitle: p.jobTitle, companyName: p.companyName, jobDescription: p.jobDescription };
    const criteria = engine.generateCriteria(ctx).map((c, i) => ({ id: `c${i}`, ...c }));
    const scores = p.resumes.map(
      (r) =>
        engine.score({
          criteria,
          resumeText: r.resumeText,
          applicationAnswers: r.answers,
          jobDescription: p.jobDescription,
          asOf: EVAL_AS_OF,
        }).score,
    );
    return { p, scores };
  });

  it("the dev split (the only part tuned on) meets the ranking targets", () => {
    const dev = scored.filter(({ p }) => p.split === "dev");
    const per = dev.map(({ p, scores }) => {
      const truth = p.resumes.map((r) => r.grade);
      return { ndcg: ndcgAtK(scores, truth, 5), rho: spearman(scores, truth), pair: pairwiseAccuracy(scores, truth) };
    });
    expect(mean(per.map((x) => x.ndcg))).toBeGreaterThanOrEqual(0.9);
    expect(mean(per.map((x) => x.rho))).toBeGreaterThanOrEqual(0.8);
    expect(mean(per.map((x) => x.pair))).toBeGreaterThanOrEqual(0.85);
  });

  it("every clearly-missing must-have is gated at 4 or below on test, and on dev all but the named few", () => {
    const gate = (split: "dev" | "test") =>
      missingMustHaveCapped(
        scored
          .filter(({ p }) => p.split === split)
          .flatMap(({ p, scores }) =>
            p.resumes.map((r, i) => ({ id: r.id, score: scores[i]!, missingMustHave: r.missingMustHave })),
          ),
      );
    // Dev grows with occupations graded before the engine saw them; a hard new case may stay over
    // the gate rather than be tuned for one by one. These are the known ones (ADR 047, Amendment
    // 4); any other dev candidate over the gate fails.
    const known = new Set(KNOWN_DEV_GATE_MISSES);
    const unexpected = gate("dev").failures.filter((f) => !known.has(f.split(" ")[0]!));
    expect(unexpected).toEqual([]);
    // Test resumes are never named: a failure here must not point at which one to tune for.
    expect(gate("test").failures.length, "test-split candidates over the gate").toBe(0);
  });
});
