// Ranking metrics for the evaluation. Pure functions. Engine scores are integers, so ties are
// common: every metric treats ties honestly (expected value over tie orderings, average ranks,
// half credit), never by breaking them in the engine's favour.

/** Gain for a 1–10 recruiter grade: 2^rel − 1 on a 0–3 relevance scale (grade 1 → 0, 10 → 7). */
export function gain(grade: number): number {
  return 2 ** ((grade - 1) / 3) - 1;
}

function discount(position: number): number {
  return 1 / Math.log2(position + 2);
}

/**
 * NDCG@k of `predicted` scores against `truth` grades. Items tied on predicted score share the
 * average discount of the positions their tie group occupies (the expectation over random
 * tie-breaking).
 */
export function ndcgAtK(predicted: number[], truth: number[], k = 5): number {
  if (predicted.length !== truth.length) throw new Error("length mismatch");
  const n = predicted.length;
  if (n === 0) return 1;
  const order = predicted.map((p, i) => ({ p, i })).sort((a, b) => b.p - a.p);
  let dcg = 0;
  let pos = 0;
  while (pos < n) {
    let end = pos;
    while (end + 1 < n && order[end + 1]!.p === order[pos]!.p) end++;
    let groupDiscount = 0;
    for (let q = pos; q <= end; q++) groupDiscount += q < k ? discount(q) : 0;
    const avg = groupDiscount / (end - pos + 1);
    for (let q = pos; q <= end; q++) dcg += gain(truth[order[q]!.i]!) * avg;
    pos = end + 1;
  }
  const ideal = [...truth].sort((a, b) => b - a);
  let idcg = 0;
  for (let q = 0; q < Math.min(k, n); q++) idcg += gain(ideal[q]!) * discount(q);
  return idcg === 0 ? 1 : dcg / idcg;
}

/** Average (fractional) ranks, 1-based, ties share the mean rank. */
export function averageRanks(values: number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const ranks = new Array<number>(values.length).fill(0);
  let pos = 0;
  while (pos < order.length) {
    let end = pos;
    while (end + 1 < order.length && order[end + 1]!.v === order[pos]!.v) end++;
    const r = (pos + end) / 2 + 1;
    for (let q = pos; q <= end; q++) ranks[order[q]!.i] = r;
    pos = end + 1;
  }
  return ranks;
}

/** Spearman's rho as the Pearson correlation of average ranks (correct with ties). */
export function spearman(a: number[], b: number[]): number {
  if (a.length !== b.length) throw new Error("length mismatch");
  const n = a.length;
  if (n < 2) return 0;
  const ra = averageRanks(a);
  const rb = averageRanks(b);
  const ma = ra.reduce((s, x) => s + x, 0) / n;
  const mb = rb.reduce((s, x) => s + x, 0) / n;
  let cov = 0;
  let va = 0;
  let vb = 0;
  for (let i = 0; i < n; i++) {
    const da = ra[i]! - ma;
    const db = rb[i]! - mb;
    cov += da * db;
    va += da * da;
    vb += db * db;
  }
  return va === 0 || vb === 0 ? 0 : cov / Math.sqrt(va * vb);
}

/** Share of pairs with different grades that the prediction orders the same way; a predicted tie is half right. */
export function pairwiseAccuracy(predicted: number[], truth: number[]): number {
  let total = 0;
  let right = 0;
  for (let i = 0; i < truth.length; i++) {
    for (let j = i + 1; j < truth.length; j++) {
      const t = truth[i]! - truth[j]!;
      if (t === 0) continue;
      total++;
      const p = predicted[i]! - predicted[j]!;
      if (p === 0) right += 0.5;
      else if (Math.sign(p) === Math.sign(t)) right += 1;
    }
  }
  return total === 0 ? 1 : right / total;
}

export interface MustHaveCheck {
  total: number;
  passed: number;
  failures: string[];
  ok: boolean;
}

/** Every resume labelled as clearly missing a must-have must score ≤ `cap` (4 in Nova's bands). */
export function missingMustHaveCapped(
  items: { id: string; score: number; missingMustHave: boolean }[],
  cap = 4,
): MustHaveCheck {
  const flagged = items.filter((x) => x.missingMustHave);
  const failures = flagged.filter((x) => x.score > cap).map((x) => `${x.id} scored ${x.score}`);
  return { total: flagged.length, passed: flagged.length - failures.length, failures, ok: failures.length === 0 };
}
