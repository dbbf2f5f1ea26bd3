import type { Prisma, PrismaClient, SandboxScoringJob } from "@/lib/generated/prisma/client";
import { enqueueBatchCompleted, enqueueWebhook, externalTenantId } from "../webhooks/enqueue";
import { scoreCompletedPayload, scoreFailedPayload } from "../webhooks/payloads";
import type { JobOutcome } from "./score-job";

type Tx = Prisma.TransactionClient;

/**
 * Records a claimed job's outcome, its webhook and its batch's progress in ONE transaction, so
 * a job is terminal if and only if its score.* webhook (and, for the batch's last job, the
 * batch.completed webhook) is queued. Returns false when the claim was lost (another worker
 * took the job over as stale): then nothing is written and that worker reports the result.
 */
export async function finishJob(
  db: PrismaClient,
  job: SandboxScoringJob,
  claimerId: string,
  outcome: JobOutcome,
  now = new Date(),
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    // RETURNING the row: the batch is read as it is now, not as it was at claim time, because
    // the API may attach a pending job to a batch (a re-submitted application) meanwhile.
    const updated = await tx.sandboxScoringJob.updateManyAndReturn({
      where: { id: job.id, status: "pending", claimedBy: claimerId },
      data:
        outcome.status === "completed"
          ? {
              status: "completed",
              score: outcome.score,
              assessment: JSON.stringify(outcome.assessment),
              completedAt: now,
            }
          : { status: "failed", errorCode: outcome.code, errorMessage: outcome.message, failedAt: now },
      select: { batchId: true },
    });
    if (updated.length !== 1) return false;
    const batchId = updated[0]!.batchId;
    const tenantExternalId = await externalTenantId(tx, job.tenantId);
    const ref = {
      tenantId: tenantExternalId,
      scoringJobId: job.id,
      criteriaVersionId: job.criteriaVersionId,
      jobId: job.jobId,
      applicationId: job.applicationId,
    };
    await enqueueWebhook(tx, {
      tenantId: job.tenantId,
      jobId: job.jobId,
      applicationId: job.applicationId,
      ...(outcome.status === "completed"
        ? { event: "score.completed", payload: scoreCompletedPayload(ref, outcome, now) }
        : {
            event: "score.failed",
            payload: scoreFailedPayload(ref, { code: outcome.code, message: outcome.message }, now),
          }),
    });
    if (batchId) await countInBatch(tx, batchId, outcome.status === "completed", now);
    return true;
  });
}

/**
 * Counts one terminal job in its batch; the batch's last job closes it. Closing is a
 * conditional update on status "pending", so batch.completed is queued exactly once even if
 * two instances finish the batch's last jobs at the same moment.
 */
async function countInBatch(tx: Tx, batchId: string, succeeded: boolean, now: Date): Promise<void> {
  const batch = await tx.sandboxBatch.update({
    where: { id: batchId },
    data: succeeded ? { completedJobs: { increment: 1 } } : { failedJobs: { increment: 1 } },
  });
  if (batch.status !== "pending" || batch.completedJobs + batch.failedJobs < batch.totalJobs) return;
  const status = batch.failedJobs === 0 ? "completed" : "failed";
  const closed = await tx.sandboxBatch.updateManyAndReturn({
    where: { id: batchId, status: "pending" },
    data: { status, completedAt: now },
  });
  if (closed.length !== 1) return;
  await enqueueBatchCompleted(tx, closed[0]!);
}
