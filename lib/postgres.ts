import type { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-postgres/client";
import { createPgAdapter } from "./postgres-adapter";

/**
 * A Prisma client on PostgreSQL. Its generated client comes from the derived schema
 * (prisma/postgres/schema, the same models), so it is typed as the one PrismaClient the code
 * base uses; only raw SQL differs by provider, and lib/db-provider.ts says which one runs.
 */
const POSTGRES = Symbol.for("shortlist.postgres");

export function createPostgresClient(url: string, poolSize = 10): PrismaClient {
  const client = new PostgresPrismaClient({
    adapter: createPgAdapter(url, { max: poolSize }),
    transactionOptions: { maxWait: 10_000, timeout: 30_000 },
  });
  Object.defineProperty(client, POSTGRES, { value: true });
  return client as unknown as PrismaClient;
}

/** Whether this client talks to PostgreSQL (raw SQL such as row locking differs by provider). Works through lib/db's proxy. */
export function isPostgresClient(db: PrismaClient): boolean {
  return (Reflect.get(db as object, POSTGRES) as unknown) === true;
}
