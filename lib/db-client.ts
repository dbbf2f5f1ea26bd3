import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isPostgresUrl } from "@/lib/config/database-url";
import { createPostgresClient } from "@/lib/postgres";
import { createSqliteClient } from "@/lib/sqlite";

/** A new Prisma client for `url`: PostgreSQL for postgresql://…, otherwise the SQLite file. */
export function createDbClient(url: string, options: { poolSize?: number } = {}): PrismaClient {
  return isPostgresUrl(url) ? createPostgresClient(url, options.poolSize) : createSqliteClient(url);
}
