/**
 * Where a test server keeps its data. By default a SQLite file in its data directory; when
 * TEST_POSTGRES_URL names a PostgreSQL server (scripts/test.sh starts one for the PostgreSQL
 * pass), a database of its own on that server, named after the test server.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

/**
 * A test server's data directory. The PostgreSQL pass gets its own (`pg-…`): scripts/test.sh runs
 * it beside the SQLite pass, and a server starting must not wipe the other pass's directory.
 */
export function testDataDir(name: string): string {
  return path.resolve(".test-data", process.env.TEST_POSTGRES_URL ? `pg-${name}` : name);
}

export function testDatabaseUrl(name: string): string {
  const server = process.env.TEST_POSTGRES_URL;
  if (!server) return `file:${path.join(testDataDir(name), "shortlist.db")}`;
  return `${server.replace(/\/$/, "")}/shortlist_${name.replace(/[^a-z0-9]/gi, "_").toLowerCase()}`;
}

/** Drops and recreates a PostgreSQL test database (a SQLite file goes with its data directory). */
export function recreateTestDatabase(url: string): void {
  if (!/^postgres(ql)?:\/\//.test(url)) return;
  const run = spawnSync("node_modules/.bin/tsx", ["tests/support/recreate-postgres-db.ts", url], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`could not recreate ${url}:\n${run.stdout}\n${run.stderr}`);
}
