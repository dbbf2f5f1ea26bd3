import { beforeAll, describe, expect, it } from "vitest";
import { useTempAppDatabase } from "@/tests/support/db";

/**
 * recordAcceptances (a batch's acceptances in one transaction, ADR 043) against a real migrated
 * database: it must leave exactly what applying each observation alone leaves.
 */
type Db = typeof import("@/lib/db");
let db: Db["db"];
let results: typeof import("./results");

beforeAll(async () => {
  await useTempAppDatabase("acceptances-");
  db = (await import("@/lib/db")).db;
  results = await import("./results");
}, 60_000);

async function seed(n: number) {
  const tag = Math.random().toString(36).slice(2, 8);
  const org = await db.organization.create({ data: { name: "O", tenantId: `t_${tag}` } });
  const job = await db.job.create({ data: { orgId: org.id, title: "T", company: "C", description: "D" } });
  const apps = [];
  for (let i = 0; i < n; i++)
    apps.push(
      await db.application.create({
        data: { orgId: org.id, jobId: job.id, candidateName: `C${i}`, resumeText: "x".repeat(60) },
      }),
    );
  return { orgId: org.id, apps, tag };
}

describe("recordAcceptances", () => {
  it("stores a batch's new jobs and makes each the application's current one", async () => {
    const { orgId, apps, tag } = await seed(25);
    const queuedAt = new Date();
    await results.recordAcceptances(
      apps.map((a) => ({
        orgId,
        applicationId: a.id,
        novaScoringJobId: `sj_${tag}_${a.id}`,
        status: "pending" as const,
        queuedAt,
        isRescore: false,
      })),
    );
    const stored = await db.application.findMany({
      where: { id: { in: apps.map((a) => a.id) } },
      include: { currentScoringJob: true },
    });
    expect(stored).toHaveLength(25);
    for (const app of stored) {
      expect(app.pipelineStatus).toBe("PENDING");
      expect(app.currentScoringJob).toMatchObject({ novaScoringJobId: `sj_${tag}_${app.id}`, status: "PENDING" });
    }
  });

  it("keeps a result a webhook already delivered, and a newer job stays current over an older acceptance", async () => {
    const { orgId, apps, tag } = await seed(2);
    const [early, older] = apps as [(typeof apps)[number], (typeof apps)[number]];
    const t = Date.now();
    // The webhook for `early` landed before the batch's answer was recorded.
    await results.recordScoringObservation({
      orgId,
      applicationId: early.id,
      novaScoringJobId: `sj_${tag}_early`,
      status: "completed",
      score: 8,
      assessment: { verdict: "Good", strengths: [], concerns: [], interviewFocus: [] },
    });
    // `older` already has a job submitted after the one being accepted now.
    await results.recordScoringObservation({
      orgId,
      applicationId: older.id,
      novaScoringJobId: `sj_${tag}_newer`,
      status: "pending",
      queuedAt: new Date(t + 60_000),
    });
    await results.recordAcceptances([
      { orgId, applicationId: early.id, novaScoringJobId: `sj_${tag}_early`, status: "pending", queuedAt: new Date(t) },
      { orgId, applicationId: older.id, novaScoringJobId: `sj_${tag}_older`, status: "pending", queuedAt: new Date(t) },
    ]);
    const e = await db.application.findUniqueOrThrow({ where: { id: early.id }, include: { currentScoringJob: true } });
    expect(e).toMatchObject({ pipelineStatus: "SCORED", currentScore: 8 });
    expect(e.currentScoringJob).toMatchObject({ novaScoringJobId: `sj_${tag}_early`, status: "COMPLETED" });
    const o = await db.application.findUniqueOrThrow({ where: { id: older.id }, include: { currentScoringJob: true } });
    expect(o.currentScoringJob?.novaScoringJobId).toBe(`sj_${tag}_newer`);
    expect(await db.scoringJob.count({ where: { applicationId: older.id } })).toBe(2);
  });
});
