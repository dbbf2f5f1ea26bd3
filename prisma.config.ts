import path from "node:path";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { defineConfig } from "prisma/config";
import { databaseUrlFromEnv } from "./lib/config/database-url";

// Prisma does not read .env when a config file exists, and an unresolved env("DATABASE_URL")
// makes the CLI try to download an engine: resolve the embedded default here.
process.env.DATABASE_URL = databaseUrlFromEnv(process.env);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => new PrismaLibSQL({ url: process.env.DATABASE_URL! }),
});
