import "server-only";
import { DECISIONS, type DecisionValue } from "@/lib/review/labels";
import { binScores, type ScoreDistribution } from "./distribution-bins";
import { getJobTallies } from "./queries";

export interface DistributionByDecision extends ScoreDistribution {
  /**
   * The same bins split by decision (each index 0 = score 1), or null while nobody has decided
   * anything yet (then the chart colours bars by band instead).
   */
  byDecision: Record<DecisionValue, number[]> | null;
}

/**
 * The job's score histogram from its tallies by score and decision (JobCount, at most 11 × 4
 * rows whatever the job's size: docs/decisions/041), plus the pending/failed counts the page
 * already has from the job's status counts.
 */
export async function getScoreDistribution(
  orgId: string,
  jobId: string,
  apart: { pending: number; failed: number },
): Promise<DistributionByDecision> {
  const tallies = await getJobTallies(orgId, jobId);
  const groups = [...tallies.byScoreDecision].flatMap(([score, split]) =>
    Object.entries(split).map(([decision, count]) => ({ score, decision, count })),
  );
  const total = binScores(groups, apart);
  const decided = groups.some((g) => g.decision !== "UNDECIDED");
  const byDecision = decided
    ? (Object.fromEntries(
        DECISIONS.map((d) => [
          d,
          binScores(
            groups.filter((g) => g.decision === d),
            apart,
          ).bins,
        ]),
      ) as Record<DecisionValue, number[]>)
    : null;
  return { ...total, byDecision };
}
