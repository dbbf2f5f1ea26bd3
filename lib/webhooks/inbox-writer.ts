import { randomUUID } from "node:crypto";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { isBusy } from "@/lib/transaction";

/**
 * Rows per INSERT. Each row binds 13 values; 50 rows stay under 999, the smallest bound-parameter
 * limit we run on (SQLite builds default to 32,766, but Prisma and older builds use 999). Under
 * Nova's 32 concurrent connections a batch rarely reaches it; the bound only keeps one statement,
 * and so every request waiting on it, short.
 */
export const MAX_BATCH = 50;
/** A batch that hit SQLite's busy lock or a PostgreSQL deadlock is sent again this many times. */
const ATTEMPTS = 5;

/** One verified delivery, ready to be made durable. */
export interface InboxRow {
  deliveryId: string | null;
  bodyHash: string;
  event: string | null;
  payload: string;
  /** `received` waits for the applier; `ignored` (an unusable payload) is final on arrival. */
  outcome: "received" | "ignored";
  detail: string | null;
  /** Whose delivery this is, for the admin's delivery log (lib/webhooks/attribution.ts). */
  orgId: Prisma.Sql;
  jobId: string | null;
  applicationId: string | null;
}

export type WriteResult = "stored" | "duplicate";

interface Pending {
  row: InboxRow;
  resolve(result: WriteResult): void;
  reject(err: unknown): void;
}

export interface InboxWriter {
  /** Resolves once the row is committed (or a row with its delivery id or body already was). */
  write(row: InboxRow): Promise<WriteResult>;
}

/**
 * Group commit for the webhook inbox. Every request hands its verified delivery to this one
 * in-process writer; while a batch is being written, newly arriving deliveries queue, and the
 * next batch takes all of them (up to MAX_BATCH) in ONE statement:
 * `INSERT … VALUES (…), (…) ON CONFLICT DO NOTHING RETURNING "id"`. A single statement is atomic
 * on SQLite and PostgreSQL alike, needs no interactive transaction (which on SQLite would hold
 * the adapter's only connection across round trips), and costs one commit (one WAL sync) for the
 * whole batch instead of one per delivery: that commit is what a burst used to queue behind.
 *
 * Each request's promise settles only after the commit, so a 2xx still means "on disk". If the
 * statement fails, nothing of the batch was written and every request in it is rejected (the
 * route answers 5xx and Nova redelivers). Nothing waits for a timer: a lone delivery is written
 * at once, and batches form only from requests that arrived while the previous one was written.
 * Several instances each run their own writer; the unique indexes decide between them.
 */
export function createInboxWriter(client: () => PrismaClient): InboxWriter {
  const queue: Pending[] = [];
  let writing = false;

  async function drain() {
    while (queue.length) {
      const batch = queue.splice(0, MAX_BATCH);
      try {
        const results = await writeBatch(
          client(),
          batch.map((p) => p.row),
        );
        batch.forEach((p, i) => p.resolve(results[i]!));
      } catch (err) {
        for (const p of batch) p.reject(err);
      }
    }
    writing = false;
  }

  return {
    write(row) {
      return new Promise<WriteResult>((resolve, reject) => {
        queue.push({ row, resolve, reject });
        if (writing) return;
        writing = true;
        // Let the requests whose bodies are already read join this batch.
        setImmediate(() => void drain());
      });
    },
  };
}

/**
 * Writes one batch; returns, per row, whether it was stored or is a duplicate. A row repeating an
 * earlier row of the same batch (same delivery id or body) is not sent: it is that row's duplicate.
 */
export async function writeBatch(db: PrismaClient, rows: InboxRow[]): Promise<WriteResult[]> {
  const firstOf = new Map<string, number>();
  const leaderOf = rows.map((row, i) => {
    const keys = [row.deliveryId && `d:${row.deliveryId}`, `b:${row.bodyHash}`].filter((k): k is string => !!k);
    const leader = keys.map((k) => firstOf.get(k)).find((l) => l !== undefined);
    if (leader !== undefined) return leader;
    for (const k of keys) firstOf.set(k, i);
    return i;
  });
  const ids = rows.map(() => randomUUID());
  // The same order in every instance, so two PostgreSQL writers inserting overlapping batches
  // take their index locks in the same order and do not deadlock.
  const sent = rows
    .map((row, i) => ({ row, id: ids[i]!, i }))
    .filter(({ i }) => leaderOf[i] === i)
    .sort((a, b) => (a.row.bodyHash < b.row.bodyHash ? -1 : a.row.bodyHash > b.row.bodyHash ? 1 : 0));
  const now = new Date();
  const values = sent.map(
    ({ row, id }) => Prisma.sql`(${id}, ${row.deliveryId}, ${row.bodyHash}, ${row.event}, ${now}, TRUE,
      ${row.outcome}, ${row.detail}, ${row.payload}, 0, ${now}, ${row.outcome === "received" ? null : now},
      ${row.orgId}, ${row.jobId}, ${row.applicationId})`,
  );
  const statement = Prisma.sql`INSERT INTO "WebhookEvent" ("id", "deliveryId", "bodyHash", "event", "receivedAt",
      "signatureOk", "outcome", "detail", "payload", "attempts", "nextAttemptAt", "appliedAt", "orgId", "jobId",
      "applicationId")
    VALUES ${Prisma.join(values)}
    ON CONFLICT DO NOTHING
    RETURNING "id"`;
  let inserted: Set<string>;
  for (let attempt = 1; ; attempt++) {
    try {
      inserted = new Set((await db.$queryRaw<{ id: string }[]>(statement)).map((r) => r.id));
      break;
    } catch (err) {
      if (attempt >= ATTEMPTS || !isBusy(err)) throw err;
      await new Promise((r) => setTimeout(r, 10 * attempt + Math.random() * 20));
    }
  }
  return rows.map((_, i) => (leaderOf[i] === i && inserted.has(ids[i]!) ? "stored" : "duplicate"));
}
