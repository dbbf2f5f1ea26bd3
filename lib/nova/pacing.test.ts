import { describe, expect, it } from "vitest";
import { bucketFor, TokenBucket } from "./pacing";

describe("bucketFor", () => {
  it("maps routes to Nova's documented buckets", () => {
    expect(bucketFor("POST", "/v1/jobs/j/criteria/generate")).toBe("criteria_ai");
    expect(bucketFor("POST", "/v1/jobs/j/question-sets")).toBe("criteria_ai");
    expect(bucketFor("POST", "/v1/jobs/j/scoring-batches")).toBe("scoring_intake_batch");
    expect(bucketFor("POST", "/v1/jobs/j/applications/a/scoring-jobs")).toBe("scoring_intake_single");
    expect(bucketFor("GET", "/v1/jobs/j/criteria/versions/current")).toBe("criteria_current_reads");
    expect(bucketFor("GET", "/v1/jobs/j/applications/a/scoring-jobs/s")).toBe("read_and_ops");
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
  it("lets perSecond requests go at once, then the next only a window after a response", async () => {
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
    expect(starts[10]).toBe(1000);
    expect(starts[29]).toBe(2000);
  });

  it("keeps every one-second window at or under the limit, whatever the latency", async () => {
    const clock = virtualClock();
    const bucket = new TokenBucket(10, clock.now, clock.sleep);
    const arrivals: number[] = [];
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const all = Array.from({ length: 80 }, async () => {
      const release = await bucket.acquire();
      // Arrives somewhere in a 0–900 ms trip; answered up to 300 ms later.
      const arrive = clock.now() + random() * 900;
      arrivals.push(arrive);
      await clock.sleep(arrive - clock.now() + random() * 300);
      release();
    });
    await clock.drain();
    await Promise.all(all);
    arrivals.sort((a, b) => a - b);
    for (let i = 0; i + 10 < arrivals.length; i++)
      expect(arrivals[i + 10]! - arrivals[i]!).toBeGreaterThanOrEqual(1000);
  });

  it("caps requests in flight at the limit", async () => {
    const bucket = new TokenBucket(2);
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
    await new Promise((r) => setTimeout(r, 30));
    // Freed, but only one window after r1's response.
    expect(third).toBe(false);
    await p;
    expect(third).toBe(true);
  });
});
