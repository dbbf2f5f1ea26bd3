import { describe, expect, it } from "vitest";
import { newTenant, sandboxClient, textResume, withCriteria } from "./sandbox-helpers";

// The sandbox's HTTP pipeline: auth, trace ids, error envelope, routing, body limits,
// tenant header and isolation, rate-limit headers. Each test uses its own tenant.

const call = sandboxClient();

function expectEnvelope(
  res: { status: number; body: Record<string, unknown>; headers: Headers },
  status: number,
  code: string,
) {
  expect(res.status).toBe(status);
  expect(res.body).toMatchObject({
    type: `https://docs.nova.dweet.com/embed-api/errors#${code.toLowerCase().replace(/_/g, "-")}`,
    code,
    status,
    retryable: expect.any(Boolean),
    message: expect.any(String),
  });
  expect(res.body.traceId).toMatch(/^[0-9a-f]{32}$/);
  expect(res.headers.get("x-trace-id")).toBe(res.body.traceId);
}

describe("sandbox authentication", () => {
  const liveKey = process.env.NOVA_API_KEY!.replace(/^sk_test_/, "sk_live_");
  it.each([
    ["no Authorization header", { key: null }],
    ["a wrong sk_test_ key", { key: "sk_test_wrongwrongwrongwrong1234" }],
    ["the right secret with the other environment's prefix", { key: liveKey }],
    ["a non-Bearer scheme", { key: null, headers: { authorization: `Basic ${process.env.NOVA_API_KEY}` } }],
    ["a key without a known prefix", { key: "pk_test_abc" }],
  ])("answers 401 UNAUTHORIZED for %s", async (_name, options) => {
    const res = await call("GET", "/v1/jobs/job-1/criteria", { tenant: newTenant(), ...options });
    expectEnvelope(res, 401, "UNAUTHORIZED");
    expect(res.body.retryable).toBe(false);
  });

  it("reports the environment the key prefix selects", async () => {
    const res = await call("GET", "/v1/rate-limit-status");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      environment: "SANDBOX",
      degraded: false,
      partnerId: expect.stringMatching(/^partner_/),
    });
  });
});

describe("sandbox routing and error envelope", () => {
  it("answers unknown routes with a 404 NOT_FOUND envelope, inside and outside /v1", async () => {
    expectEnvelope(await call("GET", "/v1/no-such-thing"), 404, "NOT_FOUND");
    expectEnvelope(await call("GET", "/v2/jobs", { key: null }), 404, "NOT_FOUND");
    expectEnvelope(await call("GET", "/health", { key: null }), 404, "NOT_FOUND");
  });

  it("answers a wrong method with 405 and an Allow header", async () => {
    const res = await call("PATCH", "/v1/jobs/job-1/criteria", { tenant: newTenant(), body: {} });
    expectEnvelope(res, 405, "METHOD_NOT_ALLOWED");
    expect(res.headers.get("allow")).toBe("GET, PUT, DELETE");
  });

  it("answers malformed JSON with 400 VALIDATION_ERROR", async () => {
    const res = await call("POST", "/v1/criteria-library", { tenant: newTenant(), raw: '{"text": "Go",' });
    expectEnvelope(res, 400, "VALIDATION_ERROR");
    expect(res.body.details).toEqual([{ field: "body", code: "invalid_json", message: expect.any(String) }]);
  });

  it("lists field-level details on validation errors", async () => {
    const res = await call("POST", "/v1/criteria-library", {
      tenant: newTenant(),
      body: { text: "", importance: "CRUCIAL" },
    });
    expectEnvelope(res, 400, "VALIDATION_ERROR");
    const fields = (res.body.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(["importance", "text"]);
  });

  it("refuses a body over 4.5 MB with 413 PAYLOAD_TOO_LARGE", async () => {
    const huge = JSON.stringify({ jobDescription: "x".repeat(5 * 1024 * 1024), resume: textResume });
    const res = await call("POST", "/v1/jobs/job-1/applications/app-1/scoring-jobs", {
      tenant: newTenant(),
      raw: huge,
    });
    expectEnvelope(res, 413, "PAYLOAD_TOO_LARGE");
  });

  it("requires X-Tenant-Id on tenant-scoped routes but not on partner-scoped ones", async () => {
    const res = await call("GET", "/v1/jobs/job-1/criteria", { tenant: null });
    expectEnvelope(res, 400, "VALIDATION_ERROR");
    expect(res.body.details).toEqual([expect.objectContaining({ field: "X-Tenant-Id", code: "required" })]);
    expect((await call("GET", "/v1/analytics/overview?timeRange=24h", { tenant: null })).status).toBe(200);
    expect((await call("GET", "/v1/deletion-requests/delreq_unknown", { tenant: null })).status).toBe(404);
  });

  it("puts X-Trace-Id on successes too, and X-RateLimit-* on every /v1 response", async () => {
    const tenant = newTenant();
    const ok = await call("GET", "/v1/criteria-library", { tenant });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ criteria: [] });
    expect(ok.headers.get("x-trace-id")).toMatch(/^[0-9a-f]{32}$/);
    expect(ok.headers.get("x-ratelimit-bucket")).toBe("read_and_ops");
    expect(ok.headers.get("x-ratelimit-limit")).toBe("20");
    expect(Number(ok.headers.get("x-ratelimit-remaining"))).toBeLessThan(20);
    expect(Number(ok.headers.get("x-ratelimit-reset"))).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000));
    const current = await call("GET", "/v1/jobs/none/criteria/versions/current", { tenant });
    expectEnvelope(current, 404, "CRITERIA_NOT_FOUND");
    expect(current.headers.get("x-ratelimit-bucket")).toBe("criteria_current_reads");
    expect((await call("GET", "/v1/rate-limit-status")).headers.get("x-ratelimit-bucket")).toBe("rate_limit_status");
    expect((await call("GET", "/v1/analytics/errors?timeRange=1h")).headers.get("x-ratelimit-bucket")).toBe(
      "analytics",
    );
  });
});

describe("tenant isolation", () => {
  it("answers 404 for another tenant's criteria, scoring jobs, batches and library items", async () => {
    const owner = newTenant();
    const other = newTenant();
    await withCriteria(call, owner, "job-iso");
    const job = await call<{ scoringJob: { id: string } }>("POST", "/v1/jobs/job-iso/applications/app-1/scoring-jobs", {
      tenant: owner,
      body: { resume: textResume, jobDescription: "Backend role" },
    });
    expect(job.status).toBe(202);
    const batch = await call<{ batch: { id: string } }>("POST", "/v1/jobs/job-iso/scoring-batches", {
      tenant: owner,
      body: { jobDescription: "Backend role", applications: [{ applicationId: "app-2", resume: textResume }] },
    });
    expect(batch.status).toBe(202);
    const lib = await call<{ criterion: { id: string } }>("POST", "/v1/criteria-library", {
      tenant: owner,
      body: { text: "Go", importance: "MUST_HAVE" },
    });
    expect(lib.status).toBe(201);

    expect((await call("GET", "/v1/jobs/job-iso/criteria", { tenant: other })).body.code).toBe("CRITERIA_NOT_FOUND");
    expect(
      (
        await call("GET", `/v1/jobs/job-iso/applications/app-1/scoring-jobs/${job.body.scoringJob.id}`, {
          tenant: other,
        })
      ).body.code,
    ).toBe("SCORING_JOB_NOT_FOUND");
    expect((await call("GET", `/v1/score/${job.body.scoringJob.id}`, { tenant: other })).status).toBe(404);
    expect((await call("GET", "/v1/jobs/job-iso/applications/app-1/score", { tenant: other })).body.code).toBe(
      "APPLICATION_NOT_FOUND",
    );
    expect(
      (await call("GET", `/v1/jobs/job-iso/scoring-batches/${batch.body.batch.id}`, { tenant: other })).body.code,
    ).toBe("BATCH_NOT_FOUND");
    const foreignLib = await call("GET", `/v1/criteria-library/${lib.body.criterion.id}`, { tenant: other });
    expect(foreignLib.status).toBe(404);
    expect(foreignLib.body.code).toBe("LIBRARY_CRITERION_NOT_FOUND");
    expect((await call("DELETE", `/v1/criteria-library/${lib.body.criterion.id}`, { tenant: other })).status).toBe(404);
    // …and the owner still sees everything.
    expect((await call("GET", `/v1/criteria-library/${lib.body.criterion.id}`, { tenant: owner })).status).toBe(200);
  });
});
