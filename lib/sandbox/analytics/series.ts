// Pure time-series helpers for the analytics endpoints (nova-api.md §2.13): no clock, no I/O.

export type TimeRange = "1h" | "24h" | "7d" | "30d" | "90d";
export type Granularity = "minute" | "hour" | "day";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const RANGE_MS: Record<TimeRange, number> = { "1h": HOUR, "24h": DAY, "7d": 7 * DAY, "30d": 30 * DAY, "90d": 90 * DAY };
const STEP_MS: Record<Granularity, number> = { minute: MINUTE, hour: HOUR, day: DAY };

/** 1h → minute, 24h → hour, longer → day (as documented). */
export function granularityOf(range: TimeRange): Granularity {
  return range === "1h" ? "minute" : range === "24h" ? "hour" : "day";
}

export function periodOf(range: TimeRange, now: Date): { start: Date; end: Date } {
  return { start: new Date(now.getTime() - RANGE_MS[range]), end: now };
}

/** Bucket starts (UTC-aligned) covering the period, oldest first. */
export function bucketStarts(range: TimeRange, now: Date): number[] {
  const step = STEP_MS[granularityOf(range)];
  const { start } = periodOf(range, now);
  const first = Math.floor(start.getTime() / step) * step;
  const out: number[] = [];
  for (let t = first; t <= now.getTime(); t += step) out.push(t);
  return out;
}

export function bucketOf(time: Date, range: TimeRange): number {
  const step = STEP_MS[granularityOf(range)];
  return Math.floor(time.getTime() / step) * step;
}

/** Nearest-rank percentile of an ascending-sorted list; null when empty. */
export function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}
