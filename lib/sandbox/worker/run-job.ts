import type { PrismaClient, SandboxScoringJob } from "@/lib/generated/prisma/client";
import { claimable } from "./claim";
import { loadCriteriaForJob } from "./criteria";
import { finishJob } from "./finish-job";
import { scoreJob, type JobOutcome } from "./score-job";

/** A job claimed this many times without finishing is failed with MAX_RETRIES_EXCEEDED. */
export const MAX_JOB_ATTEMPTS = 3;

/**
 * Claims up to `limit` pending jobs that are due, oldest first; each claim counts an attempt.
 * Returns the claimed rows as updated, so running them needs no second read.
 */
export async function claimDueJobs(
  db: PrismaClient,
  claimerId: string,
  limit: number,
  now = new Date(),
): Promise<SandboxScoringJob[]> {
  const due = { status: "pending", runAfter: { lte: now }, ...claimable(now) };
  const candidates = await db.sandboxScoringJob.findMany({
    where: due,
    orderBy: [{ runAfter: "asc" }, { queuedAt: "asc" }],
    take: limit,
    select: { id: true },
  });
  if (candidates.length === 0) return [];
  return db.sandboxScoringJob.updateManyAndReturn({
    where: { id: { in: candidates.map((c) => c.id) }, ...due },
    data: { claimedBy: claimerId, claimedAt: now, startedAt: now, attempts: { increment: 1 } },
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
