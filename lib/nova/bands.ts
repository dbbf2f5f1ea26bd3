/**
 * Nova's score bands (nova-api.md §7, the G4/G5 five-band model). Pure: shared by the server
 * pages, the CSV export and client components, so a score reads the same everywhere.
 */
export type BandKey = "exceptional" | "strong" | "mixed" | "gaps" | "missing";

export interface Band {
  key: BandKey;
  label: string;
  /** Inclusive score range, for filters and legends. */
  min: number;
  max: number;
}

export const BANDS: readonly Band[] = [
  { key: "exceptional", label: "Exceptional", min: 9, max: 10 },
  { key: "strong", label: "Strong", min: 7, max: 8 },
  { key: "mixed", label: "Mixed", min: 5, max: 6 },
  { key: "gaps", label: "Significant gaps", min: 3, max: 4 },
  // Some Nova pages document 0–10, so 0 lands here rather than nowhere.
  { key: "missing", label: "Missing fundamentals", min: 0, max: 2 },
];

/** The band of an integer score; scores outside 0–10 are clamped (never throw on Nova's data). */
export function scoreBand(score: number): Band {
  const s = Math.max(0, Math.min(10, Math.round(score)));
  return BANDS.find((b) => s >= b.min && s <= b.max) ?? BANDS[BANDS.length - 1]!;
}
