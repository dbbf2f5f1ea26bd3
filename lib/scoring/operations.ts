import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import type { OperationKind, OperationStatus } from "@/lib/generated/prisma/enums";
import { transaction } from "@/lib/transaction";

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
export const UNFINISHED_STATUSES: OperationStatus[] = ["pending", "running"];

export async function getOperation(orgId: string, operationId: string): Promise<OperationView | null> {
  return db.operation.findFirst({ where: { id: operationId, orgId }, select: VIEW });
}

/**
 * Records a bulk submit/rescore and its outbox items in one transaction; the worker does the
 * sending. Applications that already have unsent outbox work are skipped, and submits only
 * take applications never accepted by Nova (not submitted, rejected, or failed to send), moving them to
 * PENDING in the same transaction: a double click finds nothing left to queue.
 */
export async function createOperation(input: {
  orgId: string;
  jobId: string;
  kind: OperationKind;
  applicationIds: string[];
  actorId: string;
  criteriaVersionNovaId?: string | null;
  audit?: { action: string; data?: Record<string, unknown> };
}): Promise<{ operationId: string | null; count: number }> {
  return transaction(async (tx) => {
    const busy = await tx.outboxItem.findMany({
      where: { applicationId: { in: input.applicationIds }, status: "pending" },
      select: { applicationId: true },
    });
    const busyIds = new Set(busy.map((b) => b.applicationId));
    let ids = input.applicationIds.filter((id) => !busyIds.has(id));
    if (input.kind === "SUBMIT" && ids.length) {
      const claimable = await tx.application.findMany({
        where: {
          id: { in: ids },
          orgId: input.orgId,
          OR: [
            { pipelineStatus: { in: ["NOT_SUBMITTED", "REJECTED"] } },
            { pipelineStatus: "FAILED", currentScoringJobId: null },
          ],
        },
        select: { id: true },
      });
      ids = claimable.map((a) => a.id);
      await tx.application.updateMany({
        where: { id: { in: ids } },
        data: { pipelineStatus: "PENDING", errorCode: null, errorMessage: null },
      });
    }
    if (!ids.length) return { operationId: null, count: 0 };
    const op = await tx.operation.create({
      data: {
        orgId: input.orgId,
        jobId: input.jobId,
        kind: input.kind,
        total: ids.length,
        createdById: input.actorId,
        criteriaVersionNovaId: input.criteriaVersionNovaId ?? null,
      },
    });
    await tx.outboxItem.createMany({
      data: ids.map((applicationId) => ({
        operationId: op.id,
        orgId: input.orgId,
        jobId: input.jobId,
        applicationId,
        kind: input.kind,
      })),
    });
    if (input.audit) {
      await recordAudit(tx, {
        orgId: input.orgId,
        actorId: input.actorId,
        action: input.audit.action,
        targetType: "job",
        targetId: input.jobId,
        data: { operationId: op.id, count: ids.length, ...input.audit.data },
      });
    }
    return { operationId: op.id, count: ids.length };
  });
}

/** Counts finished items into their operation, closing it when everything is accounted for. */
export async function countProgress(operationId: string, processed: number, failed: number): Promise<void> {
  const op = await db.operation.update({
    where: { id: operationId },
    data: { processed: { increment: processed }, failed: { increment: failed }, status: "running" },
  });
  if (op.processed >= op.total) {
    await db.operation.update({
      where: { id: operationId },
      data: { status: op.failed >= op.total ? "failed" : "completed", completedAt: new Date() },
    });
  }
}
