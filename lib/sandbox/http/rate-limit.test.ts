import { describe, expect, it } from "vitest";
import { ConfigError } from "@/lib/config";
import { DEFAULT_RATE_LIMITS, parseRateLimits } from "./rate-limit";

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
