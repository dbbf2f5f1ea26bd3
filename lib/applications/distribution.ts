import "server-only";
import { db } from "@/lib/db";
import { DECISIONS, type DecisionValue } from "@/lib/review/labels";
import { binScores, type ScoreDistribution } from "./distribution-bins";

export interface DistributionByDecision extends ScoreDistribution {
  /**
   * The same bins split by decision (each index 0 = score 1), or null while nobody has decided
   * anything yet (then the chart colours bars by band instead).
   */
  byDecision: Record<DecisionValue, number[]> | null;
}

/**
 * The job's score histogram: one grouped count on (jobId, currentScore, decision), at most
 * 11 × 4 groups whatever the job's size (no row is loaded), plus the pending/failed counts the
 * page already has from the job's status counts.
 */
export async function getScoreDistribution(
  orgId: string,
  jobId: string,
  apart: { pending: number; failed: number },
): Promise<DistributionByDecision> {
  const groups = await db.application.groupBy({
    by: ["currentScore", "decision"],
    where: { orgId, jobId, currentScore: { not: null } },
    _count: { _all: true },
  });
  const total = binScores(
    groups.map((g) => ({ score: g.currentScore ?? 0, count: g._count._all })),
    apart,
  );
  const decided = groups.some((g) => g.decision !== "UNDECIDED");
  const byDecision = decided
    ? (Object.fromEntries(
        DECISIONS.map((d) => [
          d,
          binScores(
            groups.filter((g) => g.decision === d).map((g) => ({ score: g.currentScore ?? 0, count: g._count._all })),
            apart,
          ).bins,
        ]),
      ) as Record<DecisionValue, number[]>)
    : null;
  return { ...total, byDecision };
}
