/**
 * Databases for tests, one module for unit, integration and e2e:
 * - `serverDb(url)`: a client on a running test server's database (integration, e2e);
 * - `createTempDb()`: a throw-away SQLite file with the real migration applied, for unit tests
 *   whose correctness depends on the database (claims, transactions), not on mocks.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createDbClient } from "@/lib/db-client";
import { createSqliteClient } from "@/lib/sqlite";

const clients = new Map<string, PrismaClient>();

/** The integration test server's database (tests/global-setup.ts exports its DATABASE_URL). */
export function testDb(): PrismaClient {
  return serverDb(process.env.DATABASE_URL!);
}

/** One client per database URL, shared by the tests of a process. */
export function serverDb(url: string): PrismaClient {
  let client = clients.get(url);
  if (!client) clients.set(url, (client = createDbClient(url)));
  return client;
}

/** Applies the schema's migration to an empty SQLite file. */
export async function migrateSqlite(url: string): Promise<void> {
  const raw = createClient({ url });
  await raw.executeMultiple(fs.readFileSync(path.resolve("prisma/migrations/0001_init/migration.sql"), "utf8"));
  raw.close();
}

export interface TempDb {
  db: PrismaClient;
  url: string;
  dir: string;
  drop(): Promise<void>;
}

export async function createTempDb(prefix = "shortlist-db-"): Promise<TempDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const url = `file:${path.join(dir, "test.db")}`;
  await migrateSqlite(url);
  const db = createSqliteClient(url);
  return {
    db,
    url,
    dir,
    drop: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
