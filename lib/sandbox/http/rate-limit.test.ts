import { describe, expect, it } from "vitest";
import { ConfigError } from "@/lib/config";
import { ApiError } from "./errors";
import { DEFAULT_RATE_LIMITS, parseRateLimits, RateLimiter } from "./rate-limit";

describe("parseRateLimits", () => {
  it("keeps Nova's defaults when unset and overrides single buckets", () => {
    expect(parseRateLimits(undefined)).toEqual(DEFAULT_RATE_LIMITS);
    const limits = parseRateLimits("scoring_intake_batch=5, read_and_ops=1,criteria_ai_inflight=2");
    expect(limits.perSecond.scoring_intake_batch).toBe(5);
    expect(limits.perSecond.read_and_ops).toBe(1);
    expect(limits.perSecond.analytics).toBe(20);
    expect(limits.criteriaAiInflight).toBe(2);
  });

  it.each([
    ["read_and_ops=0", /positive integer/],
    ["read_and_ops=fast", /bucket=number/],
    ["reads=3", /unknown bucket "reads"/],
    ["read_and_ops", /bucket=number/],
  ])("rejects %s with a ConfigError naming the setting", (raw, message) => {
    let error: unknown;
    try {
      parseRateLimits(raw);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).setting).toBe("NOVA_SANDBOX_RATE_LIMITS");
    expect((error as Error).message).toMatch(message);
  });
});

describe("RateLimiter", () => {
  const limits = parseRateLimits("read_and_ops=2,criteria_ai_inflight=1");

  it("counts per one-second window and per partner, then answers 429 with Retry-After", () => {
    const limiter = new RateLimiter(limits);
    const t = 1_000_000_000_250;
    expect(limiter.take("p1", "read_and_ops", t).remaining).toBe(1);
    expect(limiter.take("p1", "read_and_ops", t + 100).remaining).toBe(0);
    expect(limiter.take("p2", "read_and_ops", t + 100).remaining).toBe(1);
    let error: ApiError | undefined;
    try {
      limiter.take("p1", "read_and_ops", t + 200);
    } catch (err) {
      error = err as ApiError;
    }
    expect(error?.status).toBe(429);
    expect(error?.code).toBe("RATE_LIMITED");
    expect(error?.options.headers?.["Retry-After"]).toBe("1");
    expect(error?.options.headers?.["X-RateLimit-Remaining"]).toBe("0");
    // The next second is a fresh window; other buckets were never touched.
    expect(limiter.take("p1", "read_and_ops", t + 1000).remaining).toBe(1);
    expect(limiter.peek("p1", "analytics", t).remaining).toBe(20);
  });

  it("caps concurrent criteria_ai requests and frees the slot when released", () => {
    const limiter = new RateLimiter(limits);
    const window = limiter.take("p", "criteria_ai");
    const release = limiter.enter("p", window);
    expect(() => limiter.enter("p", window)).toThrow(/in flight/);
    release();
    release(); // idempotent
    expect(limiter.activeInflight("p")).toBe(0);
    expect(() => limiter.enter("p", window)()).not.toThrow();
  });
});
