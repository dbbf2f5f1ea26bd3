import { describe, expect, it } from "vitest";
import { db as appDb } from "@/lib/db";
import { DEMO_ORG_NAME } from "@/lib/demo/accounts";
import { seedDemoJobs } from "@/lib/demo/after-start";
import { DEMO_JOBS } from "@/lib/demo/content";
import { testDb } from "../support/db";

/** The demo data goes through the same path as a recruiter's: Nova criteria, outbox, webhooks. */
const db = testDb();

describe("demo jobs after start", () => {
  it("creates two jobs with Nova criteria and twelve candidates each, all scored; a restart adds nothing", async () => {
    await appDb.organization.count();
    const started = Date.now();
    await seedDemoJobs();
    const org = await db.organization.findFirstOrThrow({ where: { name: DEMO_ORG_NAME } });
    const jobs = await db.job.findMany({
      where: { orgId: org.id },
      include: { activeCriteriaVersion: { include: { criteria: true } } },
    });
    expect(jobs.map((j) => j.title).sort()).toEqual(DEMO_JOBS.map((j) => j.title).sort());
    for (const job of jobs) expect(job.activeCriteriaVersion?.criteria.length).toBeGreaterThan(2);

    const deadline = Date.now() + 60_000;
    while ((await db.application.count({ where: { orgId: org.id, pipelineStatus: "SCORED" } })) < 24) {
      if (Date.now() > deadline) throw new Error("demo candidates were not all scored within 60 s");
      await new Promise((r) => setTimeout(r, 250));
    }
    console.log(`[measure] demo: 2 jobs, criteria and 24 candidates scored ${Date.now() - started} ms after start`);
    const scores = await db.application.findMany({ where: { orgId: org.id }, select: { currentScore: true } });
    expect(new Set(scores.map((s) => s.currentScore)).size).toBeGreaterThan(3);

    await seedDemoJobs();
    expect(await db.job.count({ where: { orgId: org.id } })).toBe(2);
    expect(await db.application.count({ where: { orgId: org.id } })).toBe(24);
    expect(await db.scoringJob.count({ where: { orgId: org.id } })).toBe(24);
  });
});
