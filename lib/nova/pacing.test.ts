import { describe, expect, it } from "vitest";
import { ANSWER_WAIT_WINDOWS, bucketFor, holdsUntilAnswered, PACE_MARGIN_MS, TokenBucket } from "./pacing";

describe("bucketFor", () => {
  it("maps routes to Nova's documented buckets", () => {
    expect(bucketFor("POST", "/v1/jobs/j/criteria/generate")).toBe("criteria_ai");
    expect(bucketFor("POST", "/v1/jobs/j/question-sets")).toBe("criteria_ai");
    expect(bucketFor("POST", "/v1/jobs/j/scoring-batches")).toBe("scoring_intake_batch");
    expect(bucketFor("POST", "/v1/jobs/j/applications/a/scoring-jobs")).toBe("scoring_intake_single");
    expect(bucketFor("GET", "/v1/jobs/j/criteria/versions/current")).toBe("criteria_current_reads");
    expect(bucketFor("GET", "/v1/jobs/j/applications/a/scoring-jobs/s")).toBe("read_and_ops");
  });

  it("holds only criteria_ai slots until answered (Nova's in-flight cap)", () => {
    expect(holdsUntilAnswered("criteria_ai")).toBe(true);
    expect(holdsUntilAnswered("scoring_intake_batch")).toBe(false);
  });
});

/** A virtual clock: sleeps advance time; simulated requests finish at scheduled times. */
function virtualClock() {
  let now = 0;
  const timers: { at: number; fire: () => void }[] = [];
  return {
    now: () => now,
    sleep: (ms: number) => new Promise<void>((r) => timers.push({ at: now + ms, fire: r })),
    /** Runs timers in time order until nothing is left. */
    async drain() {
      for (;;) {
        await new Promise((r) => setImmediate(r));
        timers.sort((a, b) => a.at - b.at);
        const next = timers.shift();
        if (!next) return;
        now = Math.max(now, next.at);
        next.fire();
      }
    },
  };
}

describe("TokenBucket", () => {
  it("lets perSecond requests go at once, then the next one window after the first started", async () => {
    const clock = virtualClock();
    const bucket = new TokenBucket(10, clock.now, clock.sleep);
    const starts: number[] = [];
    const all = Array.from({ length: 30 }, async () => {
      const release = await bucket.acquire();
      starts.push(clock.now());
      release();
    });
    await clock.drain();
    await Promise.all(all);
    expect(starts.slice(0, 10).every((t) => t === 0)).toBe(true);
    expect(starts[10]).toBe(1000 + PACE_MARGIN_MS);
    expect(starts[29]).toBe(2 * (1000 + PACE_MARGIN_MS));
  });

  it("starts at most perSecond requests per window, and a slow response holds the next one back only ANSWER_WAIT_WINDOWS", async () => {
    const clock = virtualClock();
    const bucket = new TokenBucket(1, clock.now, clock.sleep);
    const starts: number[] = [];
    const ends: number[] = [];
    const all = Array.from({ length: 6 }, async () => {
      const release = await bucket.acquire();
      starts.push(clock.now());
      // Each answer takes three windows (a batch of 25 resumes on a busy Nova).
      await clock.sleep(3000);
      ends.push(clock.now());
      release();
    });
    await clock.drain();
    await Promise.all(all);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBe(ANSWER_WAIT_WINDOWS * 1000);
    // The second started while the first was still waiting for its answer.
    expect(starts[1]).toBeLessThan(ends[0]!);
  });

  it("keeps a slot until Nova's window that counted its request has ended (a request that arrived late)", async () => {
    const clock = virtualClock();
    const bucket = new TokenBucket(1, clock.now, clock.sleep);
    const starts: number[] = [];
    const all = [0, 1, 2].map(async (i) => {
      const release = await bucket.acquire();
      const started = clock.now();
      starts.push(started);
      await clock.sleep(200);
      // The first reached Nova late, in the window ending 1.15 s after it started; the others at once.
      release({ windowEndsAt: i === 0 ? started + 1150 : started + 1000 });
    });
    await clock.drain();
    await Promise.all(all);
    expect(starts).toEqual([0, 1150 + PACE_MARGIN_MS, 1150 + PACE_MARGIN_MS + 1000 + PACE_MARGIN_MS]);
  });

  it("holds a 429's slot back for its Retry-After", async () => {
    const clock = virtualClock();
    const bucket = new TokenBucket(1, clock.now, clock.sleep);
    const starts: number[] = [];
    const all = [0, 1].map(async (i) => {
      const release = await bucket.acquire();
      starts.push(clock.now());
      await clock.sleep(100);
      release(i === 0 ? { retryAfterMs: 2000 } : undefined);
    });
    await clock.drain();
    await Promise.all(all);
    expect(starts).toEqual([0, 2100]);
  });

  it("caps requests in flight at the limit when the bucket holds slots until answered", async () => {
    const bucket = new TokenBucket(2, Date.now, undefined, 1000, true);
    const r1 = await bucket.acquire();
    await bucket.acquire();
    let third = false;
    const p = bucket.acquire().then((r) => {
      third = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 30));
    expect(third).toBe(false);
    r1();
    await p;
    expect(third).toBe(true);
  });
});
