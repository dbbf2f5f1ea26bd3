import http from "node:http";
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db as appDb } from "@/lib/db";
import { recordScoringObservation } from "@/lib/scoring/results";
import {
  createJobWithApplication,
  createOrg,
  deliver,
  deliverAndApply,
  scoreCompleted,
  testDb,
  waitApplied,
  type Org,
} from "./webhook-fixtures";

const db = testDb();
let org: Org;
beforeAll(async () => {
  // lib/sqlite configures a new client with PRAGMAs that wait for an open transaction: touch the
  // app's client once outside a transaction before its first $transaction (see report).
  await appDb.organization.count();
  org = await createOrg();
});

const novaId = () => `sj_${randomBytes(6).toString("hex")}`;

describe("POST /api/webhooks/nova", () => {
  it("refuses a missing or wrong signature with 401 and writes no result", async () => {
    const { job, app } = await createJobWithApplication(org);
    const body = scoreCompleted(org, job.id, app.id, novaId(), 9);
    const id = `wh_forged_${randomBytes(4).toString("hex")}`;
    expect((await deliver(body, { id, signature: null })).status).toBe(401);
    expect((await deliver(body, { id, secret: "whsec_notTheRealSecret1234" })).status).toBe(401);
    expect((await deliver(body, { id, signature: "sha256=" + "0".repeat(64) })).status).toBe(401);
    expect(await db.scoringJob.count({ where: { applicationId: app.id } })).toBe(0);
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).pipelineStatus).toBe("NOT_SUBMITTED");
    // Counted (at most one sample row), without claiming the delivery id: a forger must not
    // block the real delivery.
    expect(await db.webhookEvent.count({ where: { deliveryId: id } })).toBe(0);
    expect(
      await db.webhookEvent.count({ where: { signatureOk: false, detail: { contains: id } } }),
    ).toBeLessThanOrEqual(1);
    // The real delivery under the same id is still stored and applied.
    expect((await deliverAndApply(body, { id })).status).toBe(200);
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).currentScore).toBe(9);
  });

  it("does not write a row per forged request: 200 of them add at most one sampled log row", async () => {
    const { job, app } = await createJobWithApplication(org);
    const before = await db.webhookEvent.count();
    const body = scoreCompleted(org, job.id, app.id, novaId(), 9);
    for (let i = 0; i < 20; i++)
      await Promise.all(
        Array.from({ length: 10 }, (_, j) =>
          deliver(body, { id: `wh_junk_${i}_${j}`, signature: `sha256=${randomBytes(32).toString("hex")}` }).then((r) =>
            expect(r.status).toBe(401),
          ),
        ),
      );
    expect((await db.webhookEvent.count()) - before).toBeLessThanOrEqual(1);
  });

  it("stops reading a huge unauthenticated body at the cap instead of buffering it", async () => {
    // Streams up to 64 MB, chunked (no Content-Length to refuse up front), and stops as soon as
    // the answer arrives: a receiver that read the whole body first would answer only after all 64 MB.
    const url = new URL("/api/webhooks/nova", process.env.TEST_BASE_URL);
    const chunk = Buffer.alloc(64 * 1024, "x");
    const { status, sent } = await new Promise<{ status: number; sent: number }>((resolve, reject) => {
      let sent = 0;
      let answered = false;
      const req = http.request(url, {
        method: "POST",
        headers: { "content-type": "application/json", "x-webhook-signature": `sha256=${"ab".repeat(32)}` },
      });
      req.on("response", (res) => {
        answered = true;
        res.resume();
        resolve({ status: res.statusCode ?? 0, sent });
        req.destroy();
      });
      req.on("error", (err) => (answered ? undefined : reject(err)));
      const pump = () => {
        while (!answered && sent < 64 * 1024 * 1024) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once("drain", pump);
        }
        if (!answered) req.end();
      };
      pump();
    });
    expect(status).toBe(413);
    expect(sent).toBeLessThan(32 * 1024 * 1024);
  });

  it("stores a result that arrives before the submitting action stored its scoring job, and the action converges on it", async () => {
    const { job, app } = await createJobWithApplication(org);
    const sj = novaId();
    const res = await deliverAndApply(scoreCompleted(org, job.id, app.id, sj, 8));
    expect(res.status).toBe(200);
    const row = await db.scoringJob.findUniqueOrThrow({ where: { novaScoringJobId: sj } });
    expect(row).toMatchObject({ status: "COMPLETED", score: 8, verdict: "Scored 8", criteriaVersionNovaId: "cv_1" });
    expect(await db.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({
      pipelineStatus: "SCORED",
      currentScore: 8,
      currentScoringJobId: row.id,
    });

    // The action's own (late) write says "pending" with Nova's queuedAt: one row, still completed.
    const queuedAt = new Date(Date.now() - 5_000);
    await recordScoringObservation({
      orgId: org.id,
      applicationId: app.id,
      novaScoringJobId: sj,
      status: "pending",
      queuedAt,
      criteriaVersionNovaId: "cv_1",
    });
    const rows = await db.scoringJob.findMany({ where: { applicationId: app.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "COMPLETED", score: 8 });
    expect(rows[0]!.submittedAt.getTime()).toBe(queuedAt.getTime());
  });

  it("deduplicates a redelivery on X-Webhook-Id without a second row", async () => {
    const { job, app } = await createJobWithApplication(org);
    const id = `wh_${randomBytes(6).toString("hex")}`;
    const body = scoreCompleted(org, job.id, app.id, novaId(), 6);
    const before = await db.webhookEvent.count();
    expect((await deliver(body, { id })).status).toBe(200);
    const again = await deliver(body, { id });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ duplicate: true });
    expect(await waitApplied(id)).toMatchObject({ outcome: "processed", signatureOk: true });
    expect(await db.scoringJob.count({ where: { applicationId: app.id } })).toBe(1);
    expect((await db.webhookEvent.count()) - before).toBe(1);
  });

  it("deduplicates a replayed body under a new X-Webhook-Id on the body's hash", async () => {
    const { job, app } = await createJobWithApplication(org);
    const sj = novaId();
    const raw = JSON.stringify(scoreCompleted(org, job.id, app.id, sj, 4));
    expect((await deliverAndApply(null, { raw })).status).toBe(200);
    // An attacker who captured the signed body re-sends it after a rescore made a newer result current.
    await recordScoringObservation({
      orgId: org.id,
      applicationId: app.id,
      novaScoringJobId: novaId(),
      status: "completed",
      score: 9,
      queuedAt: new Date(Date.now() + 60_000),
    });
    const replay = await deliver(null, { raw, id: `wh_replay_${randomBytes(6).toString("hex")}` });
    expect(replay.status).toBe(200);
    expect(await replay.json()).toMatchObject({ duplicate: true });
    expect(await db.webhookEvent.count({ where: { payload: raw } })).toBe(1);
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).currentScore).toBe(9);
  });

  it("refuses a signed timestamp more than 5 minutes off, and ignores the age of an unsigned one", async () => {
    const { job, app } = await createJobWithApplication(org);
    const old = new Date(Date.now() - 6 * 60_000).toISOString();
    const future = new Date(Date.now() + 6 * 60_000).toISOString();
    const id = `wh_${randomBytes(6).toString("hex")}`;
    const body = scoreCompleted(org, job.id, app.id, novaId(), 5);
    expect((await deliver(body, { id, timestampSigned: true, timestamp: old })).status).toBe(401);
    expect((await deliver(body, { id, timestampSigned: true, timestamp: future })).status).toBe(401);
    expect(await db.webhookEvent.count({ where: { deliveryId: id } })).toBe(0);
    // Signed over the body alone, the timestamp header proves nothing either way: accepted.
    expect((await deliverAndApply(body, { id, timestamp: old })).status).toBe(200);
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).currentScore).toBe(5);
  });

  it("never lets a late webhook for an older job overwrite the newer current result", async () => {
    const { job, app } = await createJobWithApplication(org);
    const older = novaId();
    const newer = novaId();
    await recordScoringObservation({
      orgId: org.id,
      applicationId: app.id,
      novaScoringJobId: older,
      status: "pending",
      queuedAt: new Date(Date.now() - 60_000),
    });
    await recordScoringObservation({
      orgId: org.id,
      applicationId: app.id,
      novaScoringJobId: newer,
      status: "pending",
      queuedAt: new Date(Date.now() - 10_000),
      isRescore: true,
    });
    expect((await deliverAndApply(scoreCompleted(org, job.id, app.id, newer, 9))).status).toBe(200);
    expect((await deliverAndApply(scoreCompleted(org, job.id, app.id, older, 2))).status).toBe(200);
    const current = await db.application.findUniqueOrThrow({
      where: { id: app.id },
      include: { currentScoringJob: true },
    });
    expect(current.currentScoringJob?.novaScoringJobId).toBe(newer);
    expect(current.currentScore).toBe(9);
    expect(await db.scoringJob.findUniqueOrThrow({ where: { novaScoringJobId: older } })).toMatchObject({
      status: "COMPLETED",
      score: 2,
    });
  });

  it("records score.failed on the job and the application", async () => {
    const { job, app } = await createJobWithApplication(org);
    const sj = novaId();
    const res = await deliverAndApply(
      {
        event: "score.failed",
        tenantId: org.tenantId,
        scoringJobId: sj,
        criteriaVersionId: "cv_1",
        jobId: job.id,
        applicationId: app.id,
        error: { code: "AI_SCORING_FAILED", message: "Model timed out" },
        failedAt: new Date().toISOString(),
      },
      { event: "SCORE_FAILED" },
    );
    expect(res.status).toBe(200);
    expect(await db.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({
      pipelineStatus: "FAILED",
      errorCode: "AI_SCORING_FAILED",
      errorMessage: "Model timed out",
      currentScore: null,
    });
  });

  it("accepts a signature over timestamp.body as well", async () => {
    const { job, app } = await createJobWithApplication(org);
    expect(
      (await deliverAndApply(scoreCompleted(org, job.id, app.id, novaId(), 7), { timestampSigned: true })).status,
    ).toBe(200);
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).currentScore).toBe(7);
  });

  it("matches on the tenant too: another org's tenant id cannot touch this application", async () => {
    const { job, app } = await createJobWithApplication(org);
    const res = await deliverAndApply({
      ...scoreCompleted(org, job.id, app.id, novaId(), 10),
      tenantId: "org_someone_else",
    });
    expect(res.status).toBe(200);
    expect(await db.scoringJob.count({ where: { applicationId: app.id } })).toBe(0);
  });

  it("acknowledges test deliveries and unknown events without writing results", async () => {
    const test = await deliver(
      { event: "test", message: "Hello from the playground", timestamp: new Date().toISOString() },
      { event: "test" },
    );
    expect(test.status).toBe(200);
    const unknown = await deliver({ event: "candidate.hired", tenantId: org.tenantId }, { event: "CANDIDATE_HIRED" });
    expect(unknown.status).toBe(200);
    expect(await unknown.json()).toMatchObject({ ignored: true });
  });

  it("answers a well-signed body that is not JSON with 400, never 5xx", async () => {
    expect((await deliver(null, { raw: "{not json" })).status).toBe(400);
  });

  it("answers an oversized body with 413", async () => {
    const raw = JSON.stringify({ event: "test", padding: "x".repeat(1024 * 1024 + 10) });
    expect((await deliver(null, { raw })).status).toBe(413);
  });

  it("updates the batch on batch.completed, creating it if the submit has not stored it yet", async () => {
    const { job } = await createJobWithApplication(org);
    const batchId = `b_${randomBytes(6).toString("hex")}`;
    const res = await deliverAndApply(
      {
        event: "batch.completed",
        tenantId: org.tenantId,
        batchId,
        jobId: job.id,
        totalJobs: 3,
        completedJobs: 2,
        failedJobs: 1,
        status: "failed",
        completedAt: new Date().toISOString(),
      },
      { event: "BATCH_COMPLETED" },
    );
    expect(res.status).toBe(200);
    expect(await db.scoringBatch.findUniqueOrThrow({ where: { novaBatchId: batchId } })).toMatchObject({
      jobId: job.id,
      orgId: org.id,
      status: "failed",
      completedJobs: 2,
      failedJobs: 1,
    });
  });

  it("scopes batch.completed to the job and org it names: another tenant cannot move this org's batch", async () => {
    const { job } = await createJobWithApplication(org);
    const other = await createOrg();
    const { job: otherJob } = await createJobWithApplication(other);
    const batchId = `b_${randomBytes(6).toString("hex")}`;
    await db.scoringBatch.create({
      data: { novaBatchId: batchId, orgId: org.id, jobId: job.id, status: "processing", totalJobs: 3 },
    });
    const event = (tenantId: string, jobId: string) => ({
      event: "batch.completed",
      tenantId,
      batchId,
      jobId,
      totalJobs: 3,
      completedJobs: 0,
      failedJobs: 3,
      status: "failed",
      completedAt: new Date().toISOString(),
    });
    expect((await deliverAndApply(event(other.tenantId, otherJob.id), { event: "BATCH_COMPLETED" })).status).toBe(200);
    expect(await db.scoringBatch.findUniqueOrThrow({ where: { novaBatchId: batchId } })).toMatchObject({
      orgId: org.id,
      jobId: job.id,
      status: "processing",
      failedJobs: 0,
    });
  });
});
