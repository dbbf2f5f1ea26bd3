import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { addCriterion, generateCriteria, saveDraftCriteria } from "@/lib/criteria";
import { createApplicationsFromCsv, deleteApplication } from "@/lib/applications";
import { closeJob, createJob } from "@/lib/jobs";
import { db as appDb } from "@/lib/db";
import { rescoreApplications, submitApplications } from "@/lib/scoring/commands";
import { DEMO_JOBS } from "@/lib/demo/content";
import { createOrg } from "./webhook-fixtures";
import { testDb } from "../support/db";

/**
 * The whole loop against the running app and its Nova sandbox, over HTTP: criteria generated
 * by Nova → candidates submitted through the outbox → Nova scores them → signed webhooks → the
 * results stored and current; then a criteria edit makes them stale and a rescore replaces them.
 */
const db = testDb();
let actor: Actor;
let loopJobId: string;

beforeAll(async () => {
  await appDb.organization.count();
  const org = await createOrg();
  actor = { orgId: org.id, tenantId: org.tenantId, userId: org.admin.id, role: "ADMIN" };
});

async function until<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 45_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

// The demo's realistic posting and candidates: a strong fit, a mid one and a frontend developer.
const POSTING = DEMO_JOBS[0]!;
const pick = (name: string) => POSTING.candidates.find((c) => c.name === name)!;
const RESUMES = ["Maya Okafor", "Ravi Patel", "Hannah Schultz"].map((n) => ({
  candidateName: n,
  resumeText: pick(n).resume,
}));

describe("the full loop", () => {
  it("generates criteria, scores via webhooks, and rescores stale results after a criteria edit", async () => {
    const { jobId } = await createJob(actor, {
      title: POSTING.title,
      company: POSTING.company,
      description: POSTING.description,
      roleKnowledge: POSTING.roleKnowledge,
    });
    loopJobId = jobId;
    const v1 = await generateCriteria(actor, jobId, {});
    expect(v1.criteria.length).toBeGreaterThan(0);
    // A draft until saved; saved unchanged it becomes the active version without a second one.
    expect((await db.job.findUniqueOrThrow({ where: { id: jobId } })).activeCriteriaVersionId).toBeNull();
    expect(await saveDraftCriteria(actor, jobId, v1.criteria)).toMatchObject({ versionId: v1.versionId });
    const job = await db.job.findUniqueOrThrow({
      where: { id: jobId },
      include: { activeCriteriaVersion: { include: { criteria: true } } },
    });
    expect(job.activeCriteriaVersion).toMatchObject({
      novaId: v1.versionId,
      number: v1.number,
      source: "GENERATED",
      status: "ACTIVE",
    });
    expect(job.activeCriteriaVersion!.criteria).toHaveLength(v1.criteria.length);

    const ids = await createApplicationsFromCsv(
      actor,
      jobId,
      RESUMES.map((r) => ({ ...r, candidateEmail: null, resumeUrl: null })),
    );
    const { operationId, count } = await submitApplications(actor, jobId);
    expect(count).toBe(3);
    expect((await submitApplications(actor, jobId)).count).toBe(0);

    const op = await until(
      "the submit operation",
      () => db.operation.findUniqueOrThrow({ where: { id: operationId! } }),
      (o) => o.status === "completed",
    );
    expect(op).toMatchObject({ total: 3, processed: 3, failed: 0 });
    const scored = await until(
      "three scores",
      () => db.application.findMany({ where: { id: { in: ids } }, include: { currentScoringJob: true } }),
      (apps) => apps.every((a) => a.pipelineStatus === "SCORED"),
    );
    for (const a of scored) {
      expect(a.currentScore).toBeGreaterThanOrEqual(0);
      expect(a.currentScoringJob).toMatchObject({
        status: "COMPLETED",
        score: a.currentScore,
        criteriaVersionNovaId: v1.versionId,
        isRescore: false,
      });
      expect(JSON.parse(a.currentScoringJob!.strengths!)).toBeInstanceOf(Array);
      expect(a.currentCriteriaVersionNovaId).toBe(v1.versionId);
    }
    const batch = await db.scoringBatch.findFirstOrThrow({ where: { jobId } });
    expect(batch.totalJobs).toBe(3);
    expect(
      await db.webhookEvent.count({ where: { outcome: "processed", signatureOk: true, event: "score.completed" } }),
    ).toBeGreaterThanOrEqual(3);
    const byName = Object.fromEntries(scored.map((a) => [a.candidateName, a.currentScore!]));
    expect(byName["Maya Okafor"]).toBeGreaterThan(byName["Hannah Schultz"]!);

    const v2 = await addCriterion(actor, jobId, { text: "Experience with Terraform", importance: "PREFERRED" });
    expect(v2.number).toBe(v1.number + 1);
    expect(v2.staleCount).toBe(3);
    expect(await db.criteriaVersion.count({ where: { jobId } })).toBe(2);
    expect(await db.auditEvent.count({ where: { targetId: jobId, action: "criteria.criterion_added" } })).toBe(1);

    const rescore = await rescoreApplications(actor, { jobId, scope: "stale" });
    expect(rescore.count).toBe(3);
    await until(
      "rescored results",
      () => db.application.findMany({ where: { id: { in: ids } } }),
      (apps) => apps.every((a) => a.pipelineStatus === "SCORED" && a.currentCriteriaVersionNovaId === v2.versionId),
    );
    for (const id of ids) {
      const jobs = await db.scoringJob.findMany({ where: { applicationId: id }, orderBy: { submittedAt: "asc" } });
      expect(jobs.map((j) => [j.isRescore, j.criteriaVersionNovaId])).toEqual([
        [false, v1.versionId],
        [true, v2.versionId],
      ]);
      expect((await db.application.findUniqueOrThrow({ where: { id } })).currentScoringJobId).toBe(jobs[1]!.id);
    }
  });

  it("reconciles a result whose webhook never arrived", async () => {
    const done = await db.scoringJob.findFirstOrThrow({
      where: { orgId: actor.orgId, status: "COMPLETED", isRescore: true },
    });
    // As if the webhook had been lost: pending locally, last checked long ago.
    const old = new Date(Date.now() - 10 * 60_000);
    await db.scoringJob.update({ where: { id: done.id }, data: { status: "PENDING", score: null, updatedAt: old } });
    await db.application.update({
      where: { id: done.applicationId },
      data: { pipelineStatus: "PENDING", currentScore: null },
    });
    const back = await until(
      "reconciliation",
      () => db.scoringJob.findUniqueOrThrow({ where: { id: done.id } }),
      (j) => j.status === "COMPLETED",
    );
    expect(back.score).toBe(done.score);
    expect(await db.application.findUniqueOrThrow({ where: { id: done.applicationId } })).toMatchObject({
      pipelineStatus: "SCORED",
      currentScore: done.score,
    });
  });

  it("deletes an application at Nova and locally; closing the job archives its criteria and stops submissions", async () => {
    const app = await db.application.findFirstOrThrow({ where: { jobId: loopJobId, candidateName: "Ravi Patel" } });
    await deleteApplication(actor, app.id);
    expect(await db.application.count({ where: { id: app.id } })).toBe(0);
    expect(await db.scoringJob.count({ where: { applicationId: app.id } })).toBe(0);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "application.deleted", targetId: app.id } });
    expect(JSON.parse(audit.data)).toMatchObject({ jobId: loopJobId, deletionRequestId: expect.stringMatching(/\S/) });

    await closeJob(actor, loopJobId);
    const job = await db.job.findUniqueOrThrow({ where: { id: loopJobId }, include: { criteriaVersions: true } });
    expect(job).toMatchObject({ status: "CLOSED", activeCriteriaVersionId: null });
    expect(job.criteriaVersions.every((v) => v.status === "ARCHIVED")).toBe(true);
    await expect(submitApplications(actor, loopJobId)).rejects.toMatchObject({ code: "JOB_CLOSED" });
  });
});
