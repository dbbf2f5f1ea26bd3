// A throw-away database with the real migration applied, for unit tests of the claim,
// rate-limit and transaction logic (the parts whose correctness depends on the database, not
// on mocks). SQLite by default; a fresh PostgreSQL database when TEST_POSTGRES_URL is set
// (scripts/test.sh runs these tests again in its PostgreSQL pass).
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPostgresClient } from "@/lib/postgres";
import { createSqliteClient } from "@/lib/sqlite";

export interface TestDb {
  db: PrismaClient;
  url: string;
  /** A second client on the same database: another "instance". */
  another(): PrismaClient;
  drop(): Promise<void>;
}

export async function createTestDb(): Promise<TestDb> {
  return process.env.TEST_POSTGRES_URL ? createPostgresTestDb(process.env.TEST_POSTGRES_URL) : createSqliteTestDb();
}

async function createSqliteTestDb(): Promise<TestDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sandbox-db-"));
  const url = `file:${path.join(dir, "test.db")}`;
  const sql = fs.readFileSync(path.resolve("prisma/migrations/0001_init/migration.sql"), "utf8");
  const raw = createClient({ url });
  await raw.executeMultiple(sql);
  raw.close();
  const clients = [createSqliteClient(url)];
  return {
    db: clients[0]!,
    url,
    another: () => {
      clients.push(createSqliteClient(url));
      return clients.at(-1)!;
    },
    drop: async () => {
      await Promise.all(clients.map((c) => c.$disconnect()));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function createPostgresTestDb(server: string): Promise<TestDb> {
  const name = `unit_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: `${server}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = `${server}/${name}`;
  const setup = new pg.Client({ connectionString: url });
  await setup.connect();
  await setup.query(fs.readFileSync(path.resolve("prisma/postgres/migrations/0001_init/migration.sql"), "utf8"));
  await setup.end();
  const clients = [createPostgresClient(url, 4)];
  return {
    db: clients[0]!,
    url,
    another: () => {
      clients.push(createPostgresClient(url, 4));
      return clients.at(-1)!;
    },
    drop: async () => {
      await Promise.all(clients.map((c) => c.$disconnect()));
      await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}
