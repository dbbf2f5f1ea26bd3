import type { Importance } from "./diff";

/** Display order and wording of Nova's importance levels (nova-api.md §6). Pure, client-safe. */
export const IMPORTANCES: readonly Importance[] = ["MUST_HAVE", "PREFERRED", "NICE_TO_HAVE"];

export const IMPORTANCE_LABEL: Record<Importance, string> = {
  MUST_HAVE: "Must have",
  PREFERRED: "Preferred",
  NICE_TO_HAVE: "Nice to have",
};

export const IMPORTANCE_HINT: Record<Importance, string> = {
  MUST_HAVE: "Required; missing it disqualifies.",
  PREFERRED: "Important, not a blocker.",
  NICE_TO_HAVE: "Adds value.",
};

export function groupByImportance<T extends { importance: Importance }>(
  items: readonly T[],
): { importance: Importance; items: T[] }[] {
  return IMPORTANCES.map((importance) => ({ importance, items: items.filter((i) => i.importance === importance) }));
}
