import { Prisma } from "@/lib/generated/prisma/client";
import { warnOnce } from "@/lib/nova/schemas";
import type { BatchCompletedEvent, ScoreCompletedEvent, ScoreFailedEvent, WebhookPayload } from "@/lib/nova/schemas";
import { applyObservations, type ScoringObservation } from "./results";

type Tx = Prisma.TransactionClient;

export type EventOutcome = { outcome: "processed" | "ignored"; detail?: string };

/**
 * Applies verified, parsed Nova events inside the caller's transaction (the webhook applier
 * applies a group of deliveries in one), in their order wherever order matters (the same
 * application's results). Score events go together: one read of their applications and a few
 * statements per round (applyObservations), not six per event. Throws only when *we* failed;
 * the caller retries. One outcome per event, in order. Every id list here is as long as the
 * group (the applier passes PER_TRANSACTION, 25), far under any bound-parameter limit.
 */
export async function applyNovaEvents(tx: Tx, payloads: WebhookPayload[]): Promise<EventOutcome[]> {
  const outcomes: EventOutcome[] = new Array(payloads.length);
  const scores: { i: number; event: ScoreCompletedEvent | ScoreFailedEvent }[] = [];
  for (const [i, payload] of payloads.entries()) {
    if (payload.event === "score.completed" || payload.event === "score.failed") scores.push({ i, event: payload });
    else if (payload.event === "test") outcomes[i] = { outcome: "processed", detail: "test delivery acknowledged" };
    else outcomes[i] = await applyBatchEvent(tx, payload);
  }
  const scored = await applyScoreEvents(
    tx,
    scores.map((s) => s.event),
  );
  scores.forEach(({ i }, k) => (outcomes[i] = scored[k]!));
  return outcomes;
}

/**
 * Matched by (tenant, job, application): Nova's ids are only trusted inside that scope. A payload
 * without tenantId (G1) is matched by job and application within the org that owns the job.
 */
async function findApplications(tx: Tx, events: (ScoreCompletedEvent | ScoreFailedEvent)[]) {
  // One statement with its joins (Prisma would read each relation separately): the applier runs
  // this for every group of deliveries.
  const ids = [...new Set(events.map((e) => e.applicationId))];
  const rows = await tx.$queryRaw<{ id: string; orgId: string; jobId: string; jobOrgId: string; tenantId: string }[]>`
    SELECT a."id", a."orgId", a."jobId", j."orgId" AS "jobOrgId", o."tenantId"
    FROM "Application" a JOIN "Job" j ON j."id" = a."jobId" JOIN "Organization" o ON o."id" = a."orgId"
    WHERE a."id" IN (${Prisma.join(ids)})`;
  const byId = new Map(rows.map((r) => [r.id, r]));
  return events.map((e) => {
    if (!e.tenantId) warnOnce("webhook without", "tenantId");
    const app = byId.get(e.applicationId);
    const matches =
      app && app.jobId === e.jobId && app.jobOrgId === app.orgId && (!e.tenantId || app.tenantId === e.tenantId);
    return matches ? { id: app.id, orgId: app.orgId } : null;
  });
}

async function applyScoreEvents(tx: Tx, events: (ScoreCompletedEvent | ScoreFailedEvent)[]): Promise<EventOutcome[]> {
  if (!events.length) return [];
  const apps = await findApplications(tx, events);
  const observations: ScoringObservation[] = [];
  const observed: number[] = [];
  events.forEach((e, k) => {
    const app = apps[k];
    if (!app) return;
    observed.push(k);
    const common = {
      orgId: app.orgId,
      applicationId: app.id,
      novaScoringJobId: e.scoringJobId,
      criteriaVersionNovaId: e.criteriaVersionId,
      queuedAt: e.queuedAt ? new Date(e.queuedAt) : null,
    };
    observations.push(
      e.event === "score.completed"
        ? {
            ...common,
            status: "completed",
            score: e.result.score,
            assessment: e.result.assessment,
            completedAt: e.completedAt ? new Date(e.completedAt) : null,
          }
        : {
            ...common,
            status: "failed",
            errorCode: e.error.code,
            errorMessage: e.error.message,
            failedAt: e.failedAt ? new Date(e.failedAt) : null,
          },
    );
  });
  const results = await applyObservations(tx, observations);
  // Deleted since, or not ours: acknowledged so Nova stops retrying.
  const outcomes: EventOutcome[] = events.map(() => ({ outcome: "ignored", detail: "unknown application" }));
  observed.forEach((k, n) => {
    const result = results[n]!;
    outcomes[k] =
      result.kind === "foreign"
        ? { outcome: "ignored", detail: "scoring job belongs to another application" }
        : { outcome: "processed", detail: result.current ? "current result" : "older job; current result unchanged" };
  });
  return outcomes;
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
