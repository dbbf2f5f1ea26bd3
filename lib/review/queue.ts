import { db } from "@/lib/db";
import { usesPostgres } from "@/lib/db-provider";
import type { Prisma } from "@/lib/generated/prisma/client";
import { rankingKeys, rankingOrder, rankingTotal, rankingWhere, type RankingKey } from "@/lib/applications/queries";
import { PAGE_SIZE, type RankingFilters } from "@/lib/applications/ranking-filters";

export interface QueuePosition {
  /** 1-based place in the filtered, sorted list; null when the candidate is not in it. */
  position: number | null;
  total: number;
  previousId: string | null;
  nextId: string | null;
  /** The next candidate after this one (wrapping round) still without a decision. */
  nextUndecidedId: string | null;
  /** The ranking page this candidate is on, for "back to the list". */
  page: number;
}

type Where = Prisma.ApplicationWhereInput;
type KeyValues = Partial<Record<RankingKey["field"], unknown>>;

/**
 * Where a candidate sits in the ranking as the recruiter filtered and sorted it, so the
 * candidate page can walk the same list. Keyset reads around the candidate's own row: the rows
 * ranked before it are counted (its place) and its neighbours are the first row on either side.
 * It read every id and decision of the job into memory before: at 100,000 applications 0.8–1 s
 * per candidate page, now 0.05–0.3 s (the count still walks the index up to the candidate).
 */
export async function getQueuePosition(
  orgId: string,
  jobId: string,
  activeNovaId: string | null,
  filters: RankingFilters,
  applicationId: string,
  opts: { blind?: boolean } = {},
): Promise<QueuePosition> {
  const where = rankingWhere(orgId, jobId, activeNovaId, filters, opts);
  const keys = rankingKeys(filters.sort, opts);
  const [row, total] = await Promise.all([
    db.application.findFirst({
      where: { AND: [where, { id: applicationId }] },
      select: { currentScore: true, submittedAt: true, createdAt: true, candidateName: true, id: true },
    }),
    rankingTotal(orgId, jobId, filters, where),
  ]);
  if (!row) return { position: null, total, previousId: null, nextId: null, nextUndecidedId: null, page: 1 };
  const before: Where = { AND: [where, beyond(keys, row, "before")] };
  const after: Where = { AND: [where, beyond(keys, row, "after")] };
  const order = rankingOrder(filters.sort, opts);
  const undecided: Where = { decision: "UNDECIDED" };
  const first = (w: Where, orderBy = order) =>
    db.application.findFirst({ where: w, orderBy, select: { id: true } }).then((r) => r?.id ?? null);
  const [ahead, previousId, nextId, nextUndecided, firstUndecided] = await Promise.all([
    db.application.count({ where: before }),
    first(before, reversed(keys)),
    first(after),
    first({ AND: [after, undecided] }),
    // Wrapping round: the first undecided from the top.
    first({ AND: [before, undecided] }),
  ]);
  return {
    position: ahead + 1,
    total,
    previousId,
    nextId,
    nextUndecidedId: nextUndecided ?? firstUndecided,
    page: Math.floor(ahead / PAGE_SIZE) + 1,
  };
}

/** Does this key put NULLs first here? SQLite sorts NULL as the smallest value, PostgreSQL as the largest. */
function nullsFirst(k: RankingKey): boolean {
  if (k.nullsLast) return false;
  return usesPostgres() ? k.dir === "desc" : k.dir === "asc";
}

/** Rows strictly before (or after) `value` on one key; null when none can be. */
function pastOnKey(k: RankingKey, value: unknown, side: "before" | "after"): Where | null {
  const nullsOnThisSide = !!k.nullable && nullsFirst(k) === (side === "before");
  if (value === null || value === undefined) return nullsOnThisSide ? null : { [k.field]: { not: null } };
  const smaller = (k.dir === "asc") === (side === "before");
  const compared = { [k.field]: { [smaller ? "lt" : "gt"]: value } };
  return nullsOnThisSide ? { OR: [compared, { [k.field]: null }] } : compared;
}

/** Rows ranked before (or after) `row`: equal on the first keys, past it on the next one. */
function beyond(keys: RankingKey[], row: KeyValues, side: "before" | "after"): Where {
  const or: Where[] = [];
  keys.forEach((k, i) => {
    const past = pastOnKey(k, row[k.field], side);
    if (past) or.push({ AND: [...keys.slice(0, i).map((p) => ({ [p.field]: row[p.field] ?? null })), past] });
  });
  return { OR: or };
}

/** The ranking's order backwards (for the previous row): each key flipped, its NULLs too. */
function reversed(keys: RankingKey[]): Prisma.ApplicationOrderByWithRelationInput[] {
  return keys.map((k) => {
    const dir = k.dir === "asc" ? "desc" : "asc";
    // Only an explicit NULLS LAST needs saying the other way round (PostgreSQL; SQLite's ASC has them first).
    if (k.nullsLast && usesPostgres()) return { [k.field]: { sort: dir, nulls: "first" } };
    return { [k.field]: dir };
  });
}
