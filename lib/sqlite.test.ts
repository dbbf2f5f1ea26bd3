import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateSqlite } from "@/tests/support/db";
import { afterAll, describe, expect, it } from "vitest";
import { createSqliteClient } from "./sqlite";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sqlite-busy-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const HOLD_LOCK = `
import { createClient } from "@libsql/client";
const c = createClient({ url: process.argv[1] });
const tx = await c.transaction("write");
await tx.execute("INSERT INTO SandboxTenant (id, environment, externalId, createdAt) VALUES ('t1', 'test', 'one', 0)");
process.stdout.write("locked\\n");
await new Promise((r) => setTimeout(r, 400));
await tx.commit();
c.close();
`;

describe("createSqliteClient", () => {
  it("waits for another writer's lock even after its own transactions (busy timeout on every connection)", async () => {
    const url = `file:${path.join(dir, "busy.db")}`;
    await migrateSqlite(url);
    const a = createSqliteClient(url);
    try {
      // A transaction makes @libsql/client open a fresh connection for A's later statements.
      await a.$transaction(async (tx) => {
        await tx.sandboxTenant.create({ data: { id: "t0", environment: "test", externalId: "zero" } });
      });
      // Another process holds the write lock for 400 ms. (It must be another process: libsql
      // waits for a lock synchronously, so a holder in this process could never let go.)
      const holder = spawn(process.execPath, ["--input-type=module", "-e", HOLD_LOCK, url], {
        stdio: ["ignore", "pipe", "inherit"],
      });
      await new Promise<void>((resolve) => holder.stdout.once("data", () => resolve()));
      const exited = new Promise((r) => holder.once("exit", r));
      await expect(
        a.sandboxTenant.update({ where: { id: "t0" }, data: { externalId: "zero-updated" } }),
      ).resolves.toMatchObject({ externalId: "zero-updated" });
      expect(await exited).toBe(0);
      expect(await a.sandboxTenant.count()).toBe(2);
    } finally {
      await a.$disconnect();
    }
  });

  it("puts a new database in WAL mode and can open with a transaction as its very first query", async () => {
    const url = `file:${path.join(dir, "first-tx.db")}`;
    await migrateSqlite(url);
    const client = createSqliteClient(url);
    try {
      await client.$transaction(async (tx) => {
        await tx.sandboxTenant.create({ data: { id: "first", environment: "test", externalId: "first" } });
      });
      expect(await client.sandboxTenant.count()).toBe(1);
      const mode = await client.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
      expect(mode[0]?.journal_mode).toBe("wal");
    } finally {
      await client.$disconnect();
    }
    // A set-up deadlock would hold the transaction for its 15 s wait: this test times out first.
  }, 10_000);
});
