/** Pure histogram helpers, shared by the server query and the client chart. */

export const MIN_SCORE = 1;
export const MAX_SCORE = 10;

export interface ScoreDistribution {
  /** Index 0 is score 1 … index 9 is score 10. */
  bins: number[];
  /** Shown apart from the bars: they have no current score to place. */
  pending: number;
  failed: number;
}

/** Puts grouped counts into ten bins; Nova's rare 0 joins the 1 bin rather than vanishing. */
export function binScores(
  groups: { score: number; count: number }[],
  apart: { pending: number; failed: number },
): ScoreDistribution {
  const bins = Array.from({ length: MAX_SCORE }, () => 0);
  for (const g of groups) {
    const s = Math.max(MIN_SCORE, Math.min(MAX_SCORE, Math.round(g.score)));
    bins[s - 1]! += g.count;
  }
  return { bins, pending: apart.pending, failed: apart.failed };
}

/** How many scored candidates are at or above `threshold`. */
export function countAtOrAbove(bins: number[], threshold: number): number {
  return bins.reduce((n, c, i) => (i + 1 >= threshold ? n + c : n), 0);
}

export function clampThreshold(t: number): number {
  return Math.max(MIN_SCORE, Math.min(MAX_SCORE, Math.round(t)));
}
