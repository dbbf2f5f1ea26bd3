import "server-only";
import { db } from "@/lib/db";
import { binScores, type ScoreDistribution } from "./distribution-bins";

/**
 * The job's score histogram: one grouped count on the (jobId, currentScore) index, at most 11
 * groups whatever the job's size, plus the pending/failed counts the page already has.
 */
export async function getScoreDistribution(
  orgId: string,
  jobId: string,
  apart: { pending: number; failed: number },
): Promise<ScoreDistribution> {
  const groups = await db.application.groupBy({
    by: ["currentScore"],
    where: { orgId, jobId, currentScore: { not: null } },
    _count: { _all: true },
  });
  return binScores(
    groups.map((g) => ({ score: g.currentScore ?? 0, count: g._count._all })),
    apart,
  );
}
