import type { Prisma } from "@/lib/db";

/**
 * "Stale": the application's current score used a criteria version other than the job's
 * active one, so it may rank differently once rescored. Not yet scored is not stale, and
 * without an active version nothing is. The one definition, as a query and as a value test.
 */
export function staleWhere(activeNovaId: string | null): Prisma.ApplicationWhereInput {
  if (!activeNovaId) return { id: { in: [] } };
  return { currentCriteriaVersionNovaId: { not: null }, NOT: { currentCriteriaVersionNovaId: activeNovaId } };
}

export function isStale(scoredOnNovaId: string | null, activeNovaId: string | null): boolean {
  return activeNovaId !== null && scoredOnNovaId !== null && scoredOnNovaId !== activeNovaId;
}
