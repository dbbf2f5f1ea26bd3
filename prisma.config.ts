import path from "node:path";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { defineConfig } from "prisma/config";
import { databaseUrlFromEnv, isPostgresUrl } from "./lib/config/database-url";
import { createPgAdapter } from "./lib/postgres-adapter";
import { offlinePostgresAdapter } from "./scripts/db/offline-postgres-adapter";

// Prisma does not read .env when a config file exists, and an unresolved env("DATABASE_URL")
// makes the CLI try to download an engine: resolve the embedded default here.
process.env.DATABASE_URL = databaseUrlFromEnv(process.env);
const postgres = isPostgresUrl(process.env.DATABASE_URL);

// One schema source (prisma/schema, SQLite); the PostgreSQL folder is derived from it and has
// its own migrations (docs/decisions/011-postgresql.md). DATABASE_URL picks the pair.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? path.join("prisma", "postgres", "schema") : path.join("prisma", "schema"),
  migrations: { path: postgres ? path.join("prisma", "postgres", "migrations") : path.join("prisma", "migrations") },
  adapter: async () => {
    if (!postgres) return new PrismaLibSQL({ url: process.env.DATABASE_URL! });
    // Schema-only commands (generate, migrate diff from the datamodel; scripts/db/) need no server.
    if (process.env.PRISMA_OFFLINE === "1") return offlinePostgresAdapter;
    return createPgAdapter(process.env.DATABASE_URL!, { max: 2 });
  },
});
