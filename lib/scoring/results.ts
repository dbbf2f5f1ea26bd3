import type { Prisma } from "@/lib/db";
import { transaction } from "@/lib/transaction";
import type { Assessment, ScoringStatus } from "@/lib/nova/schemas";

type Tx = Prisma.TransactionClient;

/** What we learnt about one Nova scoring job, from a submit response, a webhook or a poll. */
export interface ScoringObservation {
  orgId: string;
  applicationId: string;
  novaScoringJobId: string;
  status: ScoringStatus;
  criteriaVersionNovaId?: string | null;
  isRescore?: boolean;
  score?: number | null;
  assessment?: Assessment | null;
  errorCode?: string | null;
  errorMessage?: string | null;
  /** Nova's queuedAt. Webhooks do not carry it: then the time we first heard of the job stands in. */
  queuedAt?: Date | null;
  startedAt?: Date | null;
  completedAt?: Date | null;
  failedAt?: Date | null;
  /** Local ScoringBatch id. */
  batchId?: string | null;
}

const STATUS = { pending: "PENDING", completed: "COMPLETED", failed: "FAILED" } as const;

/**
 * Upserts the scoring job (keyed by Nova's id, so a webhook that lands before the submitting
 * action stored its id and the action itself converge on one row), then recomputes which job
 * is the application's current one. Status never moves back from a terminal state, so a stale
 * "pending" read can't undo a result.
 */
export async function recordScoringObservation(
  obs: ScoringObservation,
): Promise<{ scoringJobId: string; current: boolean }> {
  try {
    return await transaction((tx) => applyObservation(tx, obs));
  } catch (err) {
    // Two writers creating the same Nova job at once: the loser retries as an update.
    if (isUniqueViolation(err)) return transaction((tx) => applyObservation(tx, obs));
    throw err;
  }
}

/**
 * Several observations in ONE short transaction (a batch's up to 25 acceptances): one commit
 * instead of one per application, which under a loaded database is what kept the outbox from
 * keeping Nova's intake busy. A unique violation (a webhook created a job first) retries once.
 */
export async function recordScoringObservations(observations: ScoringObservation[]): Promise<void> {
  if (!observations.length) return;
  const run = () =>
    transaction(async (tx) => {
      for (const obs of observations) await applyObservation(tx, obs);
    });
  try {
    await run();
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    await run();
  }
}

/**
 * The same inside a caller's transaction (the webhook applier applies a batch in one). A
 * unique violation there means a concurrent writer created the job first: the caller retries.
 */
export async function applyObservation(
  tx: Tx,
  obs: ScoringObservation,
): Promise<{ scoringJobId: string; current: boolean }> {
  const existing = await tx.scoringJob.findUnique({ where: { novaScoringJobId: obs.novaScoringJobId } });
  if (existing && existing.applicationId !== obs.applicationId) {
    throw new Error(`Nova scoring job ${obs.novaScoringJobId} belongs to another application`);
  }
  const terminal = obs.status !== "pending";
  const keepExistingOutcome = existing && existing.status !== "PENDING" && !terminal;
  const outcome = keepExistingOutcome
    ? {}
    : {
        status: STATUS[obs.status],
        ...(obs.status === "completed"
          ? {
              score: obs.score ?? null,
              verdict: obs.assessment?.verdict ?? null,
              strengths: JSON.stringify(obs.assessment?.strengths ?? []),
              concerns: JSON.stringify(obs.assessment?.concerns ?? []),
              interviewFocus: JSON.stringify(obs.assessment?.interviewFocus ?? []),
              completedAt: obs.completedAt ?? new Date(),
              errorCode: null,
              errorMessage: null,
            }
          : {}),
        ...(obs.status === "failed"
          ? {
              errorCode: obs.errorCode ?? "UNKNOWN",
              errorMessage: obs.errorMessage ?? null,
              failedAt: obs.failedAt ?? new Date(),
            }
          : {}),
      };
  const facts = {
    ...(obs.criteriaVersionNovaId ? { criteriaVersionNovaId: obs.criteriaVersionNovaId } : {}),
    ...(obs.isRescore !== undefined ? { isRescore: obs.isRescore } : {}),
    ...(obs.queuedAt ? { submittedAt: obs.queuedAt } : {}),
    ...(obs.startedAt ? { startedAt: obs.startedAt } : {}),
    ...(obs.batchId ? { batchId: obs.batchId } : {}),
  };
  const row = existing
    ? await tx.scoringJob.update({ where: { id: existing.id }, data: { ...facts, ...outcome } })
    : await tx.scoringJob.create({
        data: {
          orgId: obs.orgId,
          applicationId: obs.applicationId,
          novaScoringJobId: obs.novaScoringJobId,
          submittedAt: obs.queuedAt ?? new Date(),
          ...facts,
          ...outcome,
          status: STATUS[obs.status],
        },
      });
  const currentId = await recomputeCurrent(tx, obs.applicationId);
  return { scoringJobId: row.id, current: currentId === row.id };
}

/**
 * The current result is the newest scoring job by submission time (Nova's queuedAt), never
 * simply the last one we heard about: a late webhook for an older job changes that job's row
 * but not what the application shows.
 */
export async function recomputeCurrent(tx: Tx, applicationId: string): Promise<string | null> {
  // The application row's lock first (a no-op UPDATE, portable): on PostgreSQL two instances can
  // apply an application's older and newer result at once, and without it the one that read before
  // the other committed would write its stale "newest" last (an application left PENDING with both
  // results in). Waiting here, the later reader sees the other's committed result.
  await tx.$executeRaw`UPDATE "Application" SET "id" = "id" WHERE "id" = ${applicationId}`;
  const newest = await tx.scoringJob.findFirst({
    where: { applicationId },
    orderBy: [{ submittedAt: "desc" }, { createdAt: "desc" }],
  });
  if (!newest) return null;
  const pipelineStatus = newest.status === "COMPLETED" ? "SCORED" : newest.status === "FAILED" ? "FAILED" : "PENDING";
  await tx.application.update({
    where: { id: applicationId },
    data: {
      currentScoringJobId: newest.id,
      currentScore: newest.status === "COMPLETED" ? newest.score : null,
      currentCriteriaVersionNovaId: newest.criteriaVersionNovaId,
      pipelineStatus,
      errorCode: newest.status === "FAILED" ? newest.errorCode : null,
      errorMessage: newest.status === "FAILED" ? newest.errorMessage : null,
    },
  });
  return newest.id;
}

export function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && "code" in err && (err as { code: unknown }).code === "P2002";
}
