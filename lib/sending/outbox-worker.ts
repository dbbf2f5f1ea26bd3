import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { backoffDelay, DEFAULT_RETRY } from "@/lib/nova/retry";
import { MAX_BATCH_APPLICATIONS } from "@/lib/nova/limits";
import { countProgress } from "@/lib/scoring/operations";
import { loadApplications, sendBatch, sendOne, type SendOutcome } from "./send";

const WORKER_ID = `w_${process.pid}_${randomBytes(3).toString("hex")}`;
/** A claim older than this belongs to a crashed worker and may be taken over. */
const CLAIM_TTL_MS = 5 * 60_000;
/** After this many passes through the outbox an item is given up as failed. */
export const MAX_OUTBOX_ATTEMPTS = 8;

/**
 * One pass over the outbox: claim due items (row by row, so several instances never send the
 * same one), send first submissions in batches of ≤ 25 per job and rescores one by one, record
 * outcomes and progress, and put transient failures back with a later nextAttemptAt.
 */
export async function runOutboxOnce(limit = 100): Promise<number> {
  const now = new Date();
  const due = await db.outboxItem.findMany({
    where: {
      status: "pending",
      nextAttemptAt: { lte: now },
      OR: [{ claimedBy: null }, { claimedAt: { lt: new Date(now.getTime() - CLAIM_TTL_MS) } }],
    },
    orderBy: { createdAt: "asc" },
    take: limit,
  });
  const claimed = [];
  for (const item of due) {
    const { count } = await db.outboxItem.updateMany({
      where: {
        id: item.id,
        status: "pending",
        OR: [{ claimedBy: null }, { claimedAt: { lt: new Date(now.getTime() - CLAIM_TTL_MS) } }],
      },
      data: { claimedBy: WORKER_ID, claimedAt: new Date() },
    });
    if (count === 1) claimed.push(item);
  }
  if (!claimed.length) return 0;

  const apps = new Map((await loadApplications(claimed.map((c) => c.applicationId))).map((a) => [a.id, a]));
  const ops = new Map(
    (await db.operation.findMany({ where: { id: { in: [...new Set(claimed.map((c) => c.operationId))] } } })).map(
      (o) => [o.id, o],
    ),
  );

  const submits = new Map<string, typeof claimed>();
  for (const item of claimed) {
    const app = apps.get(item.applicationId);
    if (!app) {
      // Deleted meanwhile: nothing to send.
      await finish(item, { kind: "rejected", code: "DELETED", message: "Application was deleted" });
      continue;
    }
    if (item.kind === "RESCORE") {
      await finish(item, await sendOne(app, { criteriaVersionId: ops.get(item.operationId)?.criteriaVersionNovaId }));
    } else {
      const group = submits.get(item.jobId) ?? [];
      group.push(item);
      submits.set(item.jobId, group);
    }
  }
  for (const group of submits.values()) {
    for (let i = 0; i < group.length; i += MAX_BATCH_APPLICATIONS) {
      const chunk = group.slice(i, i + MAX_BATCH_APPLICATIONS);
      const outcomes = await sendBatch(chunk.map((c) => apps.get(c.applicationId)!));
      for (const item of chunk)
        await finish(item, outcomes.get(item.applicationId) ?? { kind: "retry", message: "no outcome" });
    }
  }
  return claimed.length;
}

async function finish(
  item: { id: string; operationId: string; applicationId: string; attempts: number },
  outcome: SendOutcome,
): Promise<void> {
  if (outcome.kind === "retry") {
    const attempts = item.attempts + 1;
    if (attempts < MAX_OUTBOX_ATTEMPTS) {
      const delay = backoffDelay(attempts, { ...DEFAULT_RETRY, maxDelayMs: 5 * 60_000 }, null);
      await db.outboxItem.update({
        where: { id: item.id },
        data: {
          attempts,
          lastError: outcome.message,
          claimedBy: null,
          claimedAt: null,
          nextAttemptAt: new Date(Date.now() + delay),
        },
      });
      return;
    }
    await db.outboxItem.update({
      where: { id: item.id },
      data: { attempts, status: "failed", lastError: outcome.message, doneAt: new Date() },
    });
    await db.application.updateMany({
      where: { id: item.applicationId, currentScoringJobId: null },
      data: {
        pipelineStatus: "FAILED",
        errorCode: "NOVA_UNAVAILABLE",
        errorMessage: "Nova could not be reached. Submit again later.",
      },
    });
    await countProgress(item.operationId, 1, 1);
    return;
  }
  if (outcome.kind === "rejected" && outcome.code === "DELETED") {
    await db.outboxItem.update({
      where: { id: item.id },
      data: { status: "rejected", lastError: outcome.message, doneAt: new Date() },
    });
  } else {
    await db.outboxItem.update({
      where: { id: item.id },
      data: {
        status: outcome.kind,
        lastError: outcome.kind === "rejected" ? outcome.message : null,
        doneAt: new Date(),
        attempts: item.attempts + 1,
      },
    });
  }
  await countProgress(item.operationId, 1, outcome.kind === "sent" ? 0 : 1);
}
