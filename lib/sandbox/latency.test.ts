import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "@/lib/config/schema";
import { NO_LATENCY, parseSandboxLatency, REALISTIC_LATENCY } from "@/lib/config/sandbox-latency";
import { latencyHeaders, latencyPolicy } from "./latency";

const base = {
  AUTH_SECRET: "x".repeat(40),
  NOVA_API_KEY: "sk_test_abcdefghijklmnop1234",
  NOVA_WEBHOOK_SECRET: "whsec_abcdefghijklmnop1234",
};

describe("NOVA_SANDBOX_LATENCY", () => {
  it("is off by default: the sandbox answers at once", () => {
    expect(parseConfig(base).sandbox.latency).toEqual(NO_LATENCY);
    const policy = latencyPolicy(NO_LATENCY);
    expect(policy.criteriaDelayMs()).toBe(0);
    expect(policy.scoringDelayMs()).toBe(0);
    expect(latencyHeaders(0)).toBeUndefined();
  });

  it("realistic: criteria generation 10–20 s, scoring 20–30 s, as Nova documents", () => {
    expect(parseConfig({ ...base, NOVA_SANDBOX_LATENCY: "realistic" }).sandbox.latency).toEqual(REALISTIC_LATENCY);
    expect(latencyPolicy(REALISTIC_LATENCY, () => 0).criteriaDelayMs()).toBe(10_000);
    expect(latencyPolicy(REALISTIC_LATENCY, () => 1).criteriaDelayMs()).toBe(20_000);
    expect(latencyPolicy(REALISTIC_LATENCY, () => 0).scoringDelayMs()).toBe(20_000);
    expect(latencyPolicy(REALISTIC_LATENCY, () => 1).scoringDelayMs()).toBe(30_000);
    expect(latencyPolicy(REALISTIC_LATENCY, () => 0.5).scoringDelayMs()).toBe(25_000);
    // Drawn, not fixed: a spread of draws stays inside the documented ranges.
    const policy = latencyPolicy(REALISTIC_LATENCY);
    for (let i = 0; i < 200; i++) {
      const c = policy.criteriaDelayMs();
      const s = policy.scoringDelayMs();
      expect(c).toBeGreaterThanOrEqual(10_000);
      expect(c).toBeLessThanOrEqual(20_000);
      expect(s).toBeGreaterThanOrEqual(20_000);
      expect(s).toBeLessThanOrEqual(30_000);
    }
    expect(latencyHeaders(12_345)).toEqual({ "X-Sandbox-Latency-Ms": "12345" });
  });

  it("takes explicit ranges in seconds, either part optional", () => {
    expect(parseSandboxLatency("criteria=1-2,scoring=3")).toEqual({
      criteriaMs: [1000, 2000],
      scoringMs: [3000, 3000],
    });
    expect(parseSandboxLatency(" scoring = 0.5 - 1.5 ")).toEqual({ criteriaMs: [0, 0], scoringMs: [500, 1500] });
    expect(parseSandboxLatency("off")).toEqual(NO_LATENCY);
    expect(parseSandboxLatency("REALISTIC")).toEqual(REALISTIC_LATENCY);
    expect(parseSandboxLatency("criteria=100,scoring=600")).toEqual({
      criteriaMs: [100_000, 100_000],
      scoringMs: [600_000, 600_000],
    });
  });

  it("stops start-up on a bad value, naming the setting", () => {
    for (const bad of ["slow", "criteria=20-10", "scoring=1-9999", "criteria=101", "criteria=", "latency=1"]) {
      let error: unknown;
      try {
        parseConfig({ ...base, NOVA_SANDBOX_LATENCY: bad });
      } catch (err) {
        error = err;
      }
      expect(error, bad).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).setting).toBe("NOVA_SANDBOX_LATENCY");
    }
  });
});
