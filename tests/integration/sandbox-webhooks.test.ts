import { createHmac, timingSafeEqual } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { openServerDb, queueJob, resumeText } from "../support/sandbox-queue-rows";
import { startWebhookListener, type ReceivedWebhook, type WebhookListener } from "../support/sandbox-webhook-listener";
import { startTestServer, testPort, type TestServer } from "../support/test-server";
import { sandboxClient, withCriteria } from "./sandbox-helpers";

// Its own server, pointed at a real listener in this process (the default target, the
// dashboard's receiver, is not what is under test here). Work is submitted over the sandbox's
// HTTP API, as a Nova client would.
let listener: WebhookListener;
let server: TestServer;
let db: PrismaClient;
let call: ReturnType<typeof sandboxClient>;
const TENANT = "acme-corp";
const JOB = "job-backend";
const JD =
  "Senior Backend Engineer: Go, PostgreSQL and Kubernetes; mentor engineers and own delivery. 5+ years of backend experience.";

beforeAll(async () => {
  listener = await startWebhookListener(testPort(12));
  server = await startTestServer("sandbox-webhooks", testPort(11), { NOVA_SANDBOX_WEBHOOK_URL: listener.url });
  db = openServerDb(server.env);
  call = sandboxClient({ baseUrl: server.url, key: server.env.NOVA_API_KEY, tenant: TENANT });
  await withCriteria(call, TENANT, JOB);
});

afterAll(async () => {
  await db?.$disconnect();
  await server?.stop();
  await listener?.close();
});

/** The receiver's check, written independently of the sandbox's `sign`. */
function verifies(w: ReceivedWebhook, secret: string): boolean {
  const expected = Buffer.from(`sha256=${createHmac("sha256", secret).update(w.rawBody).digest("hex")}`);
  const given = Buffer.from(w.signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Waits until no delivery of the tenant is pending any more. */
async function settled(tenantId: string): Promise<void> {
  for (
    let i = 0;
    i < 100 && (await db.sandboxWebhookDelivery.count({ where: { tenantId, status: "pending" } })) > 0;
    i++
  ) {
    await new Promise((r) => setTimeout(r, 50));
  }
}

const forJob = (id: string) => (w: ReceivedWebhook) => w.body.scoringJobId === id;

async function submit(applicationId: string): Promise<{ id: string; criteriaVersionId: string }> {
  const res = await call<{ scoringJob: { id: string; criteriaVersionId: string } }>(
    "POST",
    `/v1/jobs/${JOB}/applications/${applicationId}/scoring-jobs`,
    {
      body: { resume: { type: "text", content: resumeText(applicationId) }, jobDescription: JD },
    },
  );
  expect(res.status).toBe(202);
  return res.body.scoringJob;
}

describe("sandbox scoring → webhooks (real server, real listener)", () => {
  it("scores submitted jobs and delivers signed score.completed, score.failed and batch.completed", async () => {
    const single = await submit("app-single");
    const batchRes = await call<{
      batch: { id: string };
      acceptedApplications: { applicationId: string; scoringJobId: string }[];
    }>("POST", `/v1/jobs/${JOB}/scoring-batches`, {
      body: {
        jobDescription: JD,
        applications: ["app-a", "app-b"].map((applicationId) => ({
          applicationId,
          resume: { type: "text", content: resumeText(applicationId) },
        })),
      },
    });
    expect(batchRes.status).toBe(202);
    const batchId = batchRes.body.batch.id;
    const batchJobs = batchRes.body.acceptedApplications.map((a) => a.scoringJobId);
    // The deterministic engine does not fail on valid input, and intake rejects bad resumes
    // before any job exists; a job whose resume text has gone is how a score.failed arises.
    const tenant = await db.sandboxTenant.findFirstOrThrow({ where: { externalId: TENANT } });
    const broken = await queueJob(db, {
      tenantId: tenant.id,
      criteriaVersionId: single.criteriaVersionId,
      jobId: JOB,
      applicationId: "app-broken",
      resumeText: null,
    });

    const all = [single.id, ...batchJobs, broken];
    await listener.waitFor(
      (r) => all.every((id) => r.some(forJob(id))) && r.some((w) => w.body.event === "batch.completed"),
    );

    for (const w of listener.received) {
      expect(w.contentType).toBe("application/json");
      expect(w.id).toMatch(/^wh_[a-z0-9]+$/);
      expect(verifies(w, server.env.NOVA_WEBHOOK_SECRET!)).toBe(true);
      expect(verifies(w, "whsec_someoneelse1234567890")).toBe(false);
      expect(new Date(w.timestamp).toISOString()).toBe(w.timestamp);
    }

    const completed = listener.received.find(forJob(single.id))!;
    expect(completed.event).toBe("SCORE_COMPLETED");
    const job = await db.sandboxScoringJob.findUniqueOrThrow({ where: { id: single.id } });
    expect(job.status).toBe("completed");
    expect(completed.body).toEqual({
      event: "score.completed",
      tenantId: TENANT,
      scoringJobId: single.id,
      criteriaVersionId: single.criteriaVersionId,
      jobId: JOB,
      applicationId: "app-single",
      result: { score: job.score, assessment: JSON.parse(job.assessment!) as unknown },
      completedAt: job.completedAt!.toISOString(),
    });
    expect(job.score).toBeGreaterThanOrEqual(1);
    expect(job.score).toBeLessThanOrEqual(10);
    // What the API reports agrees with what the webhook said.
    const got = await call<{ scoringJob: { status: string; score: number } }>(
      "GET",
      `/v1/jobs/${JOB}/applications/app-single/scoring-jobs/${single.id}`,
    );
    expect(got.body.scoringJob).toMatchObject({ status: "completed", score: job.score });

    const failed = listener.received.find(forJob(broken))!;
    expect(failed.event).toBe("SCORE_FAILED");
    expect(failed.body).toMatchObject({
      event: "score.failed",
      tenantId: TENANT,
      applicationId: "app-broken",
      error: { code: "AI_SCORING_FAILED" },
    });
    expect(await db.sandboxScoringJob.findUniqueOrThrow({ where: { id: broken } })).toMatchObject({
      status: "failed",
      errorCode: "AI_SCORING_FAILED",
    });

    const batchEvents = listener.received.filter((w) => w.body.event === "batch.completed");
    expect(batchEvents).toHaveLength(1);
    expect(batchEvents[0]!.event).toBe("BATCH_COMPLETED");
    const batch = await db.sandboxBatch.findUniqueOrThrow({ where: { id: batchId } });
    expect(batchEvents[0]!.body).toEqual({
      event: "batch.completed",
      tenantId: TENANT,
      batchId,
      jobId: JOB,
      totalJobs: 2,
      completedJobs: 2,
      failedJobs: 0,
      status: "completed",
      completedAt: batch.completedAt!.toISOString(),
    });

    // The dispatcher records the outcome just after the listener answered.
    await settled(tenant.id);
    const deliveries = await db.sandboxWebhookDelivery.findMany({
      where: { tenantId: tenant.id },
      include: { attemptLog: true },
    });
    expect(deliveries).toHaveLength(5);
    for (const d of deliveries) {
      expect(d).toMatchObject({ status: "delivered", attempts: 1, lastStatusCode: 200 });
      expect(d.attemptLog).toHaveLength(1);
    }
  });

  it("redelivers after two 500s with the same X-Webhook-Id and body, logging 3 attempts", async () => {
    listener.answerNext(500, 500);
    const before = listener.received.length;
    const { id } = await submit("app-retry");
    await listener.waitFor((r) => r.filter(forJob(id)).length >= 3);
    // Give a wrongly scheduled 4th attempt the chance to show up.
    await new Promise((r) => setTimeout(r, 1_500));
    const attempts = listener.received.slice(before).filter(forJob(id));
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts.map((w) => w.id)).size).toBe(1);
    expect(new Set(attempts.map((w) => w.rawBody)).size).toBe(1);
    attempts.forEach((w) => expect(verifies(w, server.env.NOVA_WEBHOOK_SECRET!)).toBe(true));
    // Backoff with NOVA_SANDBOX_RETRY_BASE_MS=200: at least 200 ms, then 400 ms, between attempts.
    expect(attempts[1]!.receivedAt - attempts[0]!.receivedAt).toBeGreaterThanOrEqual(180);
    expect(attempts[2]!.receivedAt - attempts[1]!.receivedAt).toBeGreaterThanOrEqual(380);

    const tenant = await db.sandboxTenant.findFirstOrThrow({ where: { externalId: TENANT } });
    await settled(tenant.id);
    const delivery = await db.sandboxWebhookDelivery.findUniqueOrThrow({
      where: { id: attempts[0]!.id },
      include: { attemptLog: { orderBy: { attempt: "asc" } } },
    });
    expect(delivery).toMatchObject({ status: "delivered", attempts: 3, lastStatusCode: 200, lastError: null });
    expect(delivery.attemptLog.map((a) => [a.attempt, a.statusCode])).toEqual([
      [1, 500],
      [2, 500],
      [3, 200],
    ]);
  });

  it("sends batch.completed for a batch whose every job was already scored when it was submitted", async () => {
    const first = await submit("app-early-1");
    const second = await submit("app-early-2");
    await listener.waitFor((r) => r.some(forJob(first.id)) && r.some(forJob(second.id)));
    // Both jobs are terminal: the batch reuses them (scoring idempotency) and is created closed.
    const res = await call<{ batch: { id: string; status: string } }>("POST", `/v1/jobs/${JOB}/scoring-batches`, {
      body: {
        jobDescription: JD,
        applications: ["app-early-1", "app-early-2"].map((applicationId) => ({
          applicationId,
          resume: { type: "text", content: resumeText(applicationId) },
        })),
      },
    });
    expect(res.status).toBe(202);
    expect(res.body.batch.status).toBe("completed");
    const batchId = res.body.batch.id;
    await listener.waitFor((r) => r.some((w) => w.body.event === "batch.completed" && w.body.batchId === batchId));
    const events = listener.received.filter((w) => w.body.batchId === batchId);
    expect(events).toHaveLength(1);
    expect(events[0]!.body).toMatchObject({
      event: "batch.completed",
      totalJobs: 2,
      completedJobs: 2,
      failedJobs: 0,
      status: "completed",
    });
  });
});
