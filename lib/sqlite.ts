import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * A Prisma client on SQLite, set up for several processes sharing one file (the app, its test
 * runners, scripts): WAL so readers never block the writer, and a busy timeout so a writer waits
 * for the lock instead of failing. Both pragmas are sent before any other query.
 */
export function createSqliteClient(url: string): PrismaClient {
  // Generous transaction waits: another process may hold the write lock for a moment.
  const client = new PrismaClient({ adapter: new PrismaLibSQL({ url }), transactionOptions: { maxWait: 15_000, timeout: 30_000 } });
  const ready = (async () => {
    await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await client.$queryRawUnsafe("PRAGMA busy_timeout = 15000");
  })();
  ready.catch((err) => console.error("[db] could not configure SQLite", err));
  return client.$extends({
    query: {
      async $allOperations({ args, query }) {
        await ready;
        return query(args);
      },
    },
  }) as unknown as PrismaClient;
}
