import { db } from "@/lib/db";
import { readJobTallies, type JobTallies } from "./counts";

type ScoreGroup = { currentScore: number | null; _count: { _all: number } };

/** Competition rank (ties share a rank) from the job's per-score counts. */
export function ranker(groups: ScoreGroup[]) {
  return (score: number) => 1 + groups.reduce((n, g) => n + ((g.currentScore ?? -1) > score ? g._count._all : 0), 0);
}

/** Per-score counts from tallies already read. */
export function scoreGroupsOf(t: JobTallies): ScoreGroup[] {
  return [...t.byScore].map(([currentScore, n]) => ({ currentScore, _count: { _all: n } }));
}

/**
 * The job's per-score counts (≤ 11 rows), enough to rank any row without a per-row count. Read
 * from the job's tallies, which triggers keep exact (lib/applications/counts.ts): no scan of the job.
 */
export async function scoreGroups(orgId: string, jobId: string): Promise<ScoreGroup[]> {
  return scoreGroupsOf(await readJobTallies(db, orgId, jobId));
}
