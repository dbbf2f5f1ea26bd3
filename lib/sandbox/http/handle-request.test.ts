import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The pipeline's answers that need no database: configuration errors, auth, unknown routes.
const KEY = "sk_test_pipelineunittestkey0001";
const saved = { ...process.env };

afterAll(() => {
  process.env = saved;
});

beforeAll(() => {
  Object.assign(process.env, {
    DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "sandbox-pipeline-")),
    AUTH_SECRET: "x".repeat(40),
    NOVA_API_KEY: KEY,
    NOVA_WEBHOOK_SECRET: "whsec_pipelineunittestsecret01",
    NOVA_SANDBOX_RATE_LIMITS: "read_and_ops=10,reads=5",
  });
});

async function send(pathname: string, headers: Record<string, string> = {}) {
  const { handleSandboxRequest } = await import("./handle-request");
  const res = await handleSandboxRequest(new Request(`http://localhost/api/nova-sandbox${pathname}`, { headers }));
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

describe("handleSandboxRequest", () => {
  it("names a malformed NOVA_SANDBOX_RATE_LIMITS in a 500, with a trace id", async () => {
    const res = await send("/v1/criteria-library", { authorization: `Bearer ${KEY}`, "x-tenant-id": "acme" });
    expect(res.status).toBe(500);
    expect(res.body).toMatchObject({
      code: "INTERNAL_ERROR",
      retryable: false,
      message:
        'Invalid setting NOVA_SANDBOX_RATE_LIMITS: unknown bucket "reads" (known: criteria_ai, criteria_current_reads, scoring_intake_batch, scoring_intake_single, read_and_ops, analytics, rate_limit_status, criteria_ai_inflight)',
    });
    expect(res.headers.get("x-trace-id")).toBe(res.body.traceId);
  });

  it("answers 401 before touching the limiter, and 404 outside /v1 without auth", async () => {
    const unauthorized = await send("/v1/criteria-library", { authorization: "Bearer sk_test_nottherightkey000000" });
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.body.code).toBe("UNAUTHORIZED");
    expect(unauthorized.headers.get("x-ratelimit-bucket")).toBeNull();
    const outside = await send("/v2/anything");
    expect(outside.status).toBe(404);
    expect(outside.body.code).toBe("NOT_FOUND");
  });
});
