import { describe, expect, it } from "vitest";
import { newTenant, resumeText, sandboxClient, textResume, withCriteria } from "./sandbox-helpers";
import { testDb } from "../support/db";

// Scoring jobs, rescoring, batches, deletion and analytics over real HTTP. The async worker
// (another module) runs the jobs; these tests assert what the API promises at submission.

const call = sandboxClient();

interface ScoringJob {
  id: string;
  criteriaVersionId: string;
  jobId: string;
  applicationId: string;
  status: string;
  isRescore: boolean;
  score: number | null;
  assessment: unknown;
  queuedAt: string;
}
type Submitted = { scoringJob: ScoringJob; code?: string; details?: unknown };

const submit = (
  tenant: string,
  job: string,
  app: string,
  body: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) =>
  call<Submitted>("POST", `/v1/jobs/${job}/applications/${app}/scoring-jobs`, {
    tenant,
    headers,
    body: { resume: textResume, jobDescription: "Backend role", ...body },
  });

const currentVersionId = async (tenant: string, job: string) =>
  (await call<{ version: { id: string } }>("GET", `/v1/jobs/${job}/criteria/versions/current`, { tenant })).body.version
    .id;

describe("scoring jobs", () => {
  it("accepts a submission with 202 and a pending job on the active criteria version", async () => {
    const tenant = newTenant();
    await withCriteria(call, tenant, "job-s");
    const versionId = await currentVersionId(tenant, "job-s");
    const res = await submit(tenant, "job-s", "app-1", {
      roleKnowledge: "We value on-call experience.",
      applicationData: {
        applicationAnswers: [{ question: "Notice period?", answer: "One month" }],
        context: "Cover letter",
      },
    });
    expect(res.status).toBe(202);
    expect(res.body.scoringJob).toEqual({
      id: expect.stringMatching(/^c[a-z0-9]{20,}$/),
      criteriaVersionId: versionId,
      jobId: "job-s",
      applicationId: "app-1",
      status: "pending",
      isRescore: false,
      score: null,
      assessment: null,
      errorCode: null,
      errorMessage: null,
      queuedAt: expect.any(String),
      startedAt: null,
      completedAt: null,
      failedAt: null,
    });
    const row = await testDb().sandboxScoringJob.findUniqueOrThrow({ where: { id: res.body.scoringJob.id } });
    expect(row).toMatchObject({
      dedupeKey: "initial",
      resumeText,
      jobDescription: "Backend role",
      roleKnowledge: "We value on-call experience.",
      batchId: null,
    });
    expect(JSON.parse(row.applicationData!)).toEqual({
      applicationAnswers: [{ question: "Notice period?", answer: "One month" }],
      context: "Cover letter",
    });

    const got = await call<Submitted>(
      "GET",
      `/v1/jobs/job-s/applications/app-1/scoring-jobs/${res.body.scoringJob.id}`,
      { tenant },
    );
    expect(got.status).toBe(200);
    expect(got.body.scoringJob.id).toBe(res.body.scoringJob.id);
    expect(
      (await call("GET", `/v1/jobs/job-s/applications/app-other/scoring-jobs/${res.body.scoringJob.id}`, { tenant }))
        .body.code,
    ).toBe("SCORING_JOB_NOT_FOUND");
    const latest = await call<Submitted>("GET", "/v1/jobs/job-s/applications/app-1/score", { tenant });
    expect(latest.body.scoringJob.id).toBe(res.body.scoringJob.id);
  });

  it("is idempotent on (tenant, job, application) even when the body changes, and ignores Idempotency-Key", async () => {
    const tenant = newTenant();
    await withCriteria(call, tenant, "job-i");
    const first = await submit(tenant, "job-i", "app-1", {}, { "idempotency-key": "same" });
    const again = await submit(
      tenant,
      "job-i",
      "app-1",
      { resume: { type: "text", content: `${resumeText} Changed.` }, jobDescription: "Other" },
      { "idempotency-key": "same" },
    );
    expect(again.status).toBe(202);
    expect(again.body.scoringJob.id).toBe(first.body.scoringJob.id);
    expect(again.headers.get("idempotent-replayed")).toBeNull();
    // Same Idempotency-Key, other application: a new job (the key plays no part here).
    const other = await submit(tenant, "job-i", "app-2", {}, { "idempotency-key": "same" });
    expect(other.body.scoringJob.id).not.toBe(first.body.scoringJob.id);
    const t = await testDb().sandboxTenant.findFirstOrThrow({ where: { externalId: tenant } });
    expect(
      await testDb().sandboxScoringJob.count({ where: { tenantId: t.id, jobId: "job-i", applicationId: "app-1" } }),
    ).toBe(1);
  });

  it("converges concurrent duplicate submissions (single and batch) on one job and one batch", async () => {
    const tenant = newTenant();
    await withCriteria(call, tenant, "job-cc");
    const singles = await Promise.all(Array.from({ length: 5 }, () => submit(tenant, "job-cc", "app-1")));
    expect(new Set(singles.map((r) => r.status))).toEqual(new Set([202]));
    expect(new Set(singles.map((r) => r.body.scoringJob.id)).size).toBe(1);
    const body = {
      jobDescription: "Backend",
      applications: [
        { applicationId: "app-2", resume: textResume },
        { applicationId: "app-3", resume: textResume },
      ],
    };
    const batches = await Promise.all(
      Array.from({ length: 3 }, () =>
        call<{ batch: { id: string } }>("POST", "/v1/jobs/job-cc/scoring-batches", { tenant, body }),
      ),
    );
    expect(new Set(batches.map((r) => r.status))).toEqual(new Set([202]));
    expect(new Set(batches.map((r) => r.body.batch.id)).size).toBe(1);
    const t = await testDb().sandboxTenant.findFirstOrThrow({ where: { externalId: tenant } });
    expect(await testDb().sandboxScoringJob.count({ where: { tenantId: t.id } })).toBe(3);
  });

  it("answers 404 CRITERIA_NOT_FOUND without active criteria (never generated or archived)", async () => {
    const tenant = newTenant();
    expect((await submit(tenant, "job-none", "app-1")).body.code).toBe("CRITERIA_NOT_FOUND");
    await withCriteria(call, tenant, "job-closed");
    await call("DELETE", "/v1/jobs/job-closed/criteria", { tenant });
    const res = await submit(tenant, "job-closed", "app-1");
    expect(res.status).toBe(404);
    expect(res.body.code).toBe("CRITERIA_NOT_FOUND");
  });

  it("enforces resume and context limits; an intake failure creates no job", async () => {
    const tenant = newTenant();
    await withCriteria(call, tenant, "job-l");
    const short = await submit(tenant, "job-l", "app-short", { resume: { type: "text", content: "Too short" } });
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({
      code: "VALIDATION_ERROR",
      details: [expect.objectContaining({ field: "resume.content" })],
    });
    const big = await submit(tenant, "job-l", "app-big", {
      resume: { type: "text", content: "x".repeat(100 * 1024 + 1) },
    });
    expect(big.status).toBe(422);
    expect(big.body.code).toBe("RESUME_TOO_LARGE");
    expect((await submit(tenant, "job-l", "app-rk", { roleKnowledge: "x".repeat(15_001) })).body.code).toBe(
      "VALIDATION_ERROR",
    );
    expect(
      (await submit(tenant, "job-l", "app-ctx", { applicationData: { context: "x".repeat(15_001) } })).body.code,
    ).toBe("VALIDATION_ERROR");
    expect((await submit(tenant, "job-l", "app-ok", { roleKnowledge: "x".repeat(15_000) })).status).toBe(202);
    expect((await submit(tenant, "job-l", "app-nodesc", { jobDescription: undefined })).body.code).toBe(
      "VALIDATION_ERROR",
    );
    expect((await submit(tenant, "job-l", "app-badurl", { resume: { type: "url", url: "not a url" } })).body.code).toBe(
      "VALIDATION_ERROR",
    );
    // Nothing listens on port 9: intake cannot fetch the file.
    const unreachable = await submit(tenant, "job-l", "app-url", {
      resume: { type: "url", url: "http://127.0.0.1:9/resume.pdf" },
    });
    expect(unreachable.status).toBe(422);
    expect(unreachable.body.code).toMatch(/^RESUME_/);
    for (const app of ["app-big", "app-url"]) {
      expect((await call("GET", `/v1/jobs/job-l/applications/${app}/score`, { tenant })).body.code).toBe(
        "APPLICATION_NOT_FOUND",
      );
    }
  });

  it("rescoring makes a new job per criteria version, idempotently; the latest score follows submission time", async () => {
    const tenant = newTenant();
    await withCriteria(call, tenant, "job-r");
    const v1 = await currentVersionId(tenant, "job-r");
    const initial = await submit(tenant, "job-r", "app-1");
    const rescore = await submit(tenant, "job-r", "app-1", { rescore: { enabled: true } });
    expect(rescore.body.scoringJob).toMatchObject({ isRescore: true, criteriaVersionId: v1, status: "pending" });
    expect(rescore.body.scoringJob.id).not.toBe(initial.body.scoringJob.id);
    expect((await submit(tenant, "job-r", "app-1", { rescore: { enabled: true } })).body.scoringJob.id).toBe(
      rescore.body.scoringJob.id,
    );
    // rescore.enabled false behaves like a plain submission.
    expect((await submit(tenant, "job-r", "app-1", { rescore: { enabled: false } })).body.scoringJob.id).toBe(
      initial.body.scoringJob.id,
    );

    await call("POST", "/v1/jobs/job-r/criteria/items", {
      tenant,
      body: { text: "Has run Kafka in production", importance: "PREFERRED" },
    });
    const v2 = await currentVersionId(tenant, "job-r");
    const onV2 = await submit(tenant, "job-r", "app-1", { rescore: { enabled: true } });
    expect(onV2.body.scoringJob).toMatchObject({ isRescore: true, criteriaVersionId: v2 });
    expect(onV2.body.scoringJob.id).not.toBe(rescore.body.scoringJob.id);
    // Pinning v1 again finds the v1 rescore.
    expect(
      (await submit(tenant, "job-r", "app-1", { rescore: { enabled: true, criteriaVersionId: v1 } })).body.scoringJob
        .id,
    ).toBe(rescore.body.scoringJob.id);
    expect(
      (await submit(tenant, "job-r", "app-1", { rescore: { enabled: true, criteriaVersionId: "cv-unknown" } })).body
        .code,
    ).toBe("CRITERIA_VERSION_NOT_FOUND");
    // A plain re-submission still returns the initial job.
    expect((await submit(tenant, "job-r", "app-1")).body.scoringJob.id).toBe(initial.body.scoringJob.id);
    const latest = await call<Submitted>("GET", "/v1/jobs/job-r/applications/app-1/score", { tenant });
    expect(latest.body.scoringJob.id).toBe(onV2.body.scoringJob.id);
    const rows = await testDb().sandboxScoringJob.findMany({
      where: { jobId: "job-r", applicationId: "app-1", criteriaVersionId: { in: [v1, v2] } },
      select: { dedupeKey: true },
    });
    expect(rows.map((r) => r.dedupeKey).sort()).toEqual(["initial", `rescore:${v1}`, `rescore:${v2}`].sort());
  });
});

interface BatchResponse {
  batch: {
    id: string;
    jobId: string;
    status: string;
    totalJobs: number;
    completedJobs: number;
    failedJobs: number;
    createdAt: string;
    completedAt: string | null;
  };
  scoringJobIds: string[];
  acceptedApplications: { applicationId: string; scoringJobId: string }[];
  rejectedApplications: { applicationId: string; error: { message: string; reason: string } }[];
}

describe("scoring batches", () => {
  const app = (applicationId: string, resume: unknown = textResume) => ({ applicationId, resume });

  it("accepts 1–25 applications: 26 is a 400, an empty list too", async () => {
    const tenant = newTenant();
    await withCriteria(call, tenant, "job-b");
    const apps = Array.from({ length: 26 }, (_, i) => app(`app-${i}`));
    const tooMany = await call("POST", "/v1/jobs/job-b/scoring-batches", {
      tenant,
      body: { jobDescription: "Backend", applications: apps },
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.code).toBe("VALIDATION_ERROR");
    expect(
      (
        await call("POST", "/v1/jobs/job-b/scoring-batches", {
          tenant,
          body: { jobDescription: "Backend", applications: [] },
        })
      ).status,
    ).toBe(400);
    const dupes = await call("POST", "/v1/jobs/job-b/scoring-batches", {
      tenant,
      body: { jobDescription: "Backend", applications: [app("a"), app("a")] },
    });
    expect(dupes.status).toBe(400);
    const full = await call<BatchResponse>("POST", "/v1/jobs/job-b/scoring-batches", {
      tenant,
      body: { jobDescription: "Backend", applications: apps.slice(0, 25) },
    });
    expect(full.status).toBe(202);
    expect(full.body.batch.totalJobs).toBe(25);
  });

  it("accepts the valid applications of a mixed batch and lists the rejected in applicationId order", async () => {
    const tenant = newTenant();
    await withCriteria(call, tenant, "job-m");
    const body = {
      jobDescription: "Backend",
      roleKnowledge: "On-call matters",
      applications: [
        app("app-d"),
        app("app-c", { type: "text", content: "x".repeat(100 * 1024 + 1) }),
        app("app-b"),
        app("app-a", { type: "text", content: "short" }),
        app("app-e", { type: "url", url: "http://127.0.0.1:9/resume.pdf" }),
      ],
    };
    const res = await call<BatchResponse>("POST", "/v1/jobs/job-m/scoring-batches", { tenant, body });
    expect(res.status).toBe(202);
    expect(res.body.batch).toMatchObject({
      jobId: "job-m",
      status: "pending",
      totalJobs: 2,
      completedJobs: 0,
      failedJobs: 0,
      completedAt: null,
    });
    expect(res.body.acceptedApplications.map((a) => a.applicationId)).toEqual(["app-d", "app-b"]);
    expect(res.body.scoringJobIds).toEqual(res.body.acceptedApplications.map((a) => a.scoringJobId));
    expect(res.body.rejectedApplications.map((r) => [r.applicationId, r.error.reason])).toEqual([
      ["app-a", "VALIDATION_ERROR"],
      ["app-c", "RESUME_TOO_LARGE"],
      ["app-e", expect.stringMatching(/^RESUME_/)],
    ]);
    for (const r of res.body.rejectedApplications) expect(r.error.message).toEqual(expect.any(String));
    const rows = await testDb().sandboxScoringJob.findMany({ where: { batchId: res.body.batch.id } });
    expect(rows.map((r) => r.applicationId).sort()).toEqual(["app-b", "app-d"]);
    expect(rows.every((r) => r.roleKnowledge === "On-call matters" && r.jobDescription === "Backend")).toBe(true);

    // The same set (any order, any content) is the same batch, answered 202 again.
    const again = await call<BatchResponse>("POST", "/v1/jobs/job-m/scoring-batches", {
      tenant,
      body: { ...body, applications: [...body.applications].reverse() },
    });
    expect(again.status).toBe(202);
    expect(again.body.batch.id).toBe(res.body.batch.id);
    expect(again.body.acceptedApplications).toEqual(res.body.acceptedApplications);
    expect(again.body.rejectedApplications).toEqual(res.body.rejectedApplications);

    const status = await call<{ batch: { id: string }; scoringJobs: ScoringJob[]; rejectedApplications: unknown[] }>(
      "GET",
      `/v1/jobs/job-m/scoring-batches/${res.body.batch.id}`,
      { tenant },
    );
    expect(status.status).toBe(200);
    expect(status.body.batch.id).toBe(res.body.batch.id);
    expect(status.body.scoringJobs.map((j) => j.id)).toEqual(res.body.scoringJobIds);
    expect(status.body.rejectedApplications).toEqual(res.body.rejectedApplications);
    expect((await call("GET", "/v1/jobs/job-m/scoring-batches/nope", { tenant })).body.code).toBe("BATCH_NOT_FOUND");
  });

  it("answers 422 VALIDATION_ERROR with per-application details when every application is rejected, creating no batch", async () => {
    const tenant = newTenant();
    await withCriteria(call, tenant, "job-all");
    const res = await call("POST", "/v1/jobs/job-all/scoring-batches", {
      tenant,
      body: {
        jobDescription: "Backend",
        applications: [
          app("app-2", { type: "text", content: "x".repeat(100 * 1024 + 1) }),
          app("app-1", { type: "text", content: "short" }),
        ],
      },
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe("VALIDATION_ERROR");
    expect(res.body.details).toEqual([
      expect.objectContaining({
        applicationId: "app-1",
        code: "VALIDATION_ERROR",
        field: "applications.1.resume.content",
      }),
      expect.objectContaining({ applicationId: "app-2", code: "RESUME_TOO_LARGE", field: "applications.0.resume" }),
    ]);
    const t = await testDb().sandboxTenant.findFirstOrThrow({ where: { externalId: tenant } });
    expect(await testDb().sandboxBatch.count({ where: { tenantId: t.id } })).toBe(0);
    expect(await testDb().sandboxScoringJob.count({ where: { tenantId: t.id } })).toBe(0);
  });

  it("includes an application scored earlier with its existing job, and needs active criteria", async () => {
    const tenant = newTenant();
    expect(
      (
        await call("POST", "/v1/jobs/job-e/scoring-batches", {
          tenant,
          body: { jobDescription: "Backend", applications: [app("app-1")] },
        })
      ).body.code,
    ).toBe("CRITERIA_NOT_FOUND");
    await withCriteria(call, tenant, "job-e");
    const single = await submit(tenant, "job-e", "app-1");
    const res = await call<BatchResponse>("POST", "/v1/jobs/job-e/scoring-batches", {
      tenant,
      body: { jobDescription: "Backend", applications: [app("app-1"), app("app-2")] },
    });
    expect(res.status).toBe(202);
    expect(res.body.acceptedApplications[0]).toEqual({
      applicationId: "app-1",
      scoringJobId: single.body.scoringJob.id,
    });
    expect(res.body.batch.totalJobs).toBe(2);
  });
});

describe("deletion requests", () => {
  async function settle(id: string) {
    for (let i = 0; i < 100; i++) {
      const res = await call<{ deletionRequest: { status: string } }>("GET", `/v1/deletion-requests/${id}`);
      if (res.body.deletionRequest.status === "completed" || res.body.deletionRequest.status === "failed") return res;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error("deletion did not finish");
  }

  it("deletes an application's scoring data; a repeat while active returns the same request", async () => {
    const tenant = newTenant();
    await withCriteria(call, tenant, "job-d");
    const scored = await submit(tenant, "job-d", "app-1");
    const keep = await submit(tenant, "job-d", "app-2");
    // A webhook delivery for the application (as the worker would write) goes too.
    const t = await testDb().sandboxTenant.findFirstOrThrow({ where: { externalId: tenant } });
    await testDb().sandboxWebhookDelivery.create({
      data: {
        id: `wh_${scored.body.scoringJob.id}`,
        tenantId: t.id,
        jobId: "job-d",
        applicationId: "app-1",
        event: "score.completed",
        payload: "{}",
        status: "delivered",
      },
    });
    const first = await call<{ deletionRequest: { id: string; scope: string; status: string } }>(
      "DELETE",
      "/v1/jobs/job-d/applications/app-1",
      { tenant },
    );
    expect(first.status).toBe(202);
    expect(first.body.deletionRequest).toEqual({
      id: expect.stringMatching(/^delreq_/),
      scope: "application",
      status: "pending",
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      completedAt: null,
      failedAt: null,
    });
    const repeat = await call<{ deletionRequest: { id: string } }>("DELETE", "/v1/jobs/job-d/applications/app-1", {
      tenant,
    });
    expect(repeat.status).toBe(202);
    expect(repeat.body.deletionRequest.id).toBe(first.body.deletionRequest.id);

    const done = await settle(first.body.deletionRequest.id);
    expect(done.body.deletionRequest).toMatchObject({ status: "completed", completedAt: expect.any(String) });
    expect(JSON.stringify(done.body)).not.toContain(tenant);
    expect(JSON.stringify(done.body)).not.toContain("app-1");
    expect(
      (await call("GET", `/v1/jobs/job-d/applications/app-1/scoring-jobs/${scored.body.scoringJob.id}`, { tenant }))
        .status,
    ).toBe(404);
    expect((await call("GET", "/v1/jobs/job-d/applications/app-1/score", { tenant })).body.code).toBe(
      "APPLICATION_NOT_FOUND",
    );
    expect(await testDb().sandboxScoringJob.count({ where: { id: scored.body.scoringJob.id } })).toBe(0);
    expect(await testDb().sandboxWebhookDelivery.count({ where: { tenantId: t.id, applicationId: "app-1" } })).toBe(0);
    expect((await call("GET", "/v1/jobs/job-d/applications/app-2/score", { tenant })).body).toMatchObject({
      scoringJob: { id: keep.body.scoringJob.id },
    });

    // After completion a new request is a new id; unknown applications are still accepted.
    const unknown = await call<{ deletionRequest: { id: string } }>(
      "DELETE",
      "/v1/jobs/job-d/applications/never-seen",
      { tenant },
    );
    expect(unknown.status).toBe(202);
    expect(unknown.body.deletionRequest.id).not.toBe(first.body.deletionRequest.id);
  });

  it("finishes a request an instance abandoned mid-way (crash) when its status is read", async () => {
    const tenant = newTenant();
    await withCriteria(call, tenant, "job-crash");
    const scored = await submit(tenant, "job-crash", "app-1");
    const longAgo = new Date(Date.now() - 5 * 60_000);
    await testDb().sandboxDeletionRequest.create({
      data: {
        id: `delreq_crash${Date.now()}`,
        environment: "SANDBOX",
        scope: "application",
        tenantExternalId: tenant,
        jobId: "job-crash",
        applicationId: "app-1",
        status: "processing",
        activeKey: `crash-${tenant}`,
        createdAt: longAgo,
        updatedAt: longAgo,
      },
    });
    const row = await testDb().sandboxDeletionRequest.findFirstOrThrow({ where: { tenantExternalId: tenant } });
    const res = await call<{ deletionRequest: { status: string } }>("GET", `/v1/deletion-requests/${row.id}`);
    expect(res.body.deletionRequest.status).toBe("completed");
    expect(await testDb().sandboxScoringJob.count({ where: { id: scored.body.scoringJob.id } })).toBe(0);
  });

  it("deletes a tenant's data; an unknown tenant is accepted without being created", async () => {
    const tenant = newTenant();
    await withCriteria(call, tenant, "job-t");
    await submit(tenant, "job-t", "app-1");
    await call("POST", "/v1/criteria-library", { tenant, body: { text: "Go", importance: "MUST_HAVE" } });
    const res = await call<{ deletionRequest: { id: string; scope: string } }>("DELETE", `/v1/tenants/${tenant}`, {
      tenant: null,
    });
    expect(res.status).toBe(202);
    expect(res.body.deletionRequest.scope).toBe("tenant");
    await settle(res.body.deletionRequest.id);
    expect(await testDb().sandboxTenant.count({ where: { externalId: tenant } })).toBe(0);
    expect((await call("GET", "/v1/jobs/job-t/criteria", { tenant })).body.code).toBe("CRITERIA_NOT_FOUND");
    expect((await call<{ criteria: unknown[] }>("GET", "/v1/criteria-library", { tenant })).body.criteria).toEqual([]);

    const ghost = newTenant();
    const ghostRes = await call<{ deletionRequest: { id: string } }>("DELETE", `/v1/tenants/${ghost}`, {
      tenant: null,
    });
    expect(ghostRes.status).toBe(202);
    await settle(ghostRes.body.deletionRequest.id);
    expect(await testDb().sandboxTenant.count({ where: { externalId: ghost } })).toBe(0);
    expect((await call("GET", "/v1/deletion-requests/delreq_nope")).body.code).toBe("DELETION_REQUEST_NOT_FOUND");
  });
});

describe("analytics", () => {
  it("computes volume, latency and errors from the sandbox's own rows", async () => {
    const tenant = newTenant();
    await call("GET", "/v1/criteria-library", { tenant });
    const t = await testDb().sandboxTenant.findFirstOrThrow({ where: { externalId: tenant } });
    // 60 days ago at noon UTC: a day bucket no other test writes into.
    const day = new Date(
      Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() - 60, 12),
    );
    const at = (ms: number) => new Date(day.getTime() + ms);
    const base = { tenantId: t.id, jobId: "job-a", criteriaVersionId: "cv", queuedAt: day, startedAt: day };
    await testDb().sandboxScoringJob.createMany({
      data: [
        { ...base, applicationId: "a1", dedupeKey: "initial", status: "completed", score: 7, completedAt: at(1000) },
        { ...base, applicationId: "a2", dedupeKey: "initial", status: "completed", score: 4, completedAt: at(3000) },
        {
          ...base,
          applicationId: "a3",
          dedupeKey: "initial",
          status: "failed",
          errorCode: "TASK_STUCK",
          errorMessage: "stuck",
          failedAt: at(5000),
        },
      ],
    });
    const bucket = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate())).toISOString();

    const volume = await call<{
      granularity: string;
      data: { timestamp: string; total: number; completed: number; failed: number }[];
    }>("GET", "/v1/analytics/scoring-volume?timeRange=90d");
    expect(volume.status).toBe(200);
    expect(volume.headers.get("cache-control")).toBe("private, max-age=60");
    expect(volume.body.granularity).toBe("day");
    expect(volume.body.data.find((d) => d.timestamp === bucket)).toEqual({
      timestamp: bucket,
      total: 3,
      completed: 2,
      failed: 1,
    });

    const latency = await call<{
      data: { timestamp: string; p50Ms: number | null; p95Ms: number | null; p99Ms: number | null }[];
    }>("GET", "/v1/analytics/scoring-latency?timeRange=90d");
    expect(latency.body.data.find((d) => d.timestamp === bucket)).toEqual({
      timestamp: bucket,
      p50Ms: 1000,
      p95Ms: 3000,
      p99Ms: 3000,
    });

    const errors = await call<{
      data: { errorCode: string; count: number; percentage: number; description: string }[];
    }>("GET", "/v1/analytics/errors?timeRange=90d");
    const stuck = errors.body.data.find((d) => d.errorCode === "TASK_STUCK");
    expect(stuck).toMatchObject({ count: 1, description: expect.any(String) });
    expect(stuck!.percentage).toBeGreaterThan(0);
    expect(stuck!.percentage).toBeLessThanOrEqual(100);

    const overview = await call<{
      period: { start: string; end: string };
      scoring: Record<string, number | null>;
      webhooks: Record<string, number>;
    }>("GET", "/v1/analytics/overview?timeRange=90d");
    expect(overview.body.scoring.totalRequests).toBeGreaterThanOrEqual(3);
    expect(overview.body.scoring.scoresGenerated).toBeGreaterThanOrEqual(2);
    expect(overview.body.scoring.successRate).toBeGreaterThan(0);
    expect(overview.body.scoring.successRate).toBeLessThanOrEqual(1);
    expect(overview.body.webhooks).toEqual({ deliveryRate: expect.any(Number), totalDeliveries: expect.any(Number) });
    expect(Date.parse(overview.body.period.end) - Date.parse(overview.body.period.start)).toBe(90 * 86_400_000);

    // Outside the 24h window, the old rows are not counted.
    const recent = await call<{ data: { total: number }[] }>("GET", "/v1/analytics/scoring-volume?timeRange=24h");
    expect(recent.body.data).toHaveLength(25);
    expect((await call("GET", "/v1/analytics/overview")).body.code).toBe("VALIDATION_ERROR");
    expect((await call("GET", "/v1/analytics/overview?timeRange=2d")).status).toBe(400);
  });
});
