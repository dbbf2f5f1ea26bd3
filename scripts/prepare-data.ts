/**
 * Gets the data directory ready: secrets generated, migrations applied, demo accounts seeded
 * into an empty database. Used by `npm start`, `npm run dev` and the test servers.
 */
import { spawnSync } from "node:child_process";
import { ConfigError, demoWarning, getConfig, resolveEnv } from "@/lib/config";
import { databaseUrlFromEnv } from "@/lib/config/database-url";
import { lockDownDatabaseFiles } from "@/lib/config/permissions";

export function prepareData(): ReturnType<typeof getConfig> {
  Object.assign(process.env, resolveEnv(process.env));
  let config;
  try {
    config = getConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`\n✖ ${err.message}\n  See the settings table in README.md.\n`);
      process.exit(1);
    }
    throw err;
  }
  const migrate = spawnSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: process.env,
    encoding: "utf8",
  });
  if (migrate.status !== 0) {
    console.error(migrate.stdout, migrate.stderr);
    throw new Error("Database migration failed");
  }
  lockDownDatabaseFiles(config.databaseUrl ?? databaseUrlFromEnv(process.env));
  return config;
}

export async function seedIfDemo(): Promise<void> {
  const config = getConfig();
  if (!config.demo) return;
  const warning = demoWarning(config);
  if (warning) console.warn(`⚠ ${warning}`);
  const { db } = await import("@/lib/db");
  const { seedDemoAccounts } = await import("@/lib/demo/seed-accounts");
  const { created } = await seedDemoAccounts(db);
  if (created)
    console.log(
      config.loopbackApp
        ? "• Demo accounts created (see README: admin@shortlist.test / shortlist-demo)"
        : "• Demo accounts created (password in README; change it or turn DEMO off)",
    );
  await db.$disconnect();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  prepareData();
  await seedIfDemo();
}
