import { claimRowIds } from "@/lib/claims";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { NovaApiError, novaFor } from "@/lib/nova";
import type { NovaScoringJob } from "@/lib/nova/schemas";
import { recordScoringObservation } from "@/lib/scoring/results";

const at = (iso: string | null | undefined) => (iso ? new Date(iso) : null);

/** A scoring job read back from Nova (alone or in a batch's list) as what an observation records. */
function observed(job: NovaScoringJob) {
  return {
    status: job.status,
    criteriaVersionNovaId: job.criteriaVersionId,
    score: job.score,
    assessment: job.assessment,
    errorCode: job.errorCode,
    errorMessage: job.errorMessage,
    queuedAt: at(job.queuedAt),
    startedAt: at(job.startedAt),
    completedAt: at(job.completedAt),
    failedAt: at(job.failedAt),
  };
}

/**
 * Webhooks can be lost (endpoint down past Nova's last retry, misconfigured URL). Scoring jobs
 * pending longer than `olderThanMs` are read back from Nova; `updatedAt` doubles as "last
 * checked" (and as the claim), so each stuck job is asked about at most once per threshold.
 */
export async function reconcileOnce(olderThanMs: number, limit = 50): Promise<number> {
  const now = new Date();
  const cutoff = new Date(now.getTime() - olderThanMs);
  // Claimed by bumping updatedAt ("checked now") in one statement: of several instances, one
  // asks Nova about a given job, and nobody asks again before the next threshold.
  const ids = await claimRowIds(db, {
    table: "ScoringJob",
    where: Prisma.sql`"status" = 'PENDING' AND "submittedAt" < ${cutoff} AND "updatedAt" < ${cutoff}`,
    orderBy: Prisma.sql`"updatedAt" ASC`,
    set: Prisma.sql`"updatedAt" = ${now}`,
    limit,
  });
  if (!ids.length) return 0;
  const stuck = await db.scoringJob.findMany({
    where: { id: { in: ids } },
    include: { application: { select: { jobId: true, org: { select: { tenantId: true } } } } },
  });
  let updated = 0;
  for (const row of stuck) {
    try {
      const job = await novaFor(row.application.org).getScoringJob(
        row.application.jobId,
        row.applicationId,
        row.novaScoringJobId,
      );
      await recordScoringObservation({
        orgId: row.orgId,
        applicationId: row.applicationId,
        novaScoringJobId: row.novaScoringJobId,
        ...observed(job),
      });
      if (job.status !== "pending") updated++;
    } catch (err) {
      const gone = err instanceof NovaApiError && err.code === "SCORING_JOB_NOT_FOUND";
      if (gone) {
        await recordScoringObservation({
          orgId: row.orgId,
          applicationId: row.applicationId,
          novaScoringJobId: row.novaScoringJobId,
          status: "failed",
          errorCode: "SCORING_JOB_NOT_FOUND",
          errorMessage: "Nova no longer knows this scoring job. Rescore it.",
        });
      } else {
        console.warn(
          "[reconcile] could not check scoring job",
          row.novaScoringJobId,
          err instanceof Error ? err.message : err,
        );
      }
    }
  }
  return updated;
}

/**
 * Batches too: a batch whose `batch.completed` never arrived is read back from
 * `GET …/scoring-batches/{id}` once it is older than `olderThanMs` (and at most once per that
 * interval): its counters and status, and every scoring job it lists (their score webhooks may
 * have been lost with it).
 */
export async function reconcileBatchesOnce(olderThanMs: number, limit = 20): Promise<number> {
  const cutoff = new Date(Date.now() - olderThanMs);
  const stuck = await db.scoringBatch.findMany({
    where: { status: "pending", createdAt: { lt: cutoff }, checkedAt: { lt: cutoff } },
    orderBy: { checkedAt: "asc" },
    take: limit,
  });
  let finished = 0;
  for (const row of stuck) {
    const { count } = await db.scoringBatch.updateMany({
      where: { id: row.id, checkedAt: row.checkedAt },
      data: { checkedAt: new Date() },
    });
    if (count === 0) continue; // another instance is on it
    const org = await db.organization.findUnique({ where: { id: row.orgId }, select: { tenantId: true } });
    if (!org) continue;
    try {
      const { batch, scoringJobs } = await novaFor(org).getBatch(row.jobId, row.novaBatchId);
      const apps = await db.application.findMany({
        where: { orgId: row.orgId, jobId: row.jobId, id: { in: scoringJobs.map((j) => j.applicationId) } },
        select: { id: true },
      });
      const known = new Set(apps.map((a) => a.id));
      for (const job of scoringJobs) {
        if (!known.has(job.applicationId)) continue;
        await recordScoringObservation({
          orgId: row.orgId,
          applicationId: job.applicationId,
          novaScoringJobId: job.id,
          ...observed(job),
          batchId: row.id,
        });
      }
      await db.scoringBatch.update({
        where: { id: row.id },
        data: {
          status: batch.status,
          totalJobs: batch.totalJobs || row.totalJobs,
          completedJobs: batch.completedJobs,
          failedJobs: batch.failedJobs,
          ...(batch.status !== "pending"
            ? { completedAt: batch.completedAt ? new Date(batch.completedAt) : new Date() }
            : {}),
        },
      });
      if (batch.status !== "pending") finished++;
    } catch (err) {
      if (!(err instanceof NovaApiError)) throw err;
      console.warn("[reconcile] could not check batch", row.novaBatchId, err.code);
    }
  }
  return finished;
}
