import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY_BASE_MS, MAX_DELIVERY_ATTEMPTS, retryDelayMs } from "./retry";

const MIN = 60_000;

describe("retryDelayMs", () => {
  it("allows 5 attempts in total, so 4 delays", () => {
    expect(MAX_DELIVERY_ATTEMPTS).toBe(5);
    expect(DEFAULT_RETRY_BASE_MS).toBe(MIN);
  });

  it("doubles from 1 minute without jitter", () => {
    expect([1, 2, 3, 4].map((a) => retryDelayMs(a, MIN, 0))).toEqual([MIN, 2 * MIN, 4 * MIN, 8 * MIN]);
  });

  it("adds up to 50 % jitter and stays within [1 min, 30 min]", () => {
    expect([1, 2, 3, 4].map((a) => retryDelayMs(a, MIN, 0.999999))).toEqual([90_000, 180_000, 360_000, 720_000]);
    for (let attempt = 1; attempt <= 12; attempt++) {
      for (const rand of [0, 0.25, 0.5, 0.75, 0.999]) {
        const d = retryDelayMs(attempt, MIN, rand);
        expect(d).toBeGreaterThanOrEqual(MIN);
        expect(d).toBeLessThanOrEqual(30 * MIN);
      }
    }
    expect(retryDelayMs(10, MIN, 0)).toBe(30 * MIN);
  });

  it("grows with the attempt for any jitter, and jitter only ever lengthens a delay", () => {
    for (const rand of [0, 0.5, 0.99]) {
      const ds = [1, 2, 3, 4].map((a) => retryDelayMs(a, MIN, rand));
      expect(ds).toEqual([...ds].sort((a, b) => a - b));
      ds.forEach((d, i) => expect(d).toBeGreaterThanOrEqual(MIN * 2 ** i));
    }
  });

  it("scales the whole schedule with a shortened base (test servers use 200 ms)", () => {
    expect([1, 2, 3, 4].map((a) => retryDelayMs(a, 200, 0))).toEqual([200, 400, 800, 1600]);
    expect(retryDelayMs(20, 200, 0.9)).toBe(6_000);
    expect(retryDelayMs(1, 200, -5)).toBe(200);
  });
});
