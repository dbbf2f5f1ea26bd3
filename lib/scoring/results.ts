import { randomUUID } from "node:crypto";
import { enumValue } from "@/lib/db-provider";
import { Prisma, type ScoringJob } from "@/lib/generated/prisma/client";
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
export function recordScoringObservation(obs: ScoringObservation): Promise<{ scoringJobId: string; current: boolean }> {
  return inTransactionRetryingCreateRace((tx) => applyObservation(tx, obs));
}

/**
 * A batch's acceptances (new pending jobs, up to 25) in ONE short transaction with a handful of
 * statements instead of four per application: under a busy database the per-application writes
 * were what kept the outbox from keeping Nova's intake busy (ADR 043); see applyObservations.
 */
export async function recordAcceptances(observations: ScoringObservation[]): Promise<void> {
  if (!observations.length) return;
  await inTransactionRetryingCreateRace((tx) => applyObservations(tx, observations));
}

/**
 * Runs a recording in its own transaction, and once more after a unique violation: two writers
 * created the same Nova job at once (a webhook and the submit answer), and the second run finds
 * the winner's row and updates it.
 */
async function inTransactionRetryingCreateRace<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await transaction(fn);
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    return transaction(fn);
  }
}

/**
 * The same inside a caller's transaction. A unique violation there means a concurrent writer
 * created the job first: the caller retries.
 */
export async function applyObservation(
  tx: Tx,
  obs: ScoringObservation,
): Promise<{ scoringJobId: string; current: boolean }> {
  const [result] = await applyObservations(tx, [obs]);
  if (result!.kind === "foreign")
    throw new Error(`Nova scoring job ${obs.novaScoringJobId} belongs to another application`);
  return result!;
}

export type ObservationResult = { kind: "recorded"; scoringJobId: string; current: boolean } | { kind: "foreign" };

/**
 * Several observations in the caller's transaction with a handful of statements per round
 * instead of six per observation (the webhook applier applies a group of deliveries at once;
 * issue 9): one read of the jobs already known, one insert of the new ones, an update per known
 * job, and one recomputation of the applications' current results. A round holds each
 * application and each Nova job at most once, so observations of the same application are
 * applied in their order, round after round, exactly as one by one. An observation whose Nova
 * job belongs to another application is `foreign` and changes nothing.
 */
export async function applyObservations(tx: Tx, observations: ScoringObservation[]): Promise<ObservationResult[]> {
  const results: ObservationResult[] = new Array(observations.length);
  for (const round of rounds(observations)) {
    const existing = new Map<string, KnownJob>();
    for (const job of await tx.$queryRaw<KnownJob[]>`
      SELECT "id", "applicationId", "novaScoringJobId", "status" FROM "ScoringJob"
      WHERE "novaScoringJobId" IN (${Prisma.join(round.map((i) => observations[i]!.novaScoringJobId))})`)
      existing.set(job.novaScoringJobId, job);
    const creates: NewScoringJob[] = [];
    const recorded: number[] = [];
    const jobIds = new Map<number, string>();
    for (const i of round) {
      const obs = observations[i]!;
      const job = existing.get(obs.novaScoringJobId);
      if (job && job.applicationId !== obs.applicationId) {
        results[i] = { kind: "foreign" };
        continue;
      }
      recorded.push(i);
      const data = { ...observedFacts(obs), ...observedOutcome(obs, job) };
      if (job) {
        await tx.scoringJob.update({ where: { id: job.id }, data });
        jobIds.set(i, job.id);
      } else
        creates.push({
          orgId: obs.orgId,
          applicationId: obs.applicationId,
          novaScoringJobId: obs.novaScoringJobId,
          submittedAt: obs.queuedAt ?? new Date(),
          ...data,
          status: STATUS[obs.status],
        });
    }
    if (creates.length) {
      const idOf = await insertScoringJobs(tx, creates);
      for (const i of recorded) if (!jobIds.has(i)) jobIds.set(i, idOf.get(observations[i]!.novaScoringJobId)!);
    }
    const current = await recomputeCurrent(
      tx,
      recorded.map((i) => observations[i]!.applicationId),
    );
    for (const i of recorded) {
      const scoringJobId = jobIds.get(i)!;
      results[i] = {
        kind: "recorded",
        scoringJobId,
        current: current.get(observations[i]!.applicationId) === scoringJobId,
      };
    }
  }
  return results;
}

/** What a round reads of the scoring jobs it already knows. */
type KnownJob = Pick<ScoringJob, "id" | "applicationId" | "novaScoringJobId" | "status">;

type NewScoringJob = Pick<ScoringJob, "orgId" | "applicationId" | "novaScoringJobId" | "submittedAt" | "status"> &
  Partial<Omit<ScoringJob, "id" | "createdAt" | "updatedAt">>;

const INSERTED_COLUMNS = [
  "orgId",
  "applicationId",
  "novaScoringJobId",
  "criteriaVersionNovaId",
  "isRescore",
  "score",
  "verdict",
  "strengths",
  "concerns",
  "interviewFocus",
  "errorCode",
  "errorMessage",
  "submittedAt",
  "startedAt",
  "completedAt",
  "failedAt",
  "batchId",
] as const satisfies readonly (keyof NewScoringJob)[];

/**
 * A round's new scoring jobs in one INSERT; returns each Nova job id's row id. Raw SQL because
 * Prisma's createManyAndReturn spent ~19 ms compiling each group's statement (44 % of the
 * webhook applier's time; ADR 048). Ids are random UUIDs, as the webhook inbox's are. A Nova job
 * another writer inserted meanwhile is a create race (isUniqueViolation): the caller retries
 * and then finds and updates that row.
 */
async function insertScoringJobs(tx: Tx, jobs: NewScoringJob[]): Promise<Map<string, string>> {
  const now = new Date();
  const rows = jobs.map((job) => {
    // isRescore is the only column without NULL: absent means a first scoring.
    const values = INSERTED_COLUMNS.map((column) =>
      column === "isRescore" ? (job.isRescore ?? false) : (job[column] ?? null),
    );
    return Prisma.sql`(${randomUUID()}, ${Prisma.join(values)}, ${enumValue(job.status, "ScoringStatus")}, ${now}, ${now})`;
  });
  const inserted = await tx.$queryRaw<{ id: string; novaScoringJobId: string }[]>`
    INSERT INTO "ScoringJob" ("id", ${Prisma.join(INSERTED_COLUMNS.map((c) => Prisma.raw(`"${c}"`)))}, "status",
      "createdAt", "updatedAt")
    VALUES ${Prisma.join(rows)}
    ON CONFLICT ("novaScoringJobId") DO NOTHING
    RETURNING "id", "novaScoringJobId"`;
  if (inserted.length < jobs.length) throw new CreateRace();
  return new Map(inserted.map((r) => [r.novaScoringJobId, r.id]));
}

/** Another writer created one of the Nova jobs being inserted: run the recording again. */
class CreateRace extends Error {
  constructor() {
    super("a scoring job was created concurrently");
  }
}

/** Observation indexes in rounds: within one, every application and Nova job at most once; order kept per key. */
function rounds(observations: ScoringObservation[]): number[][] {
  const out: number[][] = [];
  const lastRound = new Map<string, number>();
  observations.forEach((obs, i) => {
    const keys = [`a:${obs.applicationId}`, `j:${obs.novaScoringJobId}`];
    const r = Math.max(...keys.map((k) => lastRound.get(k) ?? -1)) + 1;
    (out[r] ??= []).push(i);
    for (const k of keys) lastRound.set(k, r);
  });
  return out;
}

/** What the observation says about the job besides its outcome. */
function observedFacts(obs: ScoringObservation) {
  return {
    ...(obs.criteriaVersionNovaId ? { criteriaVersionNovaId: obs.criteriaVersionNovaId } : {}),
    ...(obs.isRescore !== undefined ? { isRescore: obs.isRescore } : {}),
    ...(obs.queuedAt ? { submittedAt: obs.queuedAt } : {}),
    ...(obs.startedAt ? { startedAt: obs.startedAt } : {}),
    ...(obs.batchId ? { batchId: obs.batchId } : {}),
  };
}

/** The job's outcome fields; none when a stale "pending" would overwrite a terminal result. */
function observedOutcome(obs: ScoringObservation, existing: KnownJob | undefined) {
  if (existing && existing.status !== "PENDING" && obs.status === "pending") return {};
  return {
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
}

/**
 * The current result is the newest scoring job by submission time (Nova's queuedAt), never
 * simply the last one we heard about: a late webhook for an older job changes that job's row
 * but not what the application shows. For a round's applications (a group's worth of ids at
 * most); returns each one's current job id.
 */
export async function recomputeCurrent(tx: Tx, applicationIds: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(applicationIds)].sort();
  if (!ids.length) return new Map();
  // Take the applications' row locks before choosing (a no-op UPDATE, portable; it moves no
  // counter: the JobCount triggers watch other columns), in id order (ADR 040). Two instances
  // recording results for the same application at once (PostgreSQL, READ COMMITTED) then choose
  // one after the other. Without it, each chose from what was committed before it, so the later
  // commit could show the newer job as still pending, or the older job as current
  // (lib/scoring/results.db.test.ts).
  await tx.$executeRaw`UPDATE "Application" SET "id" = "id" WHERE "id" IN (${Prisma.join(ids)})`;
  // Then every application's denormalised result from its newest job in ONE statement (a
  // statement after the lock sees what the lock waited for). The pipeline status's CASE ends in
  // the column itself so that PostgreSQL types it as the enum.
  const rows = await tx.$queryRaw<{ id: string; currentScoringJobId: string }[]>`
    UPDATE "Application" SET
      "currentScoringJobId" = n."id",
      "currentScore" = CASE WHEN n."status" = 'COMPLETED' THEN n."score" END,
      "currentCriteriaVersionNovaId" = n."criteriaVersionNovaId",
      "pipelineStatus" = CASE n."status" WHEN 'COMPLETED' THEN 'SCORED' WHEN 'FAILED' THEN 'FAILED'
        WHEN 'PENDING' THEN 'PENDING' ELSE "Application"."pipelineStatus" END,
      "errorCode" = CASE WHEN n."status" = 'FAILED' THEN n."errorCode" END,
      "errorMessage" = CASE WHEN n."status" = 'FAILED' THEN n."errorMessage" END
    FROM (
      SELECT s."id", s."applicationId", s."status", s."score", s."criteriaVersionNovaId", s."errorCode",
        s."errorMessage", ROW_NUMBER() OVER (
          PARTITION BY s."applicationId" ORDER BY s."submittedAt" DESC, s."createdAt" DESC) AS "rank"
      FROM "ScoringJob" s WHERE s."applicationId" IN (${Prisma.join(ids)})
    ) AS n
    WHERE n."rank" = 1 AND "Application"."id" = n."applicationId"
    RETURNING "Application"."id", "Application"."currentScoringJobId"`;
  return new Map(rows.map((r) => [r.id, r.currentScoringJobId]));
}

export function isUniqueViolation(err: unknown): boolean {
  if (err instanceof CreateRace) return true;
  return typeof err === "object" && err !== null && "code" in err && (err as { code: unknown }).code === "P2002";
}
