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

describe("TokenBucket", () => {
  it("lets a second's burst through, then spaces requests at the rate (virtual clock)", async () => {
    let now = 0;
    const bucket = new TokenBucket(10, Infinity, () => now, async (ms) => void (now += ms));
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      (await bucket.acquire())();
      times.push(now);
    }
    // 10 at once, then never more than 10 starts inside any one-second window.
    expect(times.slice(0, 10).every((t) => t === 0)).toBe(true);
    expect(times[29]).toBeGreaterThanOrEqual(2000);
    expect(times[10]).toBeGreaterThanOrEqual(1000);
    for (let i = 10; i < 30; i++) expect(times[i]! - times[i - 10]!).toBeGreaterThanOrEqual(1000);
  });

  it("caps requests in flight", async () => {
    const bucket = new TokenBucket(100, 2);
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
