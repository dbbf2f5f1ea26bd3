// Webhook bodies exactly as nova-api.md §3.2 (G5). Field order follows the docs so the stored
// JSON reads like Nova's examples.
import type { Assessment } from "../engine";

export type WebhookEvent = "score.completed" | "score.failed" | "batch.completed" | "test";

/** `X-Webhook-Event`: upper-snake for real events, the literal `test` for test sends (§3.3). */
export const EVENT_HEADER: Record<WebhookEvent, string> = {
  "score.completed": "SCORE_COMPLETED",
  "score.failed": "SCORE_FAILED",
  "batch.completed": "BATCH_COMPLETED",
  test: "test",
};

interface ScoreRef {
  tenantId: string;
  scoringJobId: string;
  criteriaVersionId: string;
  jobId: string;
  applicationId: string;
}

export function scoreCompletedPayload(
  ref: ScoreRef,
  result: { score: number; assessment: Assessment },
  completedAt: Date,
) {
  return {
    event: "score.completed" as const,
    tenantId: ref.tenantId,
    scoringJobId: ref.scoringJobId,
    criteriaVersionId: ref.criteriaVersionId,
    jobId: ref.jobId,
    applicationId: ref.applicationId,
    result: { score: result.score, assessment: result.assessment },
    completedAt: completedAt.toISOString(),
  };
}

export function scoreFailedPayload(ref: ScoreRef, error: { code: string; message: string }, failedAt: Date) {
  return {
    event: "score.failed" as const,
    tenantId: ref.tenantId,
    scoringJobId: ref.scoringJobId,
    criteriaVersionId: ref.criteriaVersionId,
    jobId: ref.jobId,
    applicationId: ref.applicationId,
    error: { code: error.code, message: error.message },
    failedAt: failedAt.toISOString(),
  };
}

export interface BatchSummary {
  tenantId: string;
  batchId: string;
  jobId: string;
  totalJobs: number;
  completedJobs: number;
  failedJobs: number;
  status: "completed" | "failed";
  completedAt: Date;
}

export function batchCompletedPayload(b: BatchSummary) {
  return {
    event: "batch.completed" as const,
    tenantId: b.tenantId,
    batchId: b.batchId,
    jobId: b.jobId,
    totalJobs: b.totalJobs,
    completedJobs: b.completedJobs,
    failedJobs: b.failedJobs,
    status: b.status,
    completedAt: b.completedAt.toISOString(),
  };
}

export function testPayload(message: string, at: Date) {
  return { event: "test" as const, message, timestamp: at.toISOString() };
}
