/**
 * Databases for tests, one module for unit, integration and e2e:
 * - `serverDb(url)`: a client on a running test server's database (integration, e2e);
 * - `createTempDb()`: a throw-away database with the real migration applied, for unit tests
 *   whose correctness depends on the database (claims, rate windows, transactions), not on
 *   mocks. A SQLite file by default; a fresh PostgreSQL database when TEST_POSTGRES_URL is set
 *   (scripts/test.sh runs these tests again in its PostgreSQL pass).
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createDbClient } from "@/lib/db-client";
import { createPostgresClient } from "@/lib/postgres";
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

/**
 * For unit tests that drive the domain, which opens `@/lib/db` from the environment: a migrated
 * throw-away SQLite database and the settings the config requires, with a Nova nobody listens on
 * (these tests only queue work for the outbox). Call it before importing the domain modules.
 * `postgres: true`: a fresh PostgreSQL database instead when TEST_POSTGRES_URL is set, for
 * `*.db.test.ts` files whose subject is SQL that differs by provider (the count triggers, the
 * ranking's order): the `database` project, which scripts/test.sh runs again on PostgreSQL.
 */
export async function useTempAppDatabase(prefix: string, { postgres = false } = {}): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  let url = `file:${path.join(dir, "t.db")}`;
  if (postgres && process.env.TEST_POSTGRES_URL) {
    const temp = await createPostgresTempDb(process.env.TEST_POSTGRES_URL);
    url = temp.url;
    // The domain opens its own client from DATABASE_URL; the database goes with the cluster.
    await temp.db.$disconnect();
  } else await migrateSqlite(url);
  Object.assign(process.env, {
    DATA_DIR: dir,
    DATABASE_URL: url,
    AUTH_SECRET: "a".repeat(40),
    NOVA_API_URL: "http://127.0.0.1:9",
    NOVA_API_KEY: "sk_test_0123456789abcdefgh",
    NOVA_WEBHOOK_SECRET: "whsec_0123456789abcdefgh",
  });
}

export interface TempDb {
  db: PrismaClient;
  url: string;
  /** A second client on the same database: another "instance". */
  another(): PrismaClient;
  drop(): Promise<void>;
}

export async function createTempDb(prefix = "shortlist-db-"): Promise<TempDb> {
  return process.env.TEST_POSTGRES_URL
    ? createPostgresTempDb(process.env.TEST_POSTGRES_URL)
    : createSqliteTempDb(prefix);
}

async function createSqliteTempDb(prefix: string): Promise<TempDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const url = `file:${path.join(dir, "test.db")}`;
  await migrateSqlite(url);
  const opened = [createSqliteClient(url)];
  return {
    db: opened[0]!,
    url,
    another: () => {
      opened.push(createSqliteClient(url));
      return opened.at(-1)!;
    },
    drop: async () => {
      await Promise.all(opened.map((c) => c.$disconnect()));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function createPostgresTempDb(server: string): Promise<TempDb> {
  const name = `unit_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: `${server}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = `${server}/${name}`;
  const setup = new pg.Client({ connectionString: url });
  await setup.connect();
  await setup.query(fs.readFileSync(path.resolve("prisma/postgres/migrations/0001_init/migration.sql"), "utf8"));
  await setup.end();
  const opened = [createPostgresClient(url, 4)];
  return {
    db: opened[0]!,
    url,
    another: () => {
      opened.push(createPostgresClient(url, 4));
      return opened.at(-1)!;
    },
    drop: async () => {
      await Promise.all(opened.map((c) => c.$disconnect()));
      await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}
