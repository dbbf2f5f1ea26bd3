/**
 * Reading list filters from a page's URL (audit log, webhook deliveries): every value is bounded
 * and malformed ones fall back to "no filter", so a hand-edited link never errors.
 */
export type SearchParams = Record<string, string | string[] | undefined>;

export const firstParam = (v: string | string[] | undefined): string => (Array.isArray(v) ? v[0] : v) ?? "";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar day `YYYY-MM-DD` (UTC), or "" when it is not one. */
export const dayParam = (v: string): string => (DAY.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) ? v : "");

/** An id or a dotted name (`decision.changed`, `score.completed`), at most 100 characters. */
export const tokenParam = (v: string): string => (/^[\w.:-]{1,100}$/.test(v) ? v : "");

/** A 1-based page number; anything else is page 1. */
export function pageParam(v: string): number {
  const page = Number(v);
  return Number.isInteger(page) && page >= 1 ? Math.min(page, 100_000) : 1;
}

/** A query string of the set values only (page 1 is the default and left out). */
export function queryOf(values: [key: string, value: string | number | undefined][]): string {
  const sp = new URLSearchParams();
  for (const [key, value] of values) {
    if (key === "page" ? Number(value) > 1 : value) sp.set(key, String(value));
  }
  return sp.toString();
}

/** The createdAt window of `from`..`to` (whole UTC days, `to` inclusive). */
export function dateWindow(f: { from: string; to: string }): { gte?: Date; lt?: Date } {
  const w: { gte?: Date; lt?: Date } = {};
  if (f.from) w.gte = new Date(`${f.from}T00:00:00Z`);
  if (f.to) w.lt = new Date(Date.parse(`${f.to}T00:00:00Z`) + 86_400_000);
  return w;
}
