import type { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-postgres/client";
import { createPgAdapter } from "./postgres-adapter";

/**
 * A Prisma client on PostgreSQL. Its generated client comes from the derived schema
 * (prisma/postgres/schema, the same models), so it is typed as the one PrismaClient the code
 * base uses; only raw SQL differs by provider, and lib/db-provider.ts says which one runs.
 */
export function createPostgresClient(url: string, poolSize = 10): PrismaClient {
  return new PostgresPrismaClient({
    adapter: createPgAdapter(url, { max: poolSize }),
    transactionOptions: { maxWait: 10_000, timeout: 30_000 },
  }) as unknown as PrismaClient;
}
