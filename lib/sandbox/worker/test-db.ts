// A throw-away SQLite database with the real migration applied, for unit tests of the claim
// and transaction logic (the parts whose correctness depends on the database, not on mocks).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createSqliteClient } from "@/lib/sqlite";

export async function createTestDb(): Promise<{ db: PrismaClient; url: string; drop(): Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sandbox-db-"));
  const url = `file:${path.join(dir, "test.db")}`;
  const sql = fs.readFileSync(path.resolve("prisma/migrations/0001_init/migration.sql"), "utf8");
  const raw = createClient({ url });
  await raw.executeMultiple(sql);
  raw.close();
  const db = createSqliteClient(url);
  return {
    db,
    url,
    drop: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
