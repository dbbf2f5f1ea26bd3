import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { useTempAppDatabase } from "@/tests/support/db";

/**
 * Bulk paths over more ids than SQLite's bound-parameter limit (about a thousand: an unchunked
 * `id IN (…)` fails with P2029), on a real migrated SQLite database. Nothing here calls Nova:
 * these paths only queue work for the outbox.
 */
type Db = typeof import("@/lib/db");
let db: Db["db"];
let commands: typeof import("./commands");
let ops: typeof import("./operations");
let applications: typeof import("@/lib/applications");

beforeAll(async () => {
  await useTempAppDatabase("bulk-");
  db = (await import("@/lib/db")).db;
  commands = await import("./commands");
  ops = await import("./operations");
  applications = await import("@/lib/applications");
}, 60_000);

async function seedJob(): Promise<{ ctx: Actor; jobId: string }> {
  const tag = Math.random().toString(36).slice(2, 8);
  const org = await db.organization.create({ data: { name: "O", tenantId: `t_${tag}` } });
  const user = await db.user.create({ data: { email: `a-${tag}@x.test`, name: "A", passwordHash: "x" } });
  const job = await db.job.create({ data: { orgId: org.id, title: "T", company: "C", description: "D" } });
  const v = await db.criteriaVersion.create({ data: { jobId: job.id, novaId: `cv_1_${tag}`, number: 1, source: "T" } });
  await db.job.update({ where: { id: job.id }, data: { activeCriteriaVersionId: v.id } });
  const ctx: Actor = { orgId: org.id, tenantId: org.tenantId, userId: user.id, role: "ADMIN" };
  return { ctx, jobId: job.id };
}

const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    candidateName: `Candidate ${i}`,
    candidateEmail: null,
    resumeText: `Candidate ${i} resume text that is long enough for Nova's fifty characters.`,
    resumeUrl: null,
  }));

/** Pretends Nova scored every application of the job under criteria version `cv` (set-based: fast). */
async function markScored(jobId: string, orgId: string, cv: string) {
  await db.outboxItem.updateMany({ where: { jobId, status: "pending" }, data: { status: "sent" } });
  const apps = await db.application.findMany({ where: { jobId }, select: { id: true } });
  await db.scoringJob.createMany({
    data: apps.map((a) => ({
      id: `sjrow_${a.id}`,
      orgId,
      applicationId: a.id,
      novaScoringJobId: `sj_${a.id}`,
      status: "COMPLETED" as const,
      score: 7,
      criteriaVersionNovaId: cv,
      submittedAt: new Date(),
    })),
  });
  await db.$executeRaw`UPDATE "Application" SET "currentScoringJobId" = 'sjrow_' || "id", "currentScore" = 7,
    "currentCriteriaVersionNovaId" = ${cv}, "pipelineStatus" = 'SCORED' WHERE "jobId" = ${jobId}`;
  return apps.map((a) => a.id);
}

describe("bulk paths at 1,500 real rows", () => {
  it(
    "imports 1,500 CSV rows, submits them (selected and all), and rescores 1,500 selected and all stale",
    {
      timeout: 180_000,
    },
    async () => {
      const { ctx, jobId } = await seedJob();
      const ids = await applications.createApplicationsFromCsv(ctx, jobId, rows(1500));
      expect(ids).toHaveLength(1500);
      expect(new Set(ids).size).toBe(1500);

      const submitted = await commands.submitApplications(ctx, jobId, ids);
      expect(submitted.count).toBe(1500);
      expect(await db.outboxItem.count({ where: { operationId: submitted.operationId! } })).toBe(1500);
      expect(await db.application.count({ where: { jobId, pipelineStatus: "PENDING" } })).toBe(1500);
      expect(await db.operation.findUniqueOrThrow({ where: { id: submitted.operationId! } })).toMatchObject({
        total: 1500,
        status: "running",
      });
      // "Submit all not submitted" right after: nothing left, and no empty operation left behind.
      expect(await commands.submitApplications(ctx, jobId)).toEqual({ operationId: null, count: 0 });
      expect(await db.operation.count({ where: { jobId } })).toBe(1);

      await markScored(jobId, ctx.orgId, "cv_old");
      const selected = await commands.rescoreApplications(ctx, { jobId, scope: "selected", applicationIds: ids });
      expect(selected.count).toBe(1500);
      expect(await db.outboxItem.count({ where: { operationId: selected.operationId!, kind: "RESCORE" } })).toBe(1500);
      await db.outboxItem.updateMany({ where: { jobId, status: "pending" }, data: { status: "sent" } });
      const stale = await commands.rescoreApplications(ctx, { jobId, scope: "stale" });
      expect(stale.count).toBe(1500);
      expect(await db.auditEvent.count({ where: { action: "rescore.requested", targetId: jobId } })).toBe(2);
    },
  );
});

describe("operations queued in small chunks", () => {
  it("queues 30 ids in chunks of 7 (duplicates dropped) and closes only when everything is counted", async () => {
    const { ctx, jobId } = await seedJob();
    const ids = await applications.createApplicationsFromCsv(ctx, jobId, rows(30));
    const op = await ops.createOperation(
      { orgId: ctx.orgId, jobId, kind: "SUBMIT", applicationIds: [...ids, ...ids.slice(0, 10)], actorId: ctx.userId },
      7,
    );
    expect(op.count).toBe(30);
    expect(await db.outboxItem.count({ where: { operationId: op.operationId! } })).toBe(30);
    const row = await db.operation.findUniqueOrThrow({ where: { id: op.operationId! } });
    expect(row).toMatchObject({ total: 30, processed: 0, status: "running" });
    // Everything counted: the operation closes.
    await ops.countProgress(op.operationId!, 29, 0);
    expect(await ops.getOperation(ctx.orgId, op.operationId!)).toMatchObject({ status: "running" });
    await ops.countProgress(op.operationId!, 1, 3);
    expect(await ops.getOperation(ctx.orgId, op.operationId!)).toMatchObject({
      status: "completed",
      processed: 30,
      failed: 3,
    });
  });

  it("does not close an operation whose items are counted while later chunks are still being queued", async () => {
    const { ctx, jobId } = await seedJob();
    const ids = await applications.createApplicationsFromCsv(ctx, jobId, rows(3));
    const op = await db.operation.create({
      data: { orgId: ctx.orgId, jobId, kind: "SUBMIT", status: "queuing", total: 1, createdById: ctx.userId },
    });
    await ops.countProgress(op.id, 1, 0);
    expect(await db.operation.findUniqueOrThrow({ where: { id: op.id } })).toMatchObject({
      status: "queuing",
      completedAt: null,
    });
    expect(ids).toHaveLength(3);
  });
});

describe("submit all not submitted", () => {
  it("counts exactly what it sends, and never resends a resume Nova refused for good", async () => {
    const { ctx, jobId } = await seedJob();
    const [fresh, encrypted, expiredUrl, scanned] = await applications.createApplicationsFromCsv(ctx, jobId, rows(4));
    const reject = (id: string, errorCode: string) =>
      db.application.update({ where: { id }, data: { pipelineStatus: "REJECTED", errorCode } });
    await reject(encrypted!, "RESUME_ENCRYPTED");
    await reject(scanned!, "RESUME_EMPTY");
    // Our signed URL had expired: a resubmission signs a new one, so this one may go again.
    await reject(expiredUrl!, "RESUME_FETCH_FAILED");
    const { getStatusCounts } = await import("@/lib/applications/queries");
    const counts = await getStatusCounts(ctx.orgId, jobId, null);
    expect(counts.submittable).toBe(2);

    const res = await commands.submitApplications(ctx, jobId);
    expect(res.count).toBe(counts.submittable);
    const queued = await db.outboxItem.findMany({ where: { jobId }, select: { applicationId: true } });
    expect(queued.map((q) => q.applicationId).sort()).toEqual([fresh, expiredUrl].sort());
    // Chosen explicitly, the refused ones are still not resent.
    expect((await commands.submitApplications(ctx, jobId, [encrypted!, scanned!])).count).toBe(0);
    expect((await getStatusCounts(ctx.orgId, jobId, null)).submittable).toBe(0);
  });
});
