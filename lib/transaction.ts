import { db, type Prisma } from "@/lib/db";

/**
 * `db.$transaction(fn)`, retried when SQLite reports the database busy. A deferred SQLite
 * transaction that reads first and writes later cannot wait for the write lock if another
 * process (the sandbox worker, another instance) committed in between: it fails at once
 * ("Operation has timed out" / SQLITE_BUSY) whatever the busy timeout. Running the whole
 * transaction again from the start is safe: nothing of it was committed.
 */
export async function transaction<T>(fn: (tx: Prisma.TransactionClient) => Promise<T>, attempts = 40): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(fn);
    } catch (err) {
      if (attempt >= attempts || !isBusy(err)) throw err;
      // Capped backoff with jitter: under a webhook burst the lock frees within milliseconds, but a
      // user action must outlast several seconds of background writers rather than fail (issue 9).
      // A low cap and many attempts: each try is a chance at one of the short gaps between the
      // applier's group commits (a 1 s cap missed them on a loaded CI machine).
      await new Promise((r) => setTimeout(r, Math.min(250, 25 * 2 ** attempt) + Math.random() * 50));
    }
  }
}

export function isBusy(err: unknown): boolean {
  if (typeof err !== "object" || err === null) return false;
  const code = "code" in err ? String((err as { code: unknown }).code) : "";
  const message = err instanceof Error ? err.message : "";
  return (
    code === "P1008" ||
    // PostgreSQL: a deadlock or serialization failure (two writers of the same job's JobCount
    // rows in opposite order); the loser is rolled back whole and may simply run again.
    code === "P2034" ||
    code === "SQLITE_BUSY" ||
    // The same PostgreSQL deadlock when a raw statement was the victim (reported by its message).
    /SQLITE_BUSY|database is locked|Operation has timed out|deadlock detected/i.test(message)
  );
}
