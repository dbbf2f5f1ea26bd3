// A throw-away SQLite database with the real migration applied, for unit tests of the claim
// and transaction logic (the parts whose correctness depends on the database, not on mocks).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "@/lib/generated/prisma/client";

export async function createTestDb(): Promise<{ db: PrismaClient; url: string; drop(): Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sandbox-db-"));
  const url = `file:${path.join(dir, "test.db")}`;
  const sql = fs.readFileSync(path.resolve("prisma/migrations/0001_init/migration.sql"), "utf8");
  const raw = createClient({ url });
  await raw.executeMultiple(sql);
  raw.close();
  const db = new PrismaClient({ adapter: new PrismaLibSQL({ url }) });
  await db.$queryRawUnsafe("PRAGMA busy_timeout = 10000");
  return {
    db,
    url,
    drop: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
