import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getConfig } from "@/lib/config";
import { databaseUrlFromEnv } from "@/lib/config/database-url";
import { createDbClient } from "@/lib/db-client";

export type { Prisma } from "@/lib/generated/prisma/client";

const globalForPrisma = globalThis as unknown as { shortlistPrisma?: PrismaClient };

function createClient(): PrismaClient {
  const config = getConfig();
  return createDbClient(config.databaseUrl ?? databaseUrlFromEnv(process.env), { poolSize: config.databasePoolSize });
}

/** The one Prisma client (kept on globalThis so dev hot reloads reuse it). Created on first use. */
export function getDb(): PrismaClient {
  globalForPrisma.shortlistPrisma ??= createClient();
  return globalForPrisma.shortlistPrisma;
}

/** `db.job.findMany(…)` reads better than `getDb().job…`; the client is still created lazily. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const client = getDb();
    const value = Reflect.get(client, prop, client) as unknown;
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(client) : value;
  },
});
