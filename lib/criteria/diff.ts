import type { Importance } from "@/lib/nova/importance";

/**
 * What changed between two criteria versions. Pure, so the criteria page and the candidate's
 * scoring history explain a version change the same way.
 *
 * Matching, in order of confidence:
 *  1. identical text (normalised) — the same criterion, maybe with a new importance;
 *  2. the same Nova criterion id — reworded (G5 keeps ids for unchanged items; G2 re-issues
 *     them per version, which is why text comes first and ids are only a hint);
 *  3. mostly the same words (Jaccard ≥ 0.5) — reworded even when Nova re-issued the id.
 * Whatever is left is added (only in `to`) or removed (only in `from`).
 */

export interface DiffCriterion {
  id: string;
  text: string;
  importance: Importance;
}

export type CriteriaChange =
  | { kind: "added"; after: DiffCriterion }
  | { kind: "removed"; before: DiffCriterion }
  | { kind: "importance"; before: DiffCriterion; after: DiffCriterion }
  | { kind: "reworded"; before: DiffCriterion; after: DiffCriterion };

export interface CriteriaDiff {
  changes: CriteriaChange[];
  unchanged: number;
}

const SIMILAR = 0.5;

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, " ")
    .trim();
}

function words(text: string): Set<string> {
  return new Set(normalise(text).split(" ").filter(Boolean));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

export function diffCriteria(from: readonly DiffCriterion[], to: readonly DiffCriterion[]): CriteriaDiff {
  const left = new Set(from.map((_, i) => i));
  const right = new Set(to.map((_, i) => i));
  const pairs: [DiffCriterion, DiffCriterion][] = [];
  const take = (i: number, j: number) => {
    left.delete(i);
    right.delete(j);
    pairs.push([from[i]!, to[j]!]);
  };

  for (const i of [...left]) {
    const j = [...right].find((k) => normalise(to[k]!.text) === normalise(from[i]!.text));
    if (j !== undefined) take(i, j);
  }
  for (const i of [...left]) {
    const j = [...right].find((k) => to[k]!.id === from[i]!.id);
    if (j !== undefined) take(i, j);
  }
  // Greedy best-first over the remaining pairs, so one close match is not stolen by a weaker one.
  const candidates: { i: number; j: number; sim: number }[] = [];
  for (const i of left)
    for (const j of right) {
      const sim = jaccard(words(from[i]!.text), words(to[j]!.text));
      if (sim >= SIMILAR) candidates.push({ i, j, sim });
    }
  candidates.sort((a, b) => b.sim - a.sim);
  for (const c of candidates) if (left.has(c.i) && right.has(c.j)) take(c.i, c.j);

  const changes: CriteriaChange[] = [];
  let unchanged = 0;
  for (const [before, after] of pairs) {
    if (normalise(before.text) !== normalise(after.text)) changes.push({ kind: "reworded", before, after });
    else if (before.importance !== after.importance) changes.push({ kind: "importance", before, after });
    else unchanged++;
  }
  for (const i of left) changes.push({ kind: "removed", before: from[i]! });
  for (const j of right) changes.push({ kind: "added", after: to[j]! });
  return { changes, unchanged };
}

/** "1 added, 2 reworded" — for compact history rows. Empty string when nothing changed. */
export function summariseDiff(diff: CriteriaDiff): string {
  const counts = new Map<CriteriaChange["kind"], number>();
  for (const c of diff.changes) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  const label: Record<CriteriaChange["kind"], string> = {
    added: "added",
    removed: "removed",
    importance: "importance changed",
    reworded: "reworded",
  };
  return (["added", "removed", "reworded", "importance"] as const)
    .filter((k) => counts.has(k))
    .map((k) => `${counts.get(k)} ${label[k]}`)
    .join(", ");
}
