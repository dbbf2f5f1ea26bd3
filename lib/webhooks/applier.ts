import { randomBytes } from "node:crypto";
import { claimRowIds, freeOrStale } from "@/lib/claims";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { webhookPayload, type WebhookPayload } from "@/lib/nova/schemas";
import { applyNovaEvents } from "@/lib/scoring/events";
import { transaction } from "@/lib/transaction";

const WORKER_ID = `inbox_${process.pid}_${randomBytes(3).toString("hex")}`;
/** Applying a claimed batch takes well under a second; an older claim belongs to a dead process. */
const CLAIM_TTL_MS = 60_000;
/** A delivery that fails this many times is given up and shown as failed in the log. */
export const MAX_APPLY_ATTEMPTS = 5;
/**
 * Deliveries applied per transaction. On SQLite a transaction holds the process's only database
 * connection until it commits, so this bounds how long the receiver's next insert and a user
 * action wait behind the applier. Fewer per transaction was tried (10): more commits, and libsql
 * opens a fresh connection after each, so the backlog after a burst took longer to apply.
 */
const PER_TRANSACTION = 25;
/** Deliveries claimed per pass. */
const PER_PASS = 200;

interface Claimed {
  id: string;
  payload: string | null;
  attempts: number;
}

let passes = 0;

/**
 * One pass over the inbox: claim due deliveries (one statement through lib/claims.ts, FOR
 * UPDATE SKIP LOCKED on PostgreSQL: only rows nobody holds, or whose holder's claim went stale,
 * so several instances never apply the same one), then apply them in short transactions of PER_TRANSACTION. A batch that fails is
 * applied one by one, so a poison delivery holds back only itself; it is retried with backoff
 * and given up after MAX_APPLY_ATTEMPTS.
 */
export async function applyInboxOnce(limit = PER_PASS): Promise<number> {
  const now = new Date();
  const token = `${WORKER_ID}_${++passes}`;
  const ids = await claimRowIds(db, {
    table: "WebhookEvent",
    where: Prisma.sql`"outcome" = 'received' AND "nextAttemptAt" <= ${now}
      AND ${freeOrStale(new Date(now.getTime() - CLAIM_TTL_MS))}`,
    orderBy: Prisma.sql`"receivedAt" ASC`,
    set: Prisma.sql`"claimedBy" = ${token}, "claimedAt" = ${now}`,
    limit,
  });
  if (!ids.length) return 0;
  const claimed: Claimed[] = [];
  for (let i = 0; i < ids.length; i += PER_PASS)
    claimed.push(
      ...(await db.webhookEvent.findMany({
        where: { id: { in: ids.slice(i, i + PER_PASS) }, claimedBy: token, outcome: "received" },
        orderBy: { receivedAt: "asc" },
        select: { id: true, payload: true, attempts: true },
      })),
    );
  for (let i = 0; i < claimed.length; i += PER_TRANSACTION) {
    // Let requests that arrived meanwhile queue for the connection first (its lock is FIFO):
    // receiving a delivery and user actions go before applying the next group.
    if (i > 0) await new Promise((r) => setImmediate(r));
    await applyGroup(claimed.slice(i, i + PER_TRANSACTION), token);
  }
  return claimed.length;
}

/** Passes until the inbox has nothing due (the loop's unit of work). */
export async function drainInbox(): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await applyInboxOnce();
    total += n;
    if (n === 0) return total;
  }
}

async function applyGroup(rows: Claimed[], token: string): Promise<void> {
  const ready: { row: Claimed; payload: WebhookPayload }[] = [];
  for (const row of rows) {
    try {
      ready.push({ row, payload: parseStored(row.payload) });
    } catch (err) {
      await failedAttempt(row, token, err);
    }
  }
  if (!ready.length) return;
  try {
    await transaction(async (tx) => {
      const results = await applyNovaEvents(
        tx,
        ready.map((r) => r.payload),
      );
      const outcomes = new Map<string, { outcome: string; detail: string | null; ids: string[] }>();
      for (const [k, { row }] of ready.entries()) {
        const result = results[k]!;
        const key = `${result.outcome}\u0000${result.detail ?? ""}`;
        const same = outcomes.get(key) ?? { outcome: result.outcome, detail: result.detail ?? null, ids: [] };
        same.ids.push(row.id);
        outcomes.set(key, same);
      }
      // A group's rows share a handful of outcomes: one UPDATE per outcome, not one per delivery.
      const appliedAt = new Date();
      // Raw: Prisma's updateMany compiled its statement anew for every group.
      for (const { outcome, detail, ids } of outcomes.values())
        await tx.$executeRaw`UPDATE "WebhookEvent" SET "outcome" = ${outcome}, "detail" = ${detail},
          "appliedAt" = ${appliedAt}, "attempts" = "attempts" + 1, "claimedBy" = NULL, "claimedAt" = NULL
          WHERE "id" IN (${Prisma.join(ids)})`;
    });
  } catch (err) {
    if (ready.length === 1) return failedAttempt(ready[0]!.row, token, err);
    // Something in the group failed and rolled the whole group back: find it by going one by one.
    for (const { row } of ready) await applyGroup([row], token);
  }
}

function parseStored(payload: string | null): WebhookPayload {
  if (payload === null) throw new Error("stored delivery has no body");
  return webhookPayload.parse(JSON.parse(payload));
}

async function failedAttempt(row: Claimed, token: string, err: unknown): Promise<void> {
  const attempts = row.attempts + 1;
  const message = (err instanceof Error ? err.message : String(err)).slice(0, 500);
  const giveUp = attempts >= MAX_APPLY_ATTEMPTS;
  if (giveUp) console.error("[webhook] giving up on delivery", row.id, "after", attempts, "attempts:", message);
  // Half a second, doubling: a transient cause (a concurrent writer) clears long before the last try.
  const delayMs = Math.min(30_000, 500 * 2 ** (attempts - 1));
  await db.webhookEvent.updateMany({
    where: { id: row.id, claimedBy: token },
    data: giveUp
      ? { outcome: "failed", detail: message, attempts, claimedBy: null, claimedAt: null }
      : {
          detail: message,
          attempts,
          claimedBy: null,
          claimedAt: null,
          nextAttemptAt: new Date(Date.now() + delayMs),
        },
  });
}

const state = globalThis as unknown as { shortlistInboxNudge?: { running: boolean; again: boolean } };

/**
 * Asks for a pass now (the receiver calls this after storing a delivery) instead of waiting for
 * the next poll. Passes never overlap within a process; nudges during a pass cause one more. The
 * poll loop in lib/background.ts still covers other instances' rows and restarts.
 */
export function nudgeApplier(): void {
  const s = (state.shortlistInboxNudge ??= { running: false, again: false });
  if (s.running) {
    s.again = true;
    return;
  }
  s.running = true;
  setImmediate(async () => {
    try {
      do {
        s.again = false;
        await drainInbox();
      } while (s.again);
    } catch (err) {
      console.error("[webhook] applier pass failed", err);
    } finally {
      s.running = false;
    }
  });
}

/** Graceful shutdown: hands this process's unapplied claims back, so another instance applies them now. */
export async function releaseInboxClaims(): Promise<number> {
  const { count } = await db.webhookEvent.updateMany({
    where: { claimedBy: { startsWith: `${WORKER_ID}_` }, outcome: "received" },
    data: { claimedBy: null, claimedAt: null },
  });
  return count;
}
