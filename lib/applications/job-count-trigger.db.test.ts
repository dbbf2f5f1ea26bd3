import { expect, it } from "vitest";
import { createTempDb } from "@/tests/support/db";

// The JobCount triggers (prisma/triggers/*.sql, docs/decisions/022) on both providers: deleting an
// organization cascades to its jobs, their counts and their applications in one statement. On
// PostgreSQL the second decrement of a count row checked its foreign key against the job the same
// statement had just deleted, so an organization with two applications in one state could not be
// deleted (an admin's offboarding, the e2e fixtures' clean-up).
it("deletes an organization whose job has several applications in the same state, counts and all", async () => {
  const t = await createTempDb();
  const org = await t.db.organization.create({ data: { name: "Counts", tenantId: "org_counts" } });
  const job = await t.db.job.create({
    data: { orgId: org.id, title: "Backend Engineer", company: "Acme", description: "Go." },
  });
  await t.db.application.createMany({
    data: [1, 2, 3].map((i) => ({ orgId: org.id, jobId: job.id, candidateName: `C${i}`, resumeText: "Go." })),
  });
  // One of them scored: deleting its scoring job (also by the cascade) clears currentScoringJobId,
  // an update the triggers count too.
  const [first] = await t.db.application.findMany({ where: { jobId: job.id }, take: 1 });
  const scoring = await t.db.scoringJob.create({
    data: {
      orgId: org.id,
      applicationId: first!.id,
      novaScoringJobId: "sj_1",
      status: "COMPLETED",
      score: 70,
      submittedAt: new Date(),
    },
  });
  await t.db.application.update({
    where: { id: first!.id },
    data: { currentScoringJobId: scoring.id, currentScore: 70, pipelineStatus: "SCORED" },
  });
  expect((await t.db.jobCount.findMany({ where: { jobId: job.id } })).map((c) => c.n)).toContain(2);

  await t.db.organization.delete({ where: { id: org.id } });

  expect(await t.db.job.count()).toBe(0);
  expect(await t.db.application.count()).toBe(0);
  expect(await t.db.jobCount.count()).toBe(0);
  await t.drop();
});
