import { db } from "@/lib/db";

export interface Health {
  ok: boolean;
  database: "up" | "down";
  draining: boolean;
  /** Oldest submission still waiting to be sent to Nova (null: none). */
  outbox: { pending: number; oldestAgeSeconds: number | null } | null;
  /** Oldest webhook delivery stored by the receiver but not yet applied. */
  inbox: { pending: number; oldestAgeSeconds: number | null } | null;
}

/** A down database must turn into a quick 503, not a request hanging on the pool's connect timeout. */
const DB_CHECK_TIMEOUT_MS = 2_000;

const ageSeconds = (d: Date | null | undefined, now: number) =>
  d ? Math.max(0, Math.round((now - d.getTime()) / 1000)) : null;

/** What /api/health reports: database reachability and the age of the oldest unprocessed work. */
export async function checkHealth(draining: boolean): Promise<Health> {
  try {
    const now = Date.now();
    const [outboxPending, oldestOutbox, inboxPending, oldestInbox] = await withTimeout(
      Promise.all([
        db.outboxItem.count({ where: { status: "pending" } }),
        db.outboxItem.findFirst({
          where: { status: "pending" },
          orderBy: { createdAt: "asc" },
          select: { createdAt: true },
        }),
        db.webhookEvent.count({ where: { outcome: "received" } }),
        db.webhookEvent.findFirst({
          where: { outcome: "received" },
          orderBy: { receivedAt: "asc" },
          select: { receivedAt: true },
        }),
      ]),
    );
    return {
      ok: !draining,
      database: "up",
      draining,
      outbox: { pending: outboxPending, oldestAgeSeconds: ageSeconds(oldestOutbox?.createdAt, now) },
      inbox: { pending: inboxPending, oldestAgeSeconds: ageSeconds(oldestInbox?.receivedAt, now) },
    };
  } catch {
    return { ok: false, database: "down", draining, outbox: null, inbox: null };
  }
}

function withTimeout<T>(p: Promise<T>): Promise<T> {
  return Promise.race([
    p,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error("database check timed out")), DB_CHECK_TIMEOUT_MS),
    ),
  ]);
}
