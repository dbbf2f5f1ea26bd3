import { getConfig } from "@/lib/config";
import { Prisma } from "@/lib/generated/prisma/client";
import { databaseUrlFromEnv, isPostgresUrl } from "@/lib/config/database-url";

/** Which database this process runs on: raw SQL (claims, counters) differs between the two. */
export function usesPostgres(): boolean {
  return isPostgresUrl(getConfig().databaseUrl ?? databaseUrlFromEnv(process.env));
}

/**
 * A `contains` filter that ignores case on both databases. SQLite's LIKE already folds ASCII case;
 * PostgreSQL's does not and needs `mode: "insensitive"`, which the SQLite-typed client does not know.
 */
export function containsIgnoringCase(term: string): Prisma.StringFilter {
  return (usesPostgres() ? { contains: term, mode: "insensitive" } : { contains: term }) as Prisma.StringFilter;
}

/**
 * Highest first with NULLs last, in a form each database's index can serve. SQLite's DESC puts
 * NULLs last by itself, and Prisma writes `nulls: "last"` there as a CASE expression that no
 * index matches (the ranking then sorted the org's every application). PostgreSQL's DESC puts
 * NULLs first, so it needs NULLS LAST, which its index is built with (prisma/triggers/postgresql.sql).
 */
export function descNullsLast(): Prisma.SortOrderInput | "desc" {
  return usesPostgres() ? { sort: "desc", nulls: "last" } : "desc";
}

/**
 * An enum value for raw SQL. PostgreSQL refuses a text parameter in an enum column without a
 * cast; SQLite stores enums as text and must not get one (a CAST to an unknown type name there
 * converts to a number).
 */
export function enumValue(value: string, type: string): Prisma.Sql {
  return usesPostgres() ? Prisma.sql`CAST(${value} AS ${Prisma.raw(`"${type}"`)})` : Prisma.sql`${value}`;
}
