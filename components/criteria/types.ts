import type { Importance } from "@/lib/nova/importance";

/** A criterion as the editors hold it before saving (Nova id absent for new ones). */
export interface DraftCriterion {
  key: string;
  id?: string;
  text: string;
  importance: Importance;
}

let seq = 0;
/** Stable React keys for rows that have no id yet. */
export function draftKey(): string {
  seq += 1;
  return `draft-${seq}`;
}
