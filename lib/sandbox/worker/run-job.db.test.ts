import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { claimDueJobs, MAX_JOB_ATTEMPTS, runClaimedJob } from "./run-job";
import { createTempDb } from "@/tests/support/db";

let db: PrismaClient;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ db, drop } = await createTempDb());
});
afterAll(() => drop());
beforeEach(async () => {
  await db.sandboxWebhookDelivery.deleteMany();
  await db.sandboxScoringJob.deleteMany();
  await db.sandboxBatch.deleteMany();
  await db.sandboxTenant.deleteMany();
  await db.sandboxCriteriaVersion.deleteMany();
  await db.sandboxTenant.create({ data: { id: "t1", environment: "test", externalId: "acme-corp" } });
  await db.sandboxCriteriaVersion.create({
    data: {
      id: "cv1",
      tenantId: "t1",
      jobId: "job-123",
      version: 1,
      status: "ACTIVE",
      source: "generate",
      criteria: JSON.stringify(CRITERIA),
    },
  });
});

// Stored out of order: the worker must use the version's `order`.
const CRITERIA = [
  {
    id: "crit_000000000002",
    text: "Experience running services on Kubernetes in production environments",
    importance: "PREFERRED",
    order: 2,
  },
  {
    id: "crit_000000000001",
    text: "Five or more years building backend services in Go and PostgreSQL",
    importance: "MUST_HAVE",
    order: 1,
  },
];

const RESUME = `Jane Smith
Senior Backend Engineer, Acme (2018 - Present)
Built Go and PostgreSQL services on Kubernetes; led a team of five engineers.`;
const DESCRIPTION =
  "We are hiring a senior backend engineer with Go, PostgreSQL and Kubernetes experience to lead a small team.";

async function insertJob(id: string, extra: Record<string, unknown> = {}) {
  await db.sandboxScoringJob.create({
    data: {
      id,
      tenantId: "t1",
      jobId: "job-123",
      applicationId: `app-${id}`,
      criteriaVersionId: "cv1",
      dedupeKey: "initial",
      resumeText: RESUME,
      jobDescription: DESCRIPTION,
      applicationData: JSON.stringify({
        applicationAnswers: [{ question: "Authorized to work in the UK?", answer: "Yes" }],
      }),
      ...extra,
    },
  });
}

async function claimAndRun(claimer = "W"): Promise<string[]> {
  const jobs = await claimDueJobs(db, claimer, 50);
  return Promise.all(jobs.map((job) => runClaimedJob(db, job, claimer)));
}

async function payloads(event: string) {
  const rows = await db.sandboxWebhookDelivery.findMany({ where: { event } });
  return rows.map((r) => ({ id: r.id, tenantId: r.tenantId, body: JSON.parse(r.payload) as Record<string, unknown> }));
}

describe("runClaimedJob", () => {
  it("completes a job and queues its score.completed webhook with Nova's payload", async () => {
    await insertJob("j1");
    expect(await claimAndRun()).toEqual(["completed"]);
    const job = await db.sandboxScoringJob.findUniqueOrThrow({ where: { id: "j1" } });
    expect(job.status).toBe("completed");
    expect(job.score).toBeGreaterThanOrEqual(1);
    expect(job.completedAt).not.toBeNull();
    const [delivery, ...rest] = await payloads("score.completed");
    expect(rest).toEqual([]);
    expect(delivery!.id).toMatch(/^wh_[a-z0-9]+$/);
    expect(delivery!.tenantId).toBe("t1");
    expect(delivery!.body).toEqual({
      event: "score.completed",
      tenantId: "acme-corp",
      scoringJobId: "j1",
      criteriaVersionId: "cv1",
      jobId: "job-123",
      applicationId: "app-j1",
      result: { score: job.score, assessment: JSON.parse(job.assessment!) as unknown },
      completedAt: job.completedAt!.toISOString(),
    });
    expect(Object.keys((delivery!.body.result as { assessment: object }).assessment).sort()).toEqual([
      "concerns",
      "interviewFocus",
      "strengths",
      "verdict",
    ]);
  });

  it("fails a bad job with AI_SCORING_FAILED and a score.failed webhook, without throwing", async () => {
    await insertJob("gone", { resumeText: null });
    await insertJob("garbled", { applicationData: "{not json" });
    expect((await claimAndRun()).sort()).toEqual(["failed", "failed"]);
    for (const id of ["gone", "garbled"]) {
      const job = await db.sandboxScoringJob.findUniqueOrThrow({ where: { id } });
      expect(job).toMatchObject({ status: "failed", errorCode: "AI_SCORING_FAILED", score: null });
      expect(job.failedAt).not.toBeNull();
    }
    const failed = await payloads("score.failed");
    expect(failed.map((f) => f.body.scoringJobId).sort()).toEqual(["garbled", "gone"]);
    const gone = failed.find((f) => f.body.scoringJobId === "gone")!.body;
    expect(gone).toMatchObject({
      event: "score.failed",
      tenantId: "acme-corp",
      error: { code: "AI_SCORING_FAILED", message: expect.stringMatching(/resume/) },
    });
    expect(gone.failedAt).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT/));
  });

  it("scores against the job's own criteria version, in its order", async () => {
    const seen: unknown[] = [];
    const { engine } = await import("../engine");
    const spy = vi.spyOn(engine, "score").mockImplementation((input) => {
      seen.push(input.criteria);
      return { score: 6, assessment: { verdict: "v", strengths: [], concerns: [], interviewFocus: [] } };
    });
    await insertJob("j1");
    expect(await claimAndRun()).toEqual(["completed"]);
    spy.mockRestore();
    expect(seen).toEqual([
      [
        { id: "crit_000000000001", text: CRITERIA[1]!.text, importance: "MUST_HAVE" },
        { id: "crit_000000000002", text: CRITERIA[0]!.text, importance: "PREFERRED" },
      ],
    ]);
  });

  it("fails a job whose criteria version is unknown or unreadable with AI_SCORING_FAILED", async () => {
    await db.sandboxCriteriaVersion.create({
      data: {
        id: "cv-broken",
        tenantId: "t1",
        jobId: "job-123",
        version: 2,
        status: "ACTIVE",
        source: "replace",
        criteria: "{oops",
      },
    });
    await insertJob("nocv", { criteriaVersionId: "cv-missing" });
    await insertJob("broken", { criteriaVersionId: "cv-broken" });
    expect(await claimAndRun()).toEqual(["failed", "failed"]);
    for (const id of ["nocv", "broken"]) {
      const job = await db.sandboxScoringJob.findUniqueOrThrow({ where: { id } });
      expect(job).toMatchObject({ status: "failed", errorCode: "AI_SCORING_FAILED" });
      expect(job.errorMessage).toMatch(/Criteria version/);
    }
  });

  it("fails a job claimed too often with MAX_RETRIES_EXCEEDED", async () => {
    await insertJob("poison", { attempts: MAX_JOB_ATTEMPTS });
    expect(await claimAndRun()).toEqual(["failed"]);
    expect(await db.sandboxScoringJob.findUniqueOrThrow({ where: { id: "poison" } })).toMatchObject({
      status: "failed",
      errorCode: "MAX_RETRIES_EXCEEDED",
    });
  });

  it("writes nothing when its claim was taken over", async () => {
    await insertJob("j1");
    const [job] = await claimDueJobs(db, "slow", 1);
    await db.sandboxScoringJob.update({ where: { id: job!.id }, data: { claimedBy: "other" } });
    expect(await runClaimedJob(db, job!, "slow")).toBe("lost");
    expect(await db.sandboxWebhookDelivery.count()).toBe(0);
    expect((await db.sandboxScoringJob.findUniqueOrThrow({ where: { id: "j1" } })).status).toBe("pending");
  });
});

describe("batches", () => {
  it("counts outcomes and queues batch.completed exactly once, after the last job", async () => {
    await db.sandboxBatch.create({
      data: { id: "b1", tenantId: "t1", jobId: "job-123", applicationSetKey: "k", totalJobs: 5 },
    });
    for (let i = 0; i < 4; i++) await insertJob(`ok${i}`, { batchId: "b1" });
    await insertJob("bad", { batchId: "b1", resumeText: null });
    // Two claimers race over the batch's jobs, finishing them concurrently, until none is left.
    const race = async (claimer: string) => {
      for (let jobs = await claimDueJobs(db, claimer, 2); jobs.length > 0; jobs = await claimDueJobs(db, claimer, 2)) {
        await Promise.all(jobs.map((job) => runClaimedJob(db, job, claimer)));
      }
    };
    await Promise.all([race("A"), race("B")]);
    const batch = await db.sandboxBatch.findUniqueOrThrow({ where: { id: "b1" } });
    expect(batch).toMatchObject({ status: "failed", completedJobs: 4, failedJobs: 1 });
    const done = await payloads("batch.completed");
    expect(done).toHaveLength(1);
    expect(done[0]!.body).toEqual({
      event: "batch.completed",
      tenantId: "acme-corp",
      batchId: "b1",
      jobId: "job-123",
      totalJobs: 5,
      completedJobs: 4,
      failedJobs: 1,
      status: "failed",
      completedAt: batch.completedAt!.toISOString(),
    });
  });

  it("counts a job in the batch it was attached to after being claimed", async () => {
    await db.sandboxBatch.create({
      data: { id: "b-late", tenantId: "t1", jobId: "job-123", applicationSetKey: "late", totalJobs: 1 },
    });
    await insertJob("adopted");
    const [job] = await claimDueJobs(db, "W", 1);
    // The API adopts the pending job into a batch while the worker holds it.
    await db.sandboxScoringJob.update({ where: { id: "adopted" }, data: { batchId: "b-late" } });
    expect(await runClaimedJob(db, job!, "W")).toBe("completed");
    expect(await db.sandboxBatch.findUniqueOrThrow({ where: { id: "b-late" } })).toMatchObject({
      status: "completed",
      completedJobs: 1,
    });
    expect((await payloads("batch.completed")).map((p) => p.body.batchId)).toEqual(["b-late"]);
  });

  it("marks a batch whose jobs all succeeded completed, and leaves an unfinished one pending", async () => {
    await db.sandboxBatch.create({
      data: { id: "b2", tenantId: "t1", jobId: "job-123", applicationSetKey: "k2", totalJobs: 2 },
    });
    await db.sandboxBatch.create({
      data: { id: "b3", tenantId: "t1", jobId: "job-123", applicationSetKey: "k3", totalJobs: 2 },
    });
    await insertJob("x1", { batchId: "b2" });
    await insertJob("x2", { batchId: "b2" });
    await insertJob("y1", { batchId: "b3" });
    await claimAndRun();
    expect(await db.sandboxBatch.findUniqueOrThrow({ where: { id: "b2" } })).toMatchObject({
      status: "completed",
      completedJobs: 2,
      failedJobs: 0,
    });
    expect(await db.sandboxBatch.findUniqueOrThrow({ where: { id: "b3" } })).toMatchObject({
      status: "pending",
      completedJobs: 1,
      completedAt: null,
    });
    expect((await payloads("batch.completed")).map((p) => p.body.batchId)).toEqual(["b2"]);
  });
});
