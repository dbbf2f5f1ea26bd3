/**
 * Where a test server keeps its data. By default a SQLite file in its data directory; when
 * TEST_POSTGRES_URL names a PostgreSQL server (scripts/test.sh starts one for the PostgreSQL
 * pass), a database of its own on that server, named after the test server.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

export function testDatabaseUrl(name: string): string {
  const server = process.env.TEST_POSTGRES_URL;
  if (!server) return `file:${path.resolve(".test-data", name, "shortlist.db")}`;
  return `${server.replace(/\/$/, "")}/shortlist_${name.replace(/[^a-z0-9]/gi, "_").toLowerCase()}`;
}

/** Drops and recreates a PostgreSQL test database (a SQLite file goes with its data directory). */
export function recreateTestDatabase(url: string): void {
  if (!/^postgres(ql)?:\/\//.test(url)) return;
  const run = spawnSync("node_modules/.bin/tsx", ["tests/support/recreate-postgres-db.ts", url], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`could not recreate ${url}:\n${run.stdout}\n${run.stderr}`);
}
