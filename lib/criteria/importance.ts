import { IMPORTANCES, type Importance } from "@/lib/nova/importance";

/** Wording of Nova's importance levels, and grouping in their order. Pure, client-safe. */

export const IMPORTANCE_LABEL: Record<Importance, string> = {
  MUST_HAVE: "Must have",
  PREFERRED: "Preferred",
  NICE_TO_HAVE: "Nice to have",
};

export function groupByImportance<T extends { importance: Importance }>(
  items: readonly T[],
): { importance: Importance; items: T[] }[] {
  return IMPORTANCES.map((importance) => ({ importance, items: items.filter((i) => i.importance === importance) }));
}
