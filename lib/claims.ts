import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { isPostgresClient } from "@/lib/db-client";

/** The queue tables rows are claimed from (a whitelist: the name is spliced into SQL). */
export type ClaimTable = "OutboxItem" | "SandboxScoringJob" | "SandboxWebhookDelivery" | "ScoringJob" | "WebhookEvent";

export interface ClaimSpec {
  table: ClaimTable;
  /** Which rows are due and free, e.g. Prisma.sql`"status" = 'pending' AND …`. */
  where: Prisma.Sql;
  orderBy: Prisma.Sql;
  /** What marks a row as taken, e.g. Prisma.sql`"claimedBy" = ${id}, "claimedAt" = ${now}`. */
  set: Prisma.Sql;
  limit: number;
}

/**
 * Claims up to `limit` due rows in ONE statement and returns their ids: the UPDATE's subquery
 * picks the rows and the UPDATE marks them. On PostgreSQL the subquery locks them `FOR UPDATE
 * SKIP LOCKED`, so instances claiming at once each get different rows without waiting for one
 * another; SQLite runs one writer at a time, so the same statement is atomic there as it is.
 * Callers load the rows by id afterwards (they are theirs now).
 */
export async function claimRowIds(db: PrismaClient, spec: ClaimSpec): Promise<string[]> {
  const table = Prisma.raw(`"${spec.table}"`);
  const lock = isPostgresClient(db) ? Prisma.sql`FOR UPDATE SKIP LOCKED` : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE ${table} SET ${spec.set}
    WHERE "id" IN (SELECT "id" FROM ${table} WHERE ${spec.where} ORDER BY ${spec.orderBy} LIMIT ${spec.limit} ${lock})
    RETURNING "id"`;
  return rows.map((r) => r.id);
}

/** `"claimedBy" IS NULL OR "claimedAt" < staleBefore`: free, or held by a process that died. */
export function freeOrStale(staleBefore: Date): Prisma.Sql {
  return Prisma.sql`("claimedBy" IS NULL OR "claimedAt" < ${staleBefore})`;
}
