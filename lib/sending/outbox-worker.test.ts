import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { migrateSqlite } from "@/tests/support/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The outbox worker against a scripted Nova over real HTTP and a real SQLite database (the
 * migration applied to a temp file): batches of at most 25, intake rejections recorded,
 * transient failures retried from the outbox, progress counted on the operation.
 */
interface Call {
  path: string;
  body: {
    applications?: { applicationId: string; resume: { type: string; content?: string } }[];
    rescore?: { enabled: boolean };
  };
}
const calls: Call[] = [];
let failNextBatches = 0;
let server: http.Server;

function fakeNova(req: http.IncomingMessage, body: string, res: http.ServerResponse) {
  const parsed = JSON.parse(body || "{}") as Call["body"];
  calls.push({ path: req.url!, body: parsed });
  const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(json));
  };
  const now = new Date().toISOString();
  if (req.url!.endsWith("/scoring-batches")) {
    if (failNextBatches > 0) {
      failNextBatches--;
      return send(
        503,
        { code: "SERVICE_UNAVAILABLE", status: 503, message: "try later", retryable: true, traceId: "t" },
        { "retry-after": "0" },
      );
    }
    const apps = parsed.applications!;
    const rejected = apps.filter((a) => a.resume.content?.includes("CORRUPT"));
    const accepted = apps.filter((a) => !rejected.includes(a));
    return send(202, {
      batch: {
        id: `b_${calls.length}`,
        jobId: "j",
        status: "pending",
        totalJobs: accepted.length,
        completedJobs: 0,
        failedJobs: 0,
        createdAt: now,
      },
      scoringJobIds: accepted.map((a) => `sj_${a.applicationId}`),
      acceptedApplications: accepted.map((a) => ({
        applicationId: a.applicationId,
        scoringJobId: `sj_${a.applicationId}`,
      })),
      rejectedApplications: rejected.map((a) => ({
        applicationId: a.applicationId,
        error: { message: "The PDF is corrupted", reason: "RESUME_CORRUPTED" },
      })),
    });
  }
  const m = /\/jobs\/([^/]+)\/applications\/([^/]+)\/scoring-jobs$/.exec(req.url!);
  if (m) {
    const rescore = Boolean(parsed.rescore?.enabled);
    return send(202, {
      scoringJob: {
        id: `sj_${m[2]}${rescore ? "_r" : ""}`,
        jobId: m[1],
        applicationId: m[2],
        status: "PENDING",
        isRescore: rescore,
        criteriaVersionId: "cv_2",
        queuedAt: now,
      },
    });
  }
  send(404, { code: "NOT_FOUND", status: 404, message: "no", retryable: false });
}

type Worker = typeof import("./outbox-worker");
type Db = typeof import("@/lib/db");
type Ops = typeof import("@/lib/scoring/operations");
let worker: Worker;
let db: Db["db"];
let ops: Ops;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => fakeNova(req, body, res));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "outbox-"));
  const url = `file:${path.join(dir, "t.db")}`;
  await migrateSqlite(url);
  Object.assign(process.env, {
    DATA_DIR: dir,
    DATABASE_URL: url,
    AUTH_SECRET: "a".repeat(40),
    NOVA_API_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    NOVA_API_KEY: "sk_test_0123456789abcdefgh",
    NOVA_WEBHOOK_SECRET: "whsec_0123456789abcdefgh",
  });
  worker = await import("./outbox-worker");
  db = (await import("@/lib/db")).db;
  ops = await import("@/lib/scoring/operations");
}, 60_000);
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function seed(n: number, corrupt: number[] = []) {
  const org = await db.organization.create({ data: { name: "O", tenantId: `t_${Date.now()}_${n}` } });
  const job = await db.job.create({ data: { orgId: org.id, title: "T", company: "C", description: "D" } });
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const text = `${corrupt.includes(i) ? "CORRUPT " : ""}Candidate ${i} resume text that is long enough for Nova's fifty characters.`;
    ids.push(
      (
        await db.application.create({
          data: { orgId: org.id, jobId: job.id, candidateName: `C${i}`, resumeText: text },
        })
      ).id,
    );
  }
  return { orgId: org.id, jobId: job.id, ids };
}

describe("outbox worker", () => {
  it("sends 30 first submissions as batches of 25 and 5, records rejections, and completes the operation", async () => {
    const { orgId, jobId, ids } = await seed(30, [3]);
    const { operationId, count } = await ops.createOperation({
      orgId,
      jobId,
      kind: "SUBMIT",
      applicationIds: ids,
      actorId: "u",
    });
    expect(count).toBe(30);
    calls.length = 0;
    await worker.runOutboxOnce();
    expect(calls.map((c) => c.body.applications?.length)).toEqual([25, 5]);
    expect(await ops.getOperation(orgId, operationId!)).toMatchObject({
      status: "completed",
      total: 30,
      processed: 30,
      failed: 1,
    });
    const rejected = await db.application.findUniqueOrThrow({ where: { id: ids[3]! } });
    expect(rejected).toMatchObject({
      pipelineStatus: "REJECTED",
      errorCode: "RESUME_CORRUPTED",
      errorMessage: "The PDF is corrupted",
    });
    const ok = await db.application.findUniqueOrThrow({ where: { id: ids[0]! }, include: { currentScoringJob: true } });
    expect(ok.pipelineStatus).toBe("PENDING");
    expect(ok.currentScoringJob).toMatchObject({ novaScoringJobId: `sj_${ids[0]}`, status: "PENDING" });
    expect(await db.scoringBatch.count({ where: { jobId } })).toBe(2);
    // A second submit of the same applications queues nothing: the accepted ones are pending, and
    // a corrupted PDF needs a new resume, not the same one again (lib/applications/submittable.ts).
    expect((await ops.createOperation({ orgId, jobId, kind: "SUBMIT", applicationIds: ids, actorId: "u" })).count).toBe(
      0,
    );
  });

  it("claims again while work remains, so one pass sends more than one claim's worth", async () => {
    const { orgId, jobId, ids } = await seed(60);
    const { operationId } = await ops.createOperation({
      orgId,
      jobId,
      kind: "SUBMIT",
      applicationIds: ids,
      actorId: "u",
    });
    calls.length = 0;
    // Claims of 25: the pass claims three times (25, 25, 10) before it ends.
    expect(await worker.runOutboxOnce(25)).toBe(60);
    expect(calls.map((c) => c.body.applications?.length)).toEqual([25, 25, 10]);
    expect(await ops.getOperation(orgId, operationId!)).toMatchObject({ status: "completed", processed: 60 });
    expect(await db.outboxItem.count({ where: { operationId: operationId!, status: "sent" } })).toBe(60);
  });

  it("puts a submission Nova could not take back in the outbox and sends it on a later pass", async () => {
    const { orgId, jobId, ids } = await seed(2);
    const { operationId } = await ops.createOperation({
      orgId,
      jobId,
      kind: "SUBMIT",
      applicationIds: ids,
      actorId: "u",
    });
    failNextBatches = 5; // the client's own retries (4) are exhausted
    await worker.runOutboxOnce();
    const parked = await db.outboxItem.findMany({ where: { operationId: operationId! } });
    expect(
      parked.every(
        (i) => i.status === "pending" && i.attempts === 1 && i.claimedBy === null && i.nextAttemptAt > new Date(),
      ),
    ).toBe(true);
    expect(await ops.getOperation(orgId, operationId!)).toMatchObject({ processed: 0 });
    await db.outboxItem.updateMany({ where: { operationId: operationId! }, data: { nextAttemptAt: new Date() } });
    await worker.runOutboxOnce();
    expect(await ops.getOperation(orgId, operationId!)).toMatchObject({ status: "completed", processed: 2, failed: 0 });
  });

  it("sends rescores one by one with rescore.enabled and a pinned version", async () => {
    const { orgId, jobId, ids } = await seed(2);
    const { operationId } = await ops.createOperation({
      orgId,
      jobId,
      kind: "RESCORE",
      applicationIds: ids,
      actorId: "u",
      criteriaVersionNovaId: "cv_pinned",
    });
    calls.length = 0;
    await worker.runOutboxOnce();
    expect(calls.map((c) => c.path.endsWith("/scoring-jobs"))).toEqual([true, true]);
    expect(calls.map((c) => c.body.rescore)).toEqual([
      { enabled: true, criteriaVersionId: "cv_pinned" },
      { enabled: true, criteriaVersionId: "cv_pinned" },
    ]);
    expect(await ops.getOperation(orgId, operationId!)).toMatchObject({ status: "completed", processed: 2 });
    expect(await db.scoringJob.findUniqueOrThrow({ where: { novaScoringJobId: `sj_${ids[0]}_r` } })).toMatchObject({
      isRescore: true,
      criteriaVersionNovaId: "cv_2",
    });
  });
});
