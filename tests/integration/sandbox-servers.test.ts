import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, testPort, type TestServer } from "../support/test-server";
import { newTenant, sandboxClient } from "./sandbox-helpers";

// Servers of this file's own, so the shared server keeps Nova's real limits: one with
// NOVA_SANDBOX_RATE_LIMITS set low, one pointed at a real Nova (sandbox off). A malformed
// NOVA_SANDBOX_RATE_LIMITS is covered by lib/sandbox/http/handle-request.test.ts.

let limited: TestServer;
let realNova: TestServer;

beforeAll(async () => {
  // Settle both before failing, so a server that did start is still stopped in afterAll.
  const started = await Promise.allSettled([
    startTestServer("sandbox-rate-limits", testPort(11), {
      NOVA_SANDBOX_RATE_LIMITS: "read_and_ops=3,scoring_intake_batch=1",
    }),
    startTestServer("sandbox-off", testPort(12), {
      NOVA_API_URL: "https://embed.nova.dweet.com",
      // A hosted Nova needs a public https APP_URL to start (it downloads resumes from it).
      APP_URL: "https://shortlist.example.com",
      NOVA_API_KEY: "sk_test_realnovakey000000000000",
      NOVA_WEBHOOK_SECRET: "whsec_realnovasecret0000000000",
    }),
  ]);
  if (started[0].status === "fulfilled") limited = started[0].value;
  if (started[1].status === "fulfilled") realNova = started[1].value;
  for (const s of started) if (s.status === "rejected") throw s.reason;
});

afterAll(async () => {
  await Promise.all([limited?.stop(), realNova?.stop()]);
});

describe("rate limits (NOVA_SANDBOX_RATE_LIMITS=read_and_ops=3)", () => {
  it("answers 429 RATE_LIMITED with Retry-After once a bucket's per-second window is spent", async () => {
    const call = sandboxClient({ baseUrl: limited.url, key: limited.env.NOVA_API_KEY!, tenant: newTenant() });
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => call("GET", "/v1/criteria-library", { no429Retry: true })),
    );
    const ok = responses.filter((r) => r.status === 200);
    const limitedResponses = responses.filter((r) => r.status === 429);
    // Ten requests can straddle at most two one-second windows of 3.
    expect(ok.length).toBeGreaterThanOrEqual(3);
    expect(ok.length).toBeLessThanOrEqual(6);
    expect(limitedResponses.length).toBe(10 - ok.length);
    const r = limitedResponses[0]!;
    expect(r.body).toMatchObject({
      code: "RATE_LIMITED",
      status: 429,
      retryable: true,
      type: "https://docs.nova.dweet.com/embed-api/errors#rate-limited",
    });
    expect(Number(r.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(r.headers.get("x-ratelimit-bucket")).toBe("read_and_ops");
    expect(r.headers.get("x-ratelimit-limit")).toBe("3");
    expect(r.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(r.headers.get("x-trace-id")).toMatch(/^[0-9a-f]{32}$/);

    // Buckets are isolated: analytics still has tokens while read_and_ops is spent.
    expect((await call("GET", "/v1/analytics/overview?timeRange=1h", { no429Retry: true })).status).toBe(200);
    const status = await call<Record<string, { limit: number }>>("GET", "/v1/rate-limit-status", { no429Retry: true });
    expect(status.body.read_and_ops!.limit).toBe(3);
    expect(status.body.scoring_intake_single!.limit).toBe(10);
    expect(status.body.criteria_ai_inflight).toEqual({ limit: 4, active: 0, retryAfterSeconds: 0 });
  });
});

describe("sandbox switched off (NOVA_API_URL points at a real Nova)", () => {
  it("answers 404 on every sandbox route, with or without the key", async () => {
    const key = realNova.env.NOVA_API_KEY!;
    const call = sandboxClient({ baseUrl: realNova.url, key, tenant: "acme" });
    for (const [method, path] of [
      ["GET", "/v1/jobs/job-1/criteria"],
      ["POST", "/v1/score"],
      ["GET", "/v1/rate-limit-status"],
      ["GET", "/v1/no-such-route"],
    ] as const) {
      const res = await call(method, path, method === "POST" ? { body: {} } : {});
      expect(res.status, path).toBe(404);
      expect(res.body.code).toBe("NOT_FOUND");
      expect(res.headers.get("x-trace-id")).toMatch(/^[0-9a-f]{32}$/);
      expect((await call(method, path, { key: null })).status).toBe(404);
    }
  });
});
