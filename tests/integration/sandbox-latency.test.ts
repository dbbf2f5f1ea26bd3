import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverDb } from "../support/db";
import { startTestServer, testPort, type TestServer } from "../support/test-server";
import { jobContext, newTenant, sandboxClient, textResume } from "./sandbox-helpers";

// NOVA_SANDBOX_LATENCY on a server of this file's own. Scoring gets the realistic 20–30 s, which
// the test reads from the scheduled jobs without waiting for them; criteria get a 1 s override
// (the realistic 10–20 s is unit-tested in lib/sandbox/latency.test.ts), seen in the sandbox's
// X-Sandbox-Latency-Ms header rather than by timing the request.

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer("sandbox-latency", testPort(67), {
    NOVA_SANDBOX_LATENCY: "criteria=1,scoring=20-30",
  });
});

afterAll(async () => {
  await server?.stop();
});

describe("NOVA_SANDBOX_LATENCY", () => {
  it("makes criteria AI take its time after checking input, and schedules each score 20–30 s after acceptance", async () => {
    const tenant = newTenant();
    const call = sandboxClient({ baseUrl: server.url, key: server.env.NOVA_API_KEY!, tenant });

    const questions = await call<{ questionSet: { id: string } }>("POST", "/v1/jobs/job-lat/question-sets", {
      body: { jobContext },
    });
    expect(questions.status).toBe(201);
    expect(questions.headers.get("x-sandbox-latency-ms")).toBe("1000");

    // A refused request is refused at once, as Nova validates before its AI runs.
    const mismatch = await call("POST", "/v1/jobs/job-lat/criteria/generate", {
      body: { jobContext, questionSetId: questions.body.questionSet.id, answers: [{ id: "nope", value: "x" }] },
    });
    expect(mismatch.body).toMatchObject({ code: "ANSWER_MISMATCH" });
    expect(mismatch.headers.get("x-sandbox-latency-ms")).toBeNull();

    const generated = await call<{ criteria: unknown[] }>("POST", "/v1/jobs/job-lat/criteria/generate", {
      body: { jobContext },
    });
    expect(generated.status).toBe(200);
    expect(generated.body.criteria.length).toBeGreaterThanOrEqual(5);
    expect(generated.headers.get("x-sandbox-latency-ms")).toBe("1000");

    // Scoring is asynchronous: the 202 comes at once, pending; the job may not start for 20–30 s.
    const single = await call<{ scoringJob: { id: string; status: string } }>(
      "POST",
      "/v1/jobs/job-lat/applications/app-1/scoring-jobs",
      { body: { resume: textResume, jobDescription: jobContext.jobDescription } },
    );
    expect(single.status).toBe(202);
    expect(single.body.scoringJob.status).toBe("pending");
    const batch = await call("POST", "/v1/jobs/job-lat/scoring-batches", {
      body: {
        jobDescription: jobContext.jobDescription,
        applications: [
          { applicationId: "app-2", resume: textResume },
          { applicationId: "app-3", resume: textResume },
        ],
      },
    });
    expect(batch.status).toBe(202);

    const db = serverDb(server.env.DATABASE_URL!);
    const t = await db.sandboxTenant.findFirstOrThrow({ where: { externalId: tenant } });
    const jobs = await db.sandboxScoringJob.findMany({ where: { tenantId: t.id } });
    expect(jobs.map((j) => j.applicationId).sort()).toEqual(["app-1", "app-2", "app-3"]);
    for (const job of jobs) {
      const delay = job.runAfter.getTime() - job.queuedAt.getTime();
      expect(delay, job.applicationId).toBeGreaterThanOrEqual(20_000);
      expect(delay, job.applicationId).toBeLessThanOrEqual(30_000);
    }
    // The worker honours the schedule (compared with runAfter, not the clock: a stalled machine
    // may well have started them by now).
    const started = await db.sandboxScoringJob.findMany({ where: { tenantId: t.id, startedAt: { not: null } } });
    for (const job of started) expect(job.startedAt!.getTime()).toBeGreaterThanOrEqual(job.runAfter.getTime());
  });
});
