import type { Prisma } from "@/lib/db";
import type { ScoringJob } from "@/lib/generated/prisma/client";
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
 * A batch's acceptances (new pending jobs, up to 25) in ONE short transaction with a handful of
 * statements instead of four per application: under a busy database the per-application writes
 * were what kept the outbox from keeping Nova's intake busy (ADR 043). Jobs we already know
 * (a webhook got there first) go through applyObservation as usual; the rest are inserted
 * together, and each application's current result is recomputed from one read of its jobs with
 * the same rule as recomputeCurrent. A unique violation (a webhook created a job meanwhile)
 * runs the whole again once, which then finds that job.
 */
export async function recordAcceptances(observations: ScoringObservation[]): Promise<void> {
  if (!observations.length) return;
  const run = () => transaction((tx) => applyAcceptances(tx, observations));
  try {
    await run();
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    await run();
  }
}

async function applyAcceptances(tx: Tx, observations: ScoringObservation[]): Promise<void> {
  const known = new Set(
    (
      await tx.scoringJob.findMany({
        where: { novaScoringJobId: { in: observations.map((o) => o.novaScoringJobId) } },
        select: { novaScoringJobId: true },
      })
    ).map((j) => j.novaScoringJobId),
  );
  const fresh = observations.filter((o) => o.status === "pending" && !known.has(o.novaScoringJobId));
  for (const obs of observations) if (!fresh.includes(obs)) await applyObservation(tx, obs);
  if (!fresh.length) return;
  await tx.scoringJob.createMany({
    data: fresh.map((obs) => ({
      orgId: obs.orgId,
      applicationId: obs.applicationId,
      novaScoringJobId: obs.novaScoringJobId,
      status: STATUS.pending,
      submittedAt: obs.queuedAt ?? new Date(),
      ...(obs.criteriaVersionNovaId ? { criteriaVersionNovaId: obs.criteriaVersionNovaId } : {}),
      ...(obs.isRescore !== undefined ? { isRescore: obs.isRescore } : {}),
      ...(obs.batchId ? { batchId: obs.batchId } : {}),
    })),
  });
  const jobs = await tx.scoringJob.findMany({
    where: { applicationId: { in: [...new Set(fresh.map((o) => o.applicationId))] } },
    orderBy: [{ submittedAt: "desc" }, { createdAt: "desc" }],
  });
  const newest = new Map<string, (typeof jobs)[number]>();
  for (const job of jobs) if (!newest.has(job.applicationId)) newest.set(job.applicationId, job);
  for (const [applicationId, job] of newest) await tx.application.update(currentUpdate(applicationId, job));
}

/** The application's denormalised current result, from its newest scoring job. */
function currentUpdate(
  applicationId: string,
  newest: {
    id: string;
    status: string;
    score: number | null;
    criteriaVersionNovaId: string | null;
    errorCode: string | null;
    errorMessage: string | null;
  },
) {
  return {
    where: { id: applicationId },
    data: {
      currentScoringJobId: newest.id,
      currentScore: newest.status === "COMPLETED" ? newest.score : null,
      currentCriteriaVersionNovaId: newest.criteriaVersionNovaId,
      pipelineStatus: (newest.status === "COMPLETED" ? "SCORED" : newest.status === "FAILED" ? "FAILED" : "PENDING") as
        "SCORED" | "FAILED" | "PENDING",
      errorCode: newest.status === "FAILED" ? newest.errorCode : null,
      errorMessage: newest.status === "FAILED" ? newest.errorMessage : null,
    },
  };
}

/**
 * The same inside a caller's transaction (the webhook applier applies a batch in one). A
 * unique violation there means a concurrent writer created the job first: the caller retries.
 * `known` is the job's row when the caller already read it in this transaction (null: none).
 */
export async function applyObservation(
  tx: Tx,
  obs: ScoringObservation,
  known?: ScoringJob | null,
): Promise<{ scoringJobId: string; current: boolean }> {
  const existing =
    known !== undefined ? known : await tx.scoringJob.findUnique({ where: { novaScoringJobId: obs.novaScoringJobId } });
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
  // Take the application row's lock before choosing (a no-op UPDATE, portable; it moves no
  // counter: the JobCount triggers watch other columns). Two instances recording results for the
  // same application at once (PostgreSQL, READ COMMITTED) then choose one after the other.
  // Without it, each chose from what was committed before it, so the later commit could show the
  // newer job as still pending, or the older job as current (lib/scoring/results.db.test.ts).
  await tx.$executeRaw`UPDATE "Application" SET "id" = "id" WHERE "id" = ${applicationId}`;
  const newest = await tx.scoringJob.findFirst({
    where: { applicationId },
    orderBy: [{ submittedAt: "desc" }, { createdAt: "desc" }],
  });
  if (!newest) return null;
  await tx.application.update(currentUpdate(applicationId, newest));
  return newest.id;
}

export function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && "code" in err && (err as { code: unknown }).code === "P2002";
}
