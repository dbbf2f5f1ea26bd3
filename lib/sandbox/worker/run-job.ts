import { claimRowIds, freeOrStale } from "@/lib/claims";
import { Prisma, type PrismaClient, type SandboxScoringJob } from "@/lib/generated/prisma/client";
import { staleBefore } from "./claim";
import { loadCriteriaForJob } from "./criteria";
import { finishJob } from "./finish-job";
import { scoreJob, type JobOutcome } from "./score-job";

/** A job claimed this many times without finishing is failed with MAX_RETRIES_EXCEEDED. */
export const MAX_JOB_ATTEMPTS = 3;

/**
 * Claims up to `limit` pending jobs that are due, oldest first; each claim counts an attempt.
 * Returns the claimed rows as updated.
 */
export async function claimDueJobs(
  db: PrismaClient,
  claimerId: string,
  limit: number,
  now = new Date(),
): Promise<SandboxScoringJob[]> {
  const ids = await claimRowIds(db, {
    table: "SandboxScoringJob",
    where: Prisma.sql`"status" = 'pending' AND "runAfter" <= ${now} AND ${freeOrStale(staleBefore(now))}`,
    orderBy: Prisma.sql`"runAfter" ASC, "queuedAt" ASC`,
    set: Prisma.sql`"claimedBy" = ${claimerId}, "claimedAt" = ${now}, "startedAt" = ${now}, "attempts" = "attempts" + 1`,
    limit,
  });
  if (ids.length === 0) return [];
  return db.sandboxScoringJob.findMany({
    where: { id: { in: ids } },
    orderBy: [{ runAfter: "asc" }, { queuedAt: "asc" }],
  });
}

export type RunResult = "completed" | "failed" | "lost" | "retry";

/**
 * Runs one claimed job to a terminal state. A bad job becomes `failed`; a transient problem
 * (the database) releases the claim with a backoff so the job is tried again, and the attempt
 * count turns repeated trouble into MAX_RETRIES_EXCEEDED rather than an endless loop.
 */
export async function runClaimedJob(db: PrismaClient, job: SandboxScoringJob, claimerId: string): Promise<RunResult> {
  const id = job.id;
  try {
    const outcome: JobOutcome =
      job.attempts > MAX_JOB_ATTEMPTS
        ? {
            status: "failed",
            code: "MAX_RETRIES_EXCEEDED",
            message: `Scoring did not finish after ${MAX_JOB_ATTEMPTS} attempts`,
          }
        : scoreJob(job, await loadCriteriaForJob(db, job));
    const recorded = await finishJob(db, job, claimerId, outcome);
    return recorded ? outcome.status : "lost";
  } catch (err) {
    console.error(`[sandbox:scoring] job ${id} attempt ${job.attempts} hit a transient error; will retry:`, err);
    await db.sandboxScoringJob
      .updateMany({
        where: { id, claimedBy: claimerId, status: "pending" },
        data: { claimedBy: null, claimedAt: null, runAfter: new Date(Date.now() + 1_000 * 2 ** job.attempts) },
      })
      // If even this fails, the claim goes stale and another worker reclaims the job.
      .catch(() => undefined);
    return "retry";
  }
}
