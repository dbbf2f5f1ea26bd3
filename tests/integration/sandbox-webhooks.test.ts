import { createHmac, timingSafeEqual } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ensureTenant, openServerDb, queueJob } from "../support/sandbox-queue-rows";
import { startWebhookListener, type ReceivedWebhook, type WebhookListener } from "../support/sandbox-webhook-listener";
import { startTestServer, testPort, type TestServer } from "../support/test-server";

// Its own server, pointed at a real listener in this process (the default target, the
// dashboard's receiver, is not what is under test here).
let listener: WebhookListener;
let server: TestServer;
let db: PrismaClient;
let tenantId: string;

beforeAll(async () => {
  listener = await startWebhookListener(testPort(12));
  server = await startTestServer("sandbox-webhooks", testPort(11), { NOVA_SANDBOX_WEBHOOK_URL: listener.url });
  db = openServerDb(server.env);
  tenantId = await ensureTenant(db, "acme-corp");
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
async function settled(tenant: string): Promise<void> {
  for (let i = 0; i < 100 && (await db.sandboxWebhookDelivery.count({ where: { tenantId: tenant, status: "pending" } })) > 0; i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
}

const forJob = (id: string) => (w: ReceivedWebhook) => w.body.scoringJobId === id;

describe("sandbox scoring → webhooks (real server, real listener)", () => {
  it("scores queued jobs and delivers signed score.completed, score.failed and batch.completed", async () => {
    await db.sandboxBatch.create({ data: { id: "batch-1", tenantId, jobId: "job-backend", applicationSetKey: "app-a,app-b", totalJobs: 2 } });
    const a = await queueJob(db, { tenantId, applicationId: "app-a", batchId: "batch-1" });
    const b = await queueJob(db, { tenantId, applicationId: "app-b", batchId: "batch-1", resumeText: null });
    const single = await queueJob(db, { tenantId, applicationId: "app-single" });

    await listener.waitFor((r) => [a, b, single].every((id) => r.some(forJob(id))) && r.some((w) => w.body.event === "batch.completed"));

    for (const w of listener.received) {
      expect(w.contentType).toBe("application/json");
      expect(w.id).toMatch(/^wh_[a-z0-9]+$/);
      expect(verifies(w, server.env.NOVA_WEBHOOK_SECRET!)).toBe(true);
      expect(verifies(w, "whsec_someoneelse1234567890")).toBe(false);
      expect(new Date(w.timestamp).toISOString()).toBe(w.timestamp);
    }

    const completed = listener.received.find(forJob(single))!;
    expect(completed.event).toBe("SCORE_COMPLETED");
    const job = await db.sandboxScoringJob.findUniqueOrThrow({ where: { id: single } });
    expect(job.status).toBe("completed");
    expect(completed.body).toEqual({
      event: "score.completed",
      tenantId: "acme-corp",
      scoringJobId: single,
      criteriaVersionId: "cv-test-1",
      jobId: "job-backend",
      applicationId: "app-single",
      result: { score: job.score, assessment: JSON.parse(job.assessment!) as unknown },
      completedAt: job.completedAt!.toISOString(),
    });
    expect(job.score).toBeGreaterThanOrEqual(1);
    expect(job.score).toBeLessThanOrEqual(10);

    const failed = listener.received.find(forJob(b))!;
    expect(failed.event).toBe("SCORE_FAILED");
    expect(failed.body).toMatchObject({ event: "score.failed", tenantId: "acme-corp", applicationId: "app-b", error: { code: "AI_SCORING_FAILED" } });
    expect(await db.sandboxScoringJob.findUniqueOrThrow({ where: { id: b } })).toMatchObject({ status: "failed", errorCode: "AI_SCORING_FAILED" });

    const batchEvents = listener.received.filter((w) => w.body.event === "batch.completed");
    expect(batchEvents).toHaveLength(1);
    expect(batchEvents[0]!.event).toBe("BATCH_COMPLETED");
    const batch = await db.sandboxBatch.findUniqueOrThrow({ where: { id: "batch-1" } });
    expect(batchEvents[0]!.body).toEqual({
      event: "batch.completed",
      tenantId: "acme-corp",
      batchId: "batch-1",
      jobId: "job-backend",
      totalJobs: 2,
      completedJobs: 1,
      failedJobs: 1,
      status: "failed",
      completedAt: batch.completedAt!.toISOString(),
    });
    expect(listener.received.some(forJob(a))).toBe(true);

    // The dispatcher records the outcome just after the listener answered.
    await settled(tenantId);
    const deliveries = await db.sandboxWebhookDelivery.findMany({ where: { tenantId }, include: { attemptLog: true } });
    expect(deliveries).toHaveLength(4);
    for (const d of deliveries) {
      expect(d).toMatchObject({ status: "delivered", attempts: 1, lastStatusCode: 200 });
      expect(d.attemptLog).toHaveLength(1);
    }
  });

  it("redelivers after two 500s with the same X-Webhook-Id and body, logging 3 attempts", async () => {
    listener.answerNext(500, 500);
    const before = listener.received.length;
    const id = await queueJob(db, { tenantId, applicationId: "app-retry" });
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

    await settled(tenantId);
    const delivery = await db.sandboxWebhookDelivery.findUniqueOrThrow({ where: { id: attempts[0]!.id }, include: { attemptLog: { orderBy: { attempt: "asc" } } } });
    expect(delivery).toMatchObject({ status: "delivered", attempts: 3, lastStatusCode: 200, lastError: null });
    expect(delivery.attemptLog.map((a) => [a.attempt, a.statusCode])).toEqual([
      [1, 500],
      [2, 500],
      [3, 200],
    ]);
  });
});
