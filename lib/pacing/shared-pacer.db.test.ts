import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ANSWER_WAIT_WINDOWS, DEFAULT_LIMITS, PACE_MARGIN_MS } from "@/lib/nova/pacing";
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
    const began = Date.now();
    await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const release = await pacers[i % 2]!.bucket("http://nova", "scoring_intake_batch").acquire();
        starts.push(Date.now());
        await new Promise((r) => setTimeout(r, 5));
        release();
      }),
    );
    expect(starts).toHaveLength(8);
    // Two slots, each reused only a full window after its previous request started: 8 requests take
    // four rounds, so the last cannot start before three windows have passed. (A lower bound from a
    // clock read before the first acquire: a busy event loop only makes the recorded starts later,
    // whereas gaps between recorded starts can shrink when one of them is recorded late.)
    expect(Math.max(...starts) - began).toBeGreaterThanOrEqual(3 * windowMs);
    expect(await t.db.novaPaceSlot.count({ where: { key: "http://nova scoring_intake_batch" } })).toBe(2);
  });

  it("lets the next request start while a slow one is still waiting for its answer", async () => {
    const limits = { ...DEFAULT_LIMITS, scoring_intake_batch: { perSecond: 1 } };
    const pacers = [new SharedPacer(t.db, limits, { windowMs: 50 }), new SharedPacer(other, limits, { windowMs: 50 })];
    let secondStarted!: () => void;
    const second = new Promise<void>((r) => (secondStarted = r));
    const events: string[] = [];
    await Promise.all([
      (async () => {
        const release = await pacers[0]!.bucket("http://slow", "scoring_intake_batch").acquire();
        events.push("first started");
        // Answered only once the second request has started: this finishes only if pacing lets it.
        await second;
        events.push("first answered");
        release();
      })(),
      (async () => {
        while (!events.length) await new Promise((r) => setTimeout(r, 5));
        const release = await pacers[1]!.bucket("http://slow", "scoring_intake_batch").acquire();
        events.push("second started");
        secondStarted();
        release();
      })(),
    ]);
    expect(events).toEqual(["first started", "second started", "first answered"]);
  });

  it("keeps a slot until Nova's window that counted its request has ended; a release after the slot was taken again changes nothing", async () => {
    const pacer = new SharedPacer(
      t.db,
      { ...DEFAULT_LIMITS, scoring_intake_batch: { perSecond: 1 } },
      { windowMs: 200 },
    );
    const slot = () => t.db.novaPaceSlot.findFirstOrThrow({ where: { key: "http://late scoring_intake_batch" } });
    const late = await pacer.bucket("http://late", "scoring_intake_batch").acquire();
    // Waiting for its answer: free after ANSWER_WAIT_WINDOWS at most.
    expect((await slot()).freeAt.getTime()).toBeLessThanOrEqual(Date.now() + ANSWER_WAIT_WINDOWS * 200);
    // The answer, 100 ms later: Nova counted it in a window ending 150 ms from now (it arrived late).
    await new Promise((r) => setTimeout(r, 100));
    const windowEndsAt = Date.now() + 150;
    late({ windowEndsAt });
    await expect.poll(async () => (await slot()).holder).toBeNull();
    expect((await slot()).freeAt.getTime()).toBe(windowEndsAt + PACE_MARGIN_MS);

    // Unanswered past the answer wait, the slot serves the next request; the late release leaves it alone.
    const slow = await pacer.bucket("http://late", "scoring_intake_batch").acquire();
    const next = await pacer.bucket("http://late", "scoring_intake_batch").acquire();
    const taken = await slot();
    slow({ retryAfterMs: null });
    await new Promise((r) => setTimeout(r, 50));
    expect(await slot()).toEqual(taken);
    next();
  });

  it("holds criteria_ai slots until answered, and a 429 holds the whole bucket back on every instance", async () => {
    const pacer = new SharedPacer(t.db);
    const ai = await pacer.bucket("http://held", "criteria_ai").acquire();
    const held = await t.db.novaPaceSlot.findFirstOrThrow({
      where: { key: "http://held criteria_ai", holder: { not: null } },
    });
    // In flight: held for the lease, not one window.
    expect(held.freeAt.getTime()).toBeGreaterThan(Date.now() + 60_000);
    ai();

    const release = await pacer.bucket("http://busy", "scoring_intake_single").acquire();
    release({ retryAfterMs: 120_000 });
    await expect
      .poll(() =>
        t.db.novaPaceSlot.count({
          where: { key: "http://busy scoring_intake_single", freeAt: { lte: new Date(Date.now() + 100_000) } },
        }),
      )
      .toBe(0);
    expect(await t.db.novaPaceSlot.count({ where: { key: "http://busy scoring_intake_single" } })).toBe(10);
  });
});
