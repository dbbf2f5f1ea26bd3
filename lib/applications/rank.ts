import { db } from "@/lib/db";

/** Competition rank (ties share a rank) from the job's per-score counts. */
export function ranker(groups: { currentScore: number | null; _count: { _all: number } }[]) {
  return (score: number) => 1 + groups.reduce((n, g) => n + ((g.currentScore ?? -1) > score ? g._count._all : 0), 0);
}

/** The job's per-score counts (≤ 11 groups), enough to rank any row without a per-row count. */
export function scoreGroups(orgId: string, jobId: string) {
  return db.application.groupBy({
    by: ["currentScore"],
    where: { orgId, jobId, currentScore: { not: null } },
    _count: { _all: true },
  });
}
