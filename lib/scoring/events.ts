import type { Prisma } from "@/lib/db";
import { warnOnce } from "@/lib/nova/schemas";
import type { BatchCompletedEvent, ScoreCompletedEvent, ScoreFailedEvent, WebhookPayload } from "@/lib/nova/schemas";
import { applyObservation } from "./results";

type Tx = Prisma.TransactionClient;

export type EventOutcome = { outcome: "processed" | "ignored"; detail?: string };

/**
 * Applies one verified, parsed Nova event inside the caller's transaction (the webhook applier
 * applies a batch of deliveries in one). Throws only when *we* failed; the caller retries.
 */
export async function applyNovaEvent(tx: Tx, payload: WebhookPayload): Promise<EventOutcome> {
  switch (payload.event) {
    case "test":
      return { outcome: "processed", detail: "test delivery acknowledged" };
    case "score.completed":
    case "score.failed":
      return applyScoreEvent(tx, payload);
    case "batch.completed":
      return applyBatchEvent(tx, payload);
  }
}

/**
 * Matched by (tenant, job, application): Nova's ids are only trusted inside that scope. A payload
 * without tenantId (G1) is matched by job and application within the org that owns the job.
 */
async function findApplication(tx: Tx, tenantId: string | null, jobId: string, applicationId: string) {
  if (!tenantId) warnOnce("webhook without", "tenantId");
  const app = await tx.application.findFirst({
    where: { id: applicationId, jobId, ...(tenantId ? { org: { tenantId } } : {}) },
    select: { id: true, orgId: true, job: { select: { orgId: true } } },
  });
  return app && app.job.orgId === app.orgId ? { id: app.id, orgId: app.orgId } : null;
}

async function applyScoreEvent(tx: Tx, e: ScoreCompletedEvent | ScoreFailedEvent): Promise<EventOutcome> {
  const app = await findApplication(tx, e.tenantId, e.jobId, e.applicationId);
  // Deleted since, or not ours: acknowledge so Nova stops retrying.
  if (!app) return { outcome: "ignored", detail: "unknown application" };
  // Read once here and handed on: applyObservation would otherwise read the same row again.
  const existing = await tx.scoringJob.findUnique({ where: { novaScoringJobId: e.scoringJobId } });
  if (existing && existing.applicationId !== app.id)
    return { outcome: "ignored", detail: "scoring job belongs to another application" };
  const common = {
    orgId: app.orgId,
    applicationId: app.id,
    novaScoringJobId: e.scoringJobId,
    criteriaVersionNovaId: e.criteriaVersionId,
    queuedAt: e.queuedAt ? new Date(e.queuedAt) : null,
  };
  const result =
    e.event === "score.completed"
      ? await applyObservation(
          tx,
          {
            ...common,
            status: "completed",
            score: e.result.score,
            assessment: e.result.assessment,
            completedAt: e.completedAt ? new Date(e.completedAt) : null,
          },
          existing,
        )
      : await applyObservation(
          tx,
          {
            ...common,
            status: "failed",
            errorCode: e.error.code,
            errorMessage: e.error.message,
            failedAt: e.failedAt ? new Date(e.failedAt) : null,
          },
          existing,
        );
  return { outcome: "processed", detail: result.current ? "current result" : "older job; current result unchanged" };
}

/**
 * A batch belongs to the job and org the event names. A batch id already stored for another
 * job or org is left alone: a signed event must not move someone else's batch.
 */
async function applyBatchEvent(tx: Tx, e: BatchCompletedEvent): Promise<EventOutcome> {
  const job = await tx.job.findFirst({
    where: { id: e.jobId, ...(e.tenantId ? { org: { tenantId: e.tenantId } } : {}) },
    select: { id: true, orgId: true },
  });
  if (!job) return { outcome: "ignored", detail: "unknown job" };
  const data = {
    status: e.status,
    totalJobs: e.totalJobs,
    completedJobs: e.completedJobs,
    failedJobs: e.failedJobs,
    completedAt: e.completedAt ? new Date(e.completedAt) : new Date(),
  };
  const existing = await tx.scoringBatch.findUnique({
    where: { novaBatchId: e.batchId },
    select: { id: true, jobId: true, orgId: true },
  });
  if (!existing) {
    await tx.scoringBatch.create({ data: { novaBatchId: e.batchId, orgId: job.orgId, jobId: job.id, ...data } });
    return { outcome: "processed" };
  }
  if (existing.jobId !== job.id || existing.orgId !== job.orgId)
    return { outcome: "ignored", detail: "batch belongs to another job" };
  await tx.scoringBatch.update({ where: { id: existing.id }, data });
  return { outcome: "processed" };
}
