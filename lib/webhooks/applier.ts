import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { webhookPayload, type WebhookPayload } from "@/lib/nova/schemas";
import { applyNovaEvent } from "@/lib/scoring/events";
import { transaction } from "@/lib/transaction";

const WORKER_ID = `inbox_${process.pid}_${randomBytes(3).toString("hex")}`;
/** Applying a claimed batch takes well under a second; an older claim belongs to a dead process. */
const CLAIM_TTL_MS = 60_000;
/** A delivery that fails this many times is given up and shown as failed in the log. */
export const MAX_APPLY_ATTEMPTS = 5;
/** Deliveries applied per transaction: small enough that a user action waits at most a few ms. */
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
 * One pass over the inbox: claim due deliveries (the same conditional claim as the outbox: only
 * rows nobody holds, or whose holder's claim went stale, so several instances never apply the
 * same one), then apply them in short transactions of PER_TRANSACTION. A batch that fails is
 * applied one by one, so a poison delivery holds back only itself; it is retried with backoff
 * and given up after MAX_APPLY_ATTEMPTS.
 */
export async function applyInboxOnce(limit = PER_PASS): Promise<number> {
  const now = new Date();
  const claimable = {
    outcome: "received",
    nextAttemptAt: { lte: now },
    OR: [{ claimedBy: null }, { claimedAt: { lt: new Date(now.getTime() - CLAIM_TTL_MS) } }],
  };
  const due = await db.webhookEvent.findMany({
    where: claimable,
    orderBy: { receivedAt: "asc" },
    take: limit,
    select: { id: true },
  });
  if (!due.length) return 0;
  const token = `${WORKER_ID}_${++passes}`;
  await db.webhookEvent.updateMany({
    where: { id: { in: due.map((d) => d.id) }, ...claimable },
    data: { claimedBy: token, claimedAt: new Date() },
  });
  const claimed = await db.webhookEvent.findMany({
    where: { claimedBy: token, outcome: "received" },
    orderBy: { receivedAt: "asc" },
    select: { id: true, payload: true, attempts: true },
  });
  for (let i = 0; i < claimed.length; i += PER_TRANSACTION)
    await applyGroup(claimed.slice(i, i + PER_TRANSACTION), token);
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
      const appliedAt = new Date();
      for (const { row, payload } of ready) {
        const result = await applyNovaEvent(tx, payload);
        await tx.webhookEvent.update({
          where: { id: row.id },
          data: {
            outcome: result.outcome,
            detail: result.detail ?? null,
            appliedAt,
            attempts: row.attempts + 1,
            claimedBy: null,
            claimedAt: null,
          },
        });
      }
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
