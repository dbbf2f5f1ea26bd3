import "server-only";
import { db } from "@/lib/db";
import { readJobTallies } from "./counts";
import { binScores, type ScoreDistribution } from "./distribution-bins";

/**
 * The job's score histogram from its per-score tallies (at most 11 rows whatever the job's
 * size, lib/applications/counts.ts), plus the pending/failed counts the page already has.
 */
export async function getScoreDistribution(
  orgId: string,
  jobId: string,
  apart: { pending: number; failed: number },
): Promise<ScoreDistribution> {
  const tallies = await readJobTallies(db, orgId, jobId);
  return binScores(
    [...tallies.byScore].map(([score, count]) => ({ score, count })),
    apart,
  );
}
