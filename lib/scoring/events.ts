import { db } from "@/lib/db";
import type { BatchCompletedEvent, ScoreCompletedEvent, ScoreFailedEvent, WebhookPayload } from "@/lib/nova/schemas";
import { recordScoringObservation } from "./results";

export type WebhookOutcome = { outcome: "processed" | "ignored"; detail?: string };

/** Applies a verified, parsed webhook. Throws only when *we* failed (the route then answers 5xx). */
export async function applyWebhook(payload: WebhookPayload): Promise<WebhookOutcome> {
  switch (payload.event) {
    case "test":
      return { outcome: "processed", detail: "test delivery acknowledged" };
    case "score.completed":
    case "score.failed":
      return applyScoreEvent(payload);
    case "batch.completed":
      return applyBatchEvent(payload);
  }
}

/** Matched by (tenant, job, application) first: Nova's ids are only trusted inside that scope. */
async function findApplication(tenantId: string, jobId: string, applicationId: string) {
  return db.application.findFirst({
    where: { id: applicationId, jobId, org: { tenantId } },
    select: { id: true, orgId: true },
  });
}

async function applyScoreEvent(e: ScoreCompletedEvent | ScoreFailedEvent): Promise<WebhookOutcome> {
  const app = await findApplication(e.tenantId, e.jobId, e.applicationId);
  // Deleted since, or not ours: acknowledge so Nova stops retrying.
  if (!app) return { outcome: "ignored", detail: "unknown application" };
  const other = await db.scoringJob.findUnique({
    where: { novaScoringJobId: e.scoringJobId },
    select: { applicationId: true },
  });
  if (other && other.applicationId !== app.id)
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
      ? await recordScoringObservation({
          ...common,
          status: "completed",
          score: e.result.score,
          assessment: e.result.assessment,
          completedAt: e.completedAt ? new Date(e.completedAt) : null,
        })
      : await recordScoringObservation({
          ...common,
          status: "failed",
          errorCode: e.error.code,
          errorMessage: e.error.message,
          failedAt: e.failedAt ? new Date(e.failedAt) : null,
        });
  return { outcome: "processed", detail: result.current ? "current result" : "older job; current result unchanged" };
}

async function applyBatchEvent(e: BatchCompletedEvent): Promise<WebhookOutcome> {
  const job = await db.job.findFirst({
    where: { id: e.jobId, org: { tenantId: e.tenantId } },
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
  await db.scoringBatch.upsert({
    where: { novaBatchId: e.batchId },
    create: { novaBatchId: e.batchId, orgId: job.orgId, jobId: job.id, ...data },
    update: data,
  });
  return { outcome: "processed" };
}
