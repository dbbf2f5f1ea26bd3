import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEFAULT_LIMITS } from "@/lib/nova/pacing";
import { createTempDb, type TempDb } from "@/tests/support/db";
import { SharedPacer } from "./shared-pacer";

let t: TempDb;
let other: PrismaClient;
beforeAll(async () => {
  t = await createTempDb();
  other = t.another();
});
afterAll(() => t.drop());

describe("SharedPacer", () => {
  it("two instances together never start more than perSecond requests in any window", async () => {
    const limits = { ...DEFAULT_LIMITS, scoring_intake_batch: { perSecond: 2 } };
    const windowMs = 150;
    const pacers = [new SharedPacer(t.db, limits, { windowMs }), new SharedPacer(other, limits, { windowMs })];
    const starts: number[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const release = await pacers[i % 2]!.bucket("http://nova", "scoring_intake_batch").acquire();
        starts.push(Date.now());
        maxInFlight = Math.max(maxInFlight, ++inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
        release();
      }),
    );
    expect(starts).toHaveLength(8);
    expect(maxInFlight).toBeLessThanOrEqual(2);
    // Each slot is reused only a full window after its previous request ended.
    starts.sort((a, b) => a - b);
    for (let i = 2; i < starts.length; i++) expect(starts[i]! - starts[i - 2]!).toBeGreaterThanOrEqual(windowMs);
    expect(await t.db.novaPaceSlot.count({ where: { key: "http://nova scoring_intake_batch" } })).toBe(2);
  });
});
