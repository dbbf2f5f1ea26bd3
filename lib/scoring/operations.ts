import { recordAudit } from "@/lib/audit";
import { chunked, ID_CHUNK } from "@/lib/chunks";
import { db, type Prisma } from "@/lib/db";
import { submittableWhere } from "@/lib/applications/submittable";
import { lockJobForScoring } from "@/lib/jobs/scoring-lock";
import type { OperationKind, OperationStatus } from "@/lib/generated/prisma/enums";
import { transaction } from "@/lib/transaction";
import { currentRanker, snapshotChunk, type RankOf } from "./rescore-report";

export type { OperationKind, OperationStatus };

/** An operation's progress as the status poll shows it (client code imports the type only). */
export interface OperationView {
  id: string;
  kind: OperationKind;
  status: OperationStatus;
  total: number;
  processed: number;
  failed: number;
}

const VIEW = { id: true, kind: true, status: true, total: true, processed: true, failed: true } as const;

/** Not yet finished: the worker is still sending (or about to). */
export const UNFINISHED_STATUSES: OperationStatus[] = ["queuing", "pending", "running"];

export async function getOperation(orgId: string, operationId: string): Promise<OperationView | null> {
  return db.operation.findFirst({ where: { id: operationId, orgId }, select: VIEW });
}

/**
 * An operation being filled chunk by chunk. The worker may already send its first items, but
 * does not close it (see countProgress) until every chunk is queued.
 */
const QUEUING: OperationStatus = "queuing";

/**
 * Records a bulk submit/rescore and its outbox items; the worker does the sending. Ids are
 * queued in chunks of `chunkSize`, each in its own short transaction (a 10,000-candidate job
 * never holds the database in one long write, and no statement has an unbounded `IN` list);
 * the operation's total grows chunk by chunk, so its progress shows from the first chunk.
 * Applications that already have unsent outbox work are skipped, and submits only take
 * applications never accepted by Nova (not submitted, failed to send, or rejected for a reason a
 * resubmission can fix: lib/applications/submittable.ts), moving
 * them to PENDING in the same transaction as their outbox items: a double click finds nothing
 * left to queue, and a failure part-way leaves each application either queued (PENDING) or
 * untouched (not submitted), never in between.
 */
export async function createOperation(
  input: {
    orgId: string;
    jobId: string;
    kind: OperationKind;
    applicationIds: string[];
    actorId: string;
    criteriaVersionNovaId?: string | null;
    audit?: { action: string; data?: Record<string, unknown> };
  },
  chunkSize = ID_CHUNK,
): Promise<{ operationId: string | null; count: number }> {
  const unique = [...new Set(input.applicationIds)];
  if (!unique.length) return { operationId: null, count: 0 };
  const op = await db.operation.create({
    data: {
      orgId: input.orgId,
      jobId: input.jobId,
      kind: input.kind,
      status: QUEUING,
      total: 0,
      createdById: input.actorId,
      criteriaVersionNovaId: input.criteriaVersionNovaId ?? null,
    },
  });
  let count = 0;
  // A rescore records each candidate's score and rank as they were, for its report.
  const rankOf = input.kind === "RESCORE" ? await currentRanker(input.orgId, input.jobId) : null;
  try {
    for (const chunk of chunked(unique, chunkSize)) count += await queueChunk(op.id, input, chunk, rankOf);
  } finally {
    // Whatever was queued gets sent and counted, even when a later chunk failed.
    await finishQueuing(op.id, count);
  }
  if (!count) return { operationId: null, count: 0 };
  if (input.audit) {
    await recordAudit(db, {
      orgId: input.orgId,
      actorId: input.actorId,
      action: input.audit.action,
      targetType: "job",
      targetId: input.jobId,
      data: { operationId: op.id, count, ...input.audit.data },
    });
  }
  return { operationId: op.id, count };
}

async function queueChunk(
  operationId: string,
  input: { orgId: string; jobId: string; kind: OperationKind },
  chunk: string[],
  rankOf: RankOf | null,
): Promise<number> {
  return transaction(async (tx) => {
    const busy = await tx.outboxItem.findMany({
      where: { applicationId: { in: chunk }, status: "pending" },
      select: { applicationId: true },
    });
    const busyIds = new Set(busy.map((b) => b.applicationId));
    let ids = chunk.filter((id) => !busyIds.has(id));
    if (input.kind === "SUBMIT" && ids.length) {
      // Serialised with the "already submitted → admin-only" checks on this job's criteria.
      await lockJobForScoring(tx, input.jobId);
      const claimable = await tx.application.findMany({
        where: { id: { in: ids }, orgId: input.orgId, ...submittableWhere },
        select: { id: true },
      });
      ids = claimable.map((a) => a.id);
      await tx.application.updateMany({
        where: { id: { in: ids } },
        data: { pipelineStatus: "PENDING", errorCode: null, errorMessage: null },
      });
    }
    if (!ids.length) return 0;
    await tx.outboxItem.createMany({
      data: ids.map((applicationId) => ({
        operationId,
        orgId: input.orgId,
        jobId: input.jobId,
        applicationId,
        kind: input.kind,
      })),
    });
    if (rankOf) await snapshotChunk(tx, operationId, ids, rankOf);
    await tx.operation.update({ where: { id: operationId }, data: { total: { increment: ids.length } } });
    return ids.length;
  });
}

/** Every chunk is queued: an empty operation goes away; otherwise it runs (or is already done). */
async function finishQueuing(operationId: string, count: number): Promise<void> {
  if (!count) {
    await db.operation.delete({ where: { id: operationId } });
    return;
  }
  await db.operation.update({ where: { id: operationId }, data: { status: "running" } });
  await closeIfDone(operationId);
}

/**
 * Counts finished items into their operation, closing it when everything is accounted for. An
 * operation still being queued stays open: its total is not final yet (finishQueuing closes it).
 */
export async function countProgress(operationId: string, processed: number, failed: number): Promise<void> {
  await addProgress(db, operationId, processed, failed);
  await closeIfDone(operationId);
}

/**
 * The counting half of countProgress, inside the caller's transaction (the outbox settles a
 * batch's items and their progress in one); call closeIfDone once it has committed.
 */
export async function addProgress(
  tx: Prisma.TransactionClient,
  operationId: string,
  processed: number,
  failed: number,
): Promise<void> {
  await tx.operation.update({
    where: { id: operationId },
    data: { processed: { increment: processed }, failed: { increment: failed } },
  });
}

export async function closeIfDone(operationId: string): Promise<void> {
  const op = await db.operation.findUnique({ where: { id: operationId } });
  if (!op || op.status === QUEUING || op.completedAt || op.processed < op.total) return;
  await db.operation.updateMany({
    where: { id: operationId, completedAt: null, status: { not: QUEUING } },
    data: { status: op.failed >= op.total ? "failed" : "completed", completedAt: new Date() },
  });
}
