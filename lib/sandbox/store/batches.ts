import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { transaction } from "@/lib/transaction";
import type { ErrorDetail } from "../http/errors";
import { notFound, validationError } from "../http/errors";
import { intakeResume, type ResumeInput } from "../intake";
import { notifyJobsQueued, notifyWebhooksQueued } from "../queue";
import { enqueueBatchCompleted } from "../webhooks/enqueue";
import {
  checkResumeSize,
  pendingJobData,
  planSubmission,
  type ApplicationData,
  type ScoringJobRow,
} from "./scoring-jobs";
import { isUniqueViolation } from "./unique";

export type BatchRow = Awaited<ReturnType<typeof db.sandboxBatch.findFirstOrThrow>>;

/** One application of a batch after its own validation: ready for intake, or already rejected. */
export type BatchEntry =
  | { applicationId: string; index: number; ok: true; resume: ResumeInput; applicationData?: ApplicationData }
  | { applicationId: string; index: number; ok: false; reason: string; message: string; field: string };

export interface Rejected {
  applicationId: string;
  error: { message: string; reason: string };
}
export interface Accepted {
  applicationId: string;
  scoringJobId: string;
}

export interface BatchSubmission {
  tenantId: string;
  jobId: string;
  jobDescription?: string;
  roleKnowledge?: string;
  language?: string;
  /** Only the older /v1/score/batch has a batch-level rescore. */
  rescore?: boolean;
  entries: BatchEntry[];
}

export function batchJson(batch: BatchRow) {
  return {
    id: batch.id,
    jobId: batch.jobId,
    status: batch.status,
    totalJobs: batch.totalJobs,
    completedJobs: batch.completedJobs,
    failedJobs: batch.failedJobs,
    createdAt: batch.createdAt.toISOString(),
    completedAt: batch.completedAt?.toISOString() ?? null,
  };
}

export const acceptedOf = (batch: BatchRow) => JSON.parse(batch.accepted) as Accepted[];
export const rejectedOf = (batch: BatchRow) => JSON.parse(batch.rejected) as Rejected[];

/** The same job and *set* of application ids is the same batch, whatever the order. */
export function applicationSetKey(applicationIds: string[]): string {
  return createHash("sha256")
    .update(JSON.stringify([...applicationIds].sort()))
    .digest("hex");
}

const INTAKE_CONCURRENCY = 5;

async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  });
  await Promise.all(workers);
  return out;
}

type Outcome =
  | { kind: "existing"; applicationId: string; job: ScoringJobRow }
  | { kind: "new"; entry: Extract<BatchEntry, { ok: true }>; resumeText: string }
  | { kind: "rejected"; applicationId: string; index: number; field: string; reason: string; message: string };

/**
 * Batch submission (§2.5): per-application intake; rejected applications get no job; all
 * rejected → 422 with per-application details and no batch; the same set → the same batch.
 * An application already scored for this job joins with its existing job (scoring stays
 * idempotent per application), counted as done if it already finished.
 */
export async function submitBatch(b: BatchSubmission): Promise<{ batch: BatchRow; created: boolean }> {
  const setKey = applicationSetKey(b.entries.map((e) => e.applicationId));
  for (let attempt = 0; ; attempt++) {
    // Checked first: a re-submitted set gets its batch back even if criteria changed since.
    const existingBatch = await findBatchBySet(b.tenantId, b.jobId, setKey);
    if (existingBatch) return { batch: existingBatch, created: false };
    const plan = await planSubmission({
      tenantId: b.tenantId,
      jobId: b.jobId,
      rescore: b.rescore ? { enabled: true } : undefined,
    });

    // The batch's earlier jobs in one read (not one per application: intake is Nova's bottleneck in a bulk import).
    const earlierJobs = new Map(
      (
        await db.sandboxScoringJob.findMany({
          where: {
            tenantId: b.tenantId,
            jobId: b.jobId,
            dedupeKey: plan.dedupeKey,
            applicationId: { in: b.entries.map((e) => e.applicationId) },
          },
        })
      ).map((job) => [job.applicationId, job]),
    );
    const outcomes = await mapLimited(b.entries, INTAKE_CONCURRENCY, (entry) =>
      intakeEntry(entry, earlierJobs.get(entry.applicationId) ?? null),
    );
    const rejected = outcomes
      .filter((o): o is Extract<Outcome, { kind: "rejected" }> => o.kind === "rejected")
      .sort((x, y) => (x.applicationId < y.applicationId ? -1 : x.applicationId > y.applicationId ? 1 : 0));
    if (rejected.length === b.entries.length) {
      const details: ErrorDetail[] = rejected.map((r) => ({
        field: r.field,
        code: r.reason,
        message: r.message,
        applicationId: r.applicationId,
      }));
      throw validationError(details, "Every application in the batch was rejected; no batch was created.", 422);
    }
    try {
      const batch = await transaction(async (tx) => {
        // Re-read earlier jobs inside the transaction: the worker may have finished one since intake.
        const earlierIds = outcomes.flatMap((o) => (o.kind === "existing" ? [o.job.id] : []));
        const earlier = await tx.sandboxScoringJob.findMany({ where: { id: { in: earlierIds } } });
        const done = earlier.filter((j) => j.status !== "pending");
        // A pending job already counted by another batch advances only that batch's counters;
        // it is listed as accepted here but left out of the totals, so this batch still closes.
        const countedElsewhere = earlier.filter((j) => j.status === "pending" && j.batchId !== null).length;
        const completed = done.filter((j) => j.status === "completed").length;
        const failed = done.length - completed;
        const total = outcomes.length - rejected.length - countedElsewhere;
        const finished = done.length === total;
        const created = await tx.sandboxBatch.create({
          data: {
            tenantId: b.tenantId,
            jobId: b.jobId,
            applicationSetKey: setKey,
            status: finished ? (failed ? "failed" : "completed") : "pending",
            completedAt: finished ? new Date() : null,
            totalJobs: total,
            completedJobs: completed,
            failedJobs: failed,
            rejected: JSON.stringify(
              rejected.map((r) => ({
                applicationId: r.applicationId,
                error: { message: r.message, reason: r.reason },
              })),
            ),
          },
        });
        // Adopt earlier pending jobs that belong to no batch, so the worker advances this batch's counters.
        await tx.sandboxScoringJob.updateMany({
          where: { id: { in: earlierIds }, batchId: null, status: "pending" },
          data: { batchId: created.id },
        });
        const accepted: Accepted[] = [];
        for (const o of outcomes) {
          if (o.kind === "rejected") continue;
          if (o.kind === "existing") {
            accepted.push({ applicationId: o.applicationId, scoringJobId: o.job.id });
            continue;
          }
          const submission = {
            ...o.entry,
            tenantId: b.tenantId,
            jobId: b.jobId,
            jobDescription: b.jobDescription,
            roleKnowledge: b.roleKnowledge,
            language: b.language,
          };
          const job = await tx.sandboxScoringJob.create({
            data: pendingJobData(submission, plan, o.resumeText, created.id),
          });
          accepted.push({ applicationId: o.entry.applicationId, scoringJobId: job.id });
        }
        const saved = await tx.sandboxBatch.update({
          where: { id: created.id },
          data: { accepted: JSON.stringify(accepted) },
        });
        // Every accepted job was already terminal: no worker will close this batch, so its
        // batch.completed is queued here (Nova sends one per batch, whatever the timing).
        if (finished) await enqueueBatchCompleted(tx, saved);
        return saved;
      });
      notifyJobsQueued();
      notifyWebhooksQueued();
      return { batch, created: true };
    } catch (err) {
      // A concurrent identical batch or a concurrent single submission won a unique key:
      // start over, which finds their rows.
      if (!isUniqueViolation(err) || attempt >= 2) throw err;
    }
  }
}

async function intakeEntry(entry: BatchEntry, existing: ScoringJobRow | null): Promise<Outcome> {
  if (!entry.ok)
    return {
      kind: "rejected",
      applicationId: entry.applicationId,
      index: entry.index,
      field: entry.field,
      reason: entry.reason,
      message: entry.message,
    };
  if (existing) return { kind: "existing", applicationId: entry.applicationId, job: existing };
  const field = `applications.${entry.index}.resume`;
  const tooLarge = checkResumeSize(entry.resume);
  if (tooLarge)
    return {
      kind: "rejected",
      applicationId: entry.applicationId,
      index: entry.index,
      field,
      reason: tooLarge.code,
      message: tooLarge.message,
    };
  const intake = await intakeResume(entry.resume);
  if (!intake.ok)
    return {
      kind: "rejected",
      applicationId: entry.applicationId,
      index: entry.index,
      field,
      reason: intake.code,
      message: intake.message,
    };
  return { kind: "new", entry, resumeText: intake.text };
}

function findBatchBySet(tenantId: string, jobId: string, applicationSetKey: string) {
  return db.sandboxBatch.findUnique({
    where: { tenantId_jobId_applicationSetKey: { tenantId, jobId, applicationSetKey } },
  });
}

export async function findBatch(tenantId: string, jobId: string, id: string): Promise<BatchRow> {
  const batch = await db.sandboxBatch.findFirst({ where: { id, tenantId, jobId } });
  if (!batch) throw notFound("BATCH_NOT_FOUND", `Batch ${id} was not found.`);
  return batch;
}

/** The accepted applications' jobs, in the batch's accepted order. */
export async function jobsOf(batch: BatchRow): Promise<ScoringJobRow[]> {
  const accepted = acceptedOf(batch);
  const rows = await db.sandboxScoringJob.findMany({ where: { id: { in: accepted.map((a) => a.scoringJobId) } } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return accepted.flatMap((a) => (byId.has(a.scoringJobId) ? [byId.get(a.scoringJobId)!] : []));
}
