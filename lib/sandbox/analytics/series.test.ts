import { describe, expect, it } from "vitest";
import { bucketOf, bucketStarts, granularityOf, percentile, periodOf } from "./series";

describe("analytics series", () => {
  const now = new Date("2026-05-10T12:34:56Z");

  it("picks the documented granularity per range", () => {
    expect(granularityOf("1h")).toBe("minute");
    expect(granularityOf("24h")).toBe("hour");
    expect(granularityOf("7d")).toBe("day");
    expect(granularityOf("90d")).toBe("day");
  });

  it("covers the period with aligned buckets, oldest first", () => {
    const hours = bucketStarts("24h", now);
    expect(hours).toHaveLength(25);
    expect(new Date(hours[0]!).toISOString()).toBe("2026-05-09T12:00:00.000Z");
    expect(new Date(hours.at(-1)!).toISOString()).toBe("2026-05-10T12:00:00.000Z");
    expect(bucketStarts("1h", now)).toHaveLength(61);
    expect(periodOf("7d", now).start.toISOString()).toBe("2026-05-03T12:34:56.000Z");
    expect(new Date(bucketOf(now, "7d")).toISOString()).toBe("2026-05-10T00:00:00.000Z");
  });

  it("computes nearest-rank percentiles and null for no data", () => {
    const values = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });
});
