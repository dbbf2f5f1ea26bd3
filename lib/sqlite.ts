import type { Client, Config } from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "@/lib/generated/prisma/client";

// WAL so readers never block the writer (persistent in the file, cheap to repeat); a busy
// timeout so a writer waits for another process's lock instead of failing.
const CONNECTION_PRAGMAS = ["PRAGMA journal_mode = WAL", "PRAGMA busy_timeout = 15000"];

/**
 * The libsql adapter with our pragmas on EVERY connection. `@libsql/client` hands its
 * connection to each transaction and opens a fresh one for the statements after it; a pragma
 * sent once at start-up therefore only covers the queries before the first transaction, and
 * later writers fail at once with SQLITE_BUSY ("Operation has timed out") when another process
 * holds the lock. The adapter serialises all calls on one client, so a flag suffices.
 */
class PrismaLibSQLWithPragmas extends PrismaLibSQL {
  override createClient(config: Config): Client {
    const client = super.createClient(config);
    let needsPragma = true;
    const ensurePragma = async () => {
      if (!needsPragma) return;
      needsPragma = false;
      for (const pragma of CONNECTION_PRAGMAS) await client.execute(pragma);
    };
    return new Proxy(client, {
      get(target, prop) {
        if (prop === "transaction") {
          return async (...args: Parameters<Client["transaction"]>) => {
            await ensurePragma(); // the connection the transaction takes over
            const tx = await target.transaction(...args);
            needsPragma = true; // the next statement opens a new connection
            return tx;
          };
        }
        if (prop === "execute" || prop === "batch" || prop === "executeMultiple") {
          const method = Reflect.get(target, prop, target) as (...a: unknown[]) => Promise<unknown>;
          return async (...args: unknown[]) => {
            await ensurePragma();
            return method.apply(target, args);
          };
        }
        // The client keeps its connection in private fields: call everything on the client itself.
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  }
}

/**
 * A Prisma client on SQLite, set up for several processes sharing one file (the app, its test
 * runners, scripts): WAL and a busy timeout on every connection (see above).
 */
export function createSqliteClient(url: string): PrismaClient {
  // Generous transaction waits: another process may hold the write lock for a moment.
  // Set up inside the adapter, not as a first query: a first query queued behind an
  // interactive transaction that waits for it would deadlock until the transaction times out.
  return new PrismaClient({
    adapter: new PrismaLibSQLWithPragmas({ url }),
    transactionOptions: { maxWait: 15_000, timeout: 30_000 },
  });
}
