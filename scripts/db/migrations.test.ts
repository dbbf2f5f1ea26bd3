import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * Both providers' checked-in migrations must be exactly what prisma/schema generates today: a
 * schema change that regenerates one provider and not the other (or neither) fails here. The
 * fix is always `npm run db:migration:regen` (docs/decisions/011-postgresql.md). Each ends with its
 * provider's prisma/triggers/*.sql (what the schema language cannot say, docs/decisions/022).
 */
function diffFromEmpty(schemaDir: string, env: Record<string, string>): string {
  const run = spawnSync(
    "node_modules/.bin/prisma",
    ["migrate", "diff", "--from-empty", "--to-schema-datamodel", schemaDir, "--script"],
    { env: { ...process.env, ...env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" }, encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`prisma migrate diff failed:\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

describe("checked-in migrations", () => {
  it("SQLite: prisma/migrations is generated from prisma/schema", () => {
    const expected =
      diffFromEmpty("prisma/schema", { DATABASE_URL: "file::memory:" }) +
      fs.readFileSync("prisma/triggers/sqlite.sql", "utf8");
    const actual = fs.readFileSync("prisma/migrations/0001_init/migration.sql", "utf8");
    expect(actual, "run `npm run db:migration:regen`").toBe(expected);
    expect(fs.readFileSync("prisma/migrations/migration_lock.toml", "utf8")).toContain('provider = "sqlite"');
  });

  it("PostgreSQL: prisma/postgres/migrations is generated from the same prisma/schema", async () => {
    // Derive afresh from the source, so a stale derived folder cannot hide a difference.
    // @ts-expect-error -- a plain .mjs script (it runs from postinstall), no type declarations
    const { derivePostgresSchema } = (await import("./derive-postgres-schema.mjs")) as {
      derivePostgresSchema: () => string;
    };
    const schemaDir = derivePostgresSchema();
    const expected =
      diffFromEmpty(schemaDir, { DATABASE_URL: "postgresql://localhost/offline", PRISMA_OFFLINE: "1" }) +
      fs.readFileSync("prisma/triggers/postgresql.sql", "utf8");
    const actual = fs.readFileSync("prisma/postgres/migrations/0001_init/migration.sql", "utf8");
    expect(actual, "run `npm run db:migration:regen`").toBe(expected);
    expect(fs.readFileSync("prisma/postgres/migrations/migration_lock.toml", "utf8")).toContain(
      'provider = "postgresql"',
    );
    // Same tables on both sides: a model missing from one provider fails even if its SQL was edited by hand.
    const tables = (sql: string) => [...sql.matchAll(/CREATE TABLE "(\w+)"/g)].map((m) => m[1]).sort();
    expect(tables(actual)).toEqual(tables(fs.readFileSync("prisma/migrations/0001_init/migration.sql", "utf8")));
  });

  it("PostgreSQL: no comment in prisma/triggers/postgresql.sql holds a semicolon", () => {
    // The migrate engine's PostgreSQL adapter splits a script at every semicolon, comments included:
    // one in a comment cuts the next statement in two ("syntax error at or near …" at migrate time).
    const withSemicolon = fs
      .readFileSync("prisma/triggers/postgresql.sql", "utf8")
      .split("\n")
      .map((line, i) => ({ line, n: i + 1 }))
      .filter(({ line }) => /--.*;/.test(line));
    expect(withSemicolon, "write a comma or a full stop instead").toEqual([]);
  });
});
