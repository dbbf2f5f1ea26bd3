import { randomBytes } from "node:crypto";
import { claimRowIds, freeOrStale } from "@/lib/claims";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { backoffDelay, DEFAULT_RETRY } from "@/lib/nova/retry";
import { MAX_BATCH_APPLICATIONS } from "@/lib/nova/limits";
import { chunked } from "@/lib/chunks";
import { addProgress, closeIfDone } from "@/lib/scoring/operations";
import { transaction } from "@/lib/transaction";
import { loadApplications, sendBatch, sendOne, type SendOutcome } from "./send";

const WORKER_ID = `w_${process.pid}_${randomBytes(3).toString("hex")}`;
/** A claim older than this belongs to a crashed worker and may be taken over. */
const CLAIM_TTL_MS = 5 * 60_000;
/** After this many passes through the outbox an item is given up as failed. */
export const MAX_OUTBOX_ATTEMPTS = 8;

/**
 * Items per claim: ten full batches, about ten seconds of Nova's batch intake (1 request of 25
 * per second), or 25 s of rescores at the single endpoint's 10/s. Well inside CLAIM_TTL_MS.
 */
export const OUTBOX_CLAIM = 250;
/** Claims per pass at most: a pass ends now and then, so shutdown and the loop's pause still happen. */
const CLAIMS_PER_PASS = 8;
/**
 * Requests on the wire at once. The pacer decides when each may start; having the next one
 * already waiting at the pacer means a batch's answer and bookkeeping never delay the next
 * batch's start, so Nova's intake stays busy (ADR 043).
 */
const BATCHES_IN_FLIGHT = 3;
const SINGLES_IN_FLIGHT = 10;

type Claimed = Awaited<ReturnType<typeof db.outboxItem.findMany>>[number];
type Apps = Map<string, Awaited<ReturnType<typeof loadApplications>>[number]>;
/** One request's worth of claimed items: a batch of first submissions, or one rescore. */
type Task =
  | { kind: "batch"; items: Claimed[]; apps: Apps }
  | { kind: "single"; item: Claimed; apps: Apps; criteriaVersionId?: string | null };

/**
 * One pass over the outbox: claim due items (one statement, FOR UPDATE SKIP LOCKED on
 * PostgreSQL, so several instances never send the same one), send first submissions in batches
 * of ≤ 25 per job and rescores one by one (a few requests at once, paced to Nova's buckets),
 * settle each request's items and their progress in one short transaction, and put transient
 * failures back with a later nextAttemptAt. While work remains, the next claim is made before
 * the last requests of the previous one are answered (no gap in Nova's intake between claims).
 * Returns how many items it claimed; when its last claim was full, more may be waiting (the
 * loop then runs again at once).
 */
export async function runOutboxOnce(limit = OUTBOX_CLAIM): Promise<number> {
  const tasks: Task[] = [];
  let claimed = 0;
  let claims = 0;
  let lastFull = true;
  let claiming: Promise<void> | null = null;
  const refill = (): Promise<void> | null => {
    if (claiming || !lastFull || claims >= CLAIMS_PER_PASS) return claiming;
    claiming = (async () => {
      const n = await claimTasks(limit, tasks);
      claims++;
      claimed += n;
      lastFull = n >= limit;
    })().finally(() => (claiming = null));
    return claiming;
  };
  await refill();
  if (!claimed) return 0;

  const batchGate = semaphore(BATCHES_IN_FLIGHT);
  await Promise.all(
    Array.from({ length: SINGLES_IN_FLIGHT }, async () => {
      for (;;) {
        // Few requests left queued: claim the next items now, while these are still on the wire.
        // (A failed claim here is simply tried again by the next look; an awaited one fails the pass.)
        if (tasks.length <= BATCHES_IN_FLIGHT) refill()?.catch(() => undefined);
        if (!tasks.length) await refill();
        const task = tasks.shift();
        if (!task) return;
        if (task.kind === "batch") await batchGate(() => sendAndSettleBatch(task));
        else {
          const outcome = await sendOne(task.apps.get(task.item.applicationId)!, {
            criteriaVersionId: task.criteriaVersionId,
          });
          await settle([task.item], () => outcome);
        }
      }
    }),
  );
  return lastFull ? Math.max(claimed, limit) : claimed;
}

async function sendAndSettleBatch(task: Extract<Task, { kind: "batch" }>): Promise<void> {
  const outcomes = await sendBatch(task.items.map((c) => task.apps.get(c.applicationId)!));
  await settle(task.items, (item) => outcomes.get(item.applicationId) ?? { kind: "retry", message: "no outcome" });
}

/** Claims up to `limit` due items and queues them as requests; returns how many it claimed. */
async function claimTasks(limit: number, tasks: Task[]): Promise<number> {
  const now = new Date();
  const ids = await claimRowIds(db, {
    table: "OutboxItem",
    where: Prisma.sql`"status" = 'pending' AND "nextAttemptAt" <= ${now}
      AND ${freeOrStale(new Date(now.getTime() - CLAIM_TTL_MS))}`,
    orderBy: Prisma.sql`"createdAt" ASC`,
    set: Prisma.sql`"claimedBy" = ${WORKER_ID}, "claimedAt" = ${now}`,
    limit,
  });
  if (!ids.length) return 0;
  const claimed = await db.outboxItem.findMany({ where: { id: { in: ids } }, orderBy: { createdAt: "asc" } });
  const apps: Apps = new Map((await loadApplications(claimed.map((c) => c.applicationId))).map((a) => [a.id, a]));
  const ops = new Map(
    (await db.operation.findMany({ where: { id: { in: [...new Set(claimed.map((c) => c.operationId))] } } })).map(
      (o) => [o.id, o],
    ),
  );

  // Deleted meanwhile: nothing to send.
  const gone = claimed.filter((item) => !apps.has(item.applicationId));
  if (gone.length)
    await settle(gone, () => ({ kind: "rejected", code: "DELETED", message: "Application was deleted" }));

  const byJob = new Map<string, Claimed[]>();
  for (const item of claimed) {
    if (!apps.has(item.applicationId)) continue;
    if (item.kind === "RESCORE") {
      tasks.push({ kind: "single", item, apps, criteriaVersionId: ops.get(item.operationId)?.criteriaVersionNovaId });
      continue;
    }
    byJob.set(item.jobId, [...(byJob.get(item.jobId) ?? []), item]);
  }
  for (const group of byJob.values())
    for (const items of chunked(group, MAX_BATCH_APPLICATIONS)) tasks.push({ kind: "batch", items, apps });
  return claimed.length;
}

/** At most `n` of the wrapped calls run at once; the others wait their turn in order. */
function semaphore(n: number): <T>(fn: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (fn) => {
    // A finishing call hands its place straight to the next in line (never two racing for it).
    if (active >= n) await new Promise<void>((r) => waiting.push(r));
    else active++;
    try {
      return await fn();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

/**
 * Records what happened to one request's items, and their operations' progress, in one
 * transaction (a batch of 25 is a handful of statements, not 25 separate commits), then closes
 * the operations that are done. Items Nova could not take go back with a later nextAttemptAt;
 * after MAX_OUTBOX_ATTEMPTS they fail and their applications say why.
 */
async function settle(items: Claimed[], outcomeOf: (item: Claimed) => SendOutcome): Promise<void> {
  const now = new Date();
  const progress = new Map<string, { processed: number; failed: number }>();
  const count = (operationId: string, failed: boolean) => {
    const p = progress.get(operationId) ?? { processed: 0, failed: 0 };
    p.processed++;
    if (failed) p.failed++;
    progress.set(operationId, p);
  };
  await transaction(async (tx) => {
    progress.clear();
    const sent = items.filter((item) => outcomeOf(item).kind === "sent");
    if (sent.length) {
      await tx.outboxItem.updateMany({
        where: { id: { in: sent.map((i) => i.id) } },
        data: { status: "sent", lastError: null, doneAt: now, attempts: { increment: 1 } },
      });
      for (const item of sent) count(item.operationId, false);
    }
    for (const item of items) {
      const outcome = outcomeOf(item);
      if (outcome.kind === "sent") continue;
      if (outcome.kind === "rejected") {
        await tx.outboxItem.update({
          where: { id: item.id },
          data: {
            status: "rejected",
            lastError: outcome.message,
            doneAt: now,
            ...(outcome.code === "DELETED" ? {} : { attempts: item.attempts + 1 }),
          },
        });
        count(item.operationId, true);
        continue;
      }
      const attempts = item.attempts + 1;
      if (attempts < MAX_OUTBOX_ATTEMPTS) {
        const delay = backoffDelay(attempts, { ...DEFAULT_RETRY, maxDelayMs: 5 * 60_000 }, null);
        await tx.outboxItem.update({
          where: { id: item.id },
          data: {
            attempts,
            lastError: outcome.message,
            claimedBy: null,
            claimedAt: null,
            nextAttemptAt: new Date(now.getTime() + delay),
          },
        });
        continue;
      }
      await tx.outboxItem.update({
        where: { id: item.id },
        data: { attempts, status: "failed", lastError: outcome.message, doneAt: now },
      });
      await tx.application.updateMany({
        where: { id: item.applicationId, currentScoringJobId: null },
        data: {
          pipelineStatus: "FAILED",
          errorCode: "NOVA_UNAVAILABLE",
          errorMessage: "Nova could not be reached. Submit again later.",
        },
      });
      count(item.operationId, true);
    }
    for (const [operationId, p] of progress) await addProgress(tx, operationId, p.processed, p.failed);
  });
  for (const operationId of progress.keys()) await closeIfDone(operationId);
}

/**
 * Graceful shutdown: hands this process's unfinished claims back at once, so another instance
 * sends them now instead of after CLAIM_TTL_MS. Nova's idempotency on (job, application) makes
 * a send that was already on the wire harmless to repeat.
 */
export async function releaseOutboxClaims(): Promise<number> {
  const { count } = await db.outboxItem.updateMany({
    where: { claimedBy: WORKER_ID, status: "pending" },
    data: { claimedBy: null, claimedAt: null },
  });
  return count;
}
