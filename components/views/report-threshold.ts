import { BANDS } from "@/lib/nova/bands";

/**
 * The threshold a rescore report measures crossings against: the ranking's `min=` when the
 * link carries it, otherwise the bottom of Nova's "Strong" band (7), the usual shortlist line.
 */
export const DEFAULT_REPORT_THRESHOLD = BANDS.find((b) => b.key === "strong")!.min;

export function reportThreshold(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 1 && n <= 10 ? n : DEFAULT_REPORT_THRESHOLD;
}
