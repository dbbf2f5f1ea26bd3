import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTempDb, type TempDb } from "@/tests/support/db";
import { ApiError } from "./errors";
import { parseRateLimits } from "./rate-limit";
import { SharedRateLimiter } from "./shared-rate-limit";

let t: TempDb;
let other: PrismaClient;
beforeAll(async () => {
  t = await createTempDb();
  other = t.another();
});
afterAll(() => t.drop());

const limits = parseRateLimits("scoring_intake_batch=3,read_and_ops=2,criteria_ai_inflight=2");

/** The promise's value, or the 429 it was refused with. */
async function refusal<T>(p: Promise<T>): Promise<T | ApiError> {
  try {
    return await p;
  } catch (err) {
    if (err instanceof ApiError && err.status === 429) return err;
    throw err;
  }
}

describe("SharedRateLimiter windows", () => {
  it("counts per one-second window and per partner, then answers 429 with Retry-After", async () => {
    const limiter = new SharedRateLimiter(t.db, limits);
    const at = 1_000_000_000_250;
    expect((await limiter.take("p1:test", "read_and_ops", at)).remaining).toBe(1);
    expect((await limiter.take("p1:test", "read_and_ops", at + 100)).remaining).toBe(0);
    expect((await limiter.take("p2:test", "read_and_ops", at + 100)).remaining).toBe(1);
    const error = await refusal(limiter.take("p1:test", "read_and_ops", at + 200));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: "RATE_LIMITED" });
    expect((error as ApiError).options.headers?.["Retry-After"]).toBe("1");
    expect((error as ApiError).options.headers?.["X-RateLimit-Remaining"]).toBe("0");
    // The next second is a fresh window; other buckets were never touched.
    expect((await limiter.take("p1:test", "read_and_ops", at + 1000)).remaining).toBe(1);
    expect((await limiter.peek("p1:test", "analytics", at)).remaining).toBe(20);
  });

  it("admits exactly the limit per window across two instances racing, and logs the refusals", async () => {
    const a = new SharedRateLimiter(t.db, limits);
    const b = new SharedRateLimiter(other, limits);
    const at = 2_000_000_000_100; // one fixed window for all twelve requests
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => refusal((i % 2 ? a : b).take("p1:test", "scoring_intake_batch", at))),
    );
    expect(results.filter((r) => !(r instanceof ApiError))).toHaveLength(3);
    const row = await t.db.sandboxRateWindow.findUniqueOrThrow({
      where: { key_second: { key: "p1:test:scoring_intake_batch", second: Math.floor(at / 1000) } },
    });
    expect([row.admitted, row.refused]).toEqual([3, 9]);
    // Both instances see the spent window; the next second starts afresh.
    expect((await a.peek("p1:test", "scoring_intake_batch", at)).remaining).toBe(0);
    expect((await b.take("p1:test", "scoring_intake_batch", at + 1000)).remaining).toBe(2);
  });
});

describe("SharedRateLimiter criteria_ai in-flight cap", () => {
  it("is shared by two instances racing: exactly the cap is admitted, and a released slot is free to either", async () => {
    const a = new SharedRateLimiter(t.db, limits);
    const b = new SharedRateLimiter(other, limits);
    const window = await a.take("p3:test", "criteria_ai");
    const entered = await Promise.all(
      Array.from({ length: 6 }, (_, i) => refusal((i % 2 ? a : b).enter("p3:test", window))),
    );
    const releases = entered.filter((r): r is () => Promise<void> => !(r instanceof ApiError));
    expect(releases).toHaveLength(2);
    for (const r of entered.filter((r) => r instanceof ApiError))
      expect(r.message).toMatch(/Too many criteria AI requests in flight \(max 2\)/);
    expect(await a.activeInflight("p3:test")).toBe(2);
    expect(await b.activeInflight("p3:test")).toBe(2);
    await releases[0]!();
    await releases[0]!(); // idempotent: the second call frees nothing more
    expect(await b.activeInflight("p3:test")).toBe(1);
    const again = await b.enter("p3:test", window);
    expect(await refusal(a.enter("p3:test", window))).toBeInstanceOf(ApiError);
    await Promise.all([again(), releases[1]!()]);
    expect(await a.activeInflight("p3:test")).toBe(0);
  });

  it("gets a dead holder's slot back when its lease runs out", async () => {
    const a = new SharedRateLimiter(t.db, parseRateLimits("criteria_ai_inflight=1"));
    const window = await a.take("p4:test", "criteria_ai");
    const now = Date.now();
    await a.enter("p4:test", window, now); // never released: its process "died"
    expect(await refusal(a.enter("p4:test", window, now))).toBeInstanceOf(ApiError);
    const b = new SharedRateLimiter(other, parseRateLimits("criteria_ai_inflight=1"));
    const release = await b.enter("p4:test", window, now + 121_000);
    await release();
  });
});
