import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDb, type TestDb } from "@/lib/test-db";
import { ApiError } from "./errors";
import { parseRateLimits, RateLimiter } from "./rate-limit";
import { SharedRateLimiter } from "./shared-rate-limit";

let t: TestDb;
let other: PrismaClient;
beforeAll(async () => {
  t = await createTestDb();
  other = t.another();
});
afterAll(() => t.drop());

const limits = parseRateLimits("scoring_intake_batch=3");

async function outcome(p: Promise<unknown>): Promise<"ok" | 429> {
  try {
    await p;
    return "ok";
  } catch (err) {
    if (err instanceof ApiError && err.status === 429) return 429;
    throw err;
  }
}

describe("SharedRateLimiter", () => {
  it("admits exactly the limit per window across two instances racing, and logs the refusals", async () => {
    const a = new SharedRateLimiter(t.db, new RateLimiter(limits));
    const b = new SharedRateLimiter(other, new RateLimiter(limits));
    const at = 2_000_000_000_100; // one fixed window for all twelve requests
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => outcome((i % 2 ? a : b).take("p1:test", "scoring_intake_batch", at))),
    );
    expect(results.filter((r) => r === "ok")).toHaveLength(3);
    const row = await t.db.sandboxRateWindow.findUniqueOrThrow({
      where: { key_second: { key: "p1:test:scoring_intake_batch", second: Math.floor(at / 1000) } },
    });
    expect([row.admitted, row.refused]).toEqual([3, 9]);
    // Both instances see the spent window; the next second starts afresh.
    expect((await a.peek("p1:test", "scoring_intake_batch", at)).remaining).toBe(0);
    expect((await b.take("p1:test", "scoring_intake_batch", at + 1000)).remaining).toBe(2);
  });
});
