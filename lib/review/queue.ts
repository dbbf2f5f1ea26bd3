import { db } from "@/lib/db";
import { rankingOrder, rankingWhere } from "@/lib/applications/queries";
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

/**
 * Where a candidate sits in the ranking as the recruiter filtered and sorted it, so the
 * candidate page can walk the same list. Reads ids and decisions only (a 10,000-row job is
 * a few hundred KB), in the ranking's own order and index.
 */
export async function getQueuePosition(
  orgId: string,
  jobId: string,
  activeNovaId: string | null,
  filters: RankingFilters,
  applicationId: string,
  opts: { blind?: boolean } = {},
): Promise<QueuePosition> {
  const rows = await db.application.findMany({
    where: rankingWhere(orgId, jobId, activeNovaId, filters, opts),
    orderBy: rankingOrder(filters.sort, opts),
    select: { id: true, decision: true },
  });
  const i = rows.findIndex((r) => r.id === applicationId);
  if (i < 0)
    return { position: null, total: rows.length, previousId: null, nextId: null, nextUndecidedId: null, page: 1 };
  const after = [...rows.slice(i + 1), ...rows.slice(0, i)];
  return {
    position: i + 1,
    total: rows.length,
    previousId: rows[i - 1]?.id ?? null,
    nextId: rows[i + 1]?.id ?? null,
    nextUndecidedId: after.find((r) => r.decision === "UNDECIDED")?.id ?? null,
    page: Math.floor(i / PAGE_SIZE) + 1,
  };
}
