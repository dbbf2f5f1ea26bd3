import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { useTempAppDatabase } from "@/tests/support/db";

/**
 * The rescore report on a real migrated SQLite database: snapshots written with the outbox
 * chunks, and the report read back page by page. Nova is not called: results are recorded the
 * way the webhook applier records them (recordScoringObservation).
 */
let db: typeof import("@/lib/db").db;
let commands: typeof import("./commands");
let report: typeof import("./rescore-report");
let results: typeof import("./results");
let applications: typeof import("@/lib/applications");

beforeAll(async () => {
  await useTempAppDatabase("rescore-report-");
  db = (await import("@/lib/db")).db;
  commands = await import("./commands");
  report = await import("./rescore-report");
  results = await import("./results");
  applications = await import("@/lib/applications");
}, 60_000);

async function seedJob(n: number) {
  const tag = Math.random().toString(36).slice(2, 8);
  const org = await db.organization.create({ data: { name: "O", tenantId: `t_${tag}` } });
  const user = await db.user.create({ data: { email: `a-${tag}@x.test`, name: "Ada Admin", passwordHash: "x" } });
  const job = await db.job.create({ data: { orgId: org.id, title: "T", company: "C", description: "D" } });
  const v = await db.criteriaVersion.create({ data: { jobId: job.id, novaId: `cv_1_${tag}`, number: 1, source: "T" } });
  await db.job.update({ where: { id: job.id }, data: { activeCriteriaVersionId: v.id } });
  const actor: Actor = { orgId: org.id, tenantId: org.tenantId, userId: user.id, role: "ADMIN" };
  const ids = await applications.createApplicationsFromCsv(
    actor,
    job.id,
    Array.from({ length: n }, (_, i) => ({
      candidateName: `Person ${i}`,
      candidateEmail: null,
      resumeText: `Person ${i} resume text that is long enough for Nova's fifty character minimum.`,
      resumeUrl: null,
    })),
  );
  return { actor, jobId: job.id, ids, cv: v.novaId };
}

let seq = 0;
/** Records a Nova result for each application the way a webhook does (newest submission wins). */
async function score(actor: Actor, scores: Map<string, number | "failed" | "pending">, cv: string) {
  for (const [applicationId, s] of scores) {
    const common = {
      orgId: actor.orgId,
      applicationId,
      novaScoringJobId: `sj_${++seq}`,
      criteriaVersionNovaId: cv,
      queuedAt: new Date(Date.now() + seq),
    };
    if (s === "pending") await results.recordScoringObservation({ ...common, status: "pending" });
    else if (s === "failed")
      await results.recordScoringObservation({ ...common, status: "failed", errorCode: "X", errorMessage: "no" });
    else await results.recordScoringObservation({ ...common, status: "completed", score: s });
  }
}

/** The same, set-based (two statements), for the large case. */
async function scoreAll(actor: Actor, jobId: string, prefix: string, scoreOf: (i: number) => number, ids: string[]) {
  await db.scoringJob.createMany({
    data: ids.map((applicationId, i) => ({
      id: `${prefix}${applicationId}`,
      orgId: actor.orgId,
      applicationId,
      novaScoringJobId: `${prefix}${applicationId}`,
      status: "COMPLETED" as const,
      score: scoreOf(i),
      submittedAt: new Date(),
    })),
  });
  await db.$executeRaw`UPDATE "Application" SET "currentScoringJobId" = ${prefix} || "id",
    "currentScore" = (SELECT "score" FROM "ScoringJob" WHERE "ScoringJob"."id" = ${prefix} || "Application"."id"),
    "pipelineStatus" = 'SCORED' WHERE "jobId" = ${jobId}`;
}

describe("rescore report", () => {
  it("counts moves, lists the biggest movers with old and new score and rank, and who crossed the threshold", async () => {
    const { actor, jobId, ids, cv } = await seedJob(6);
    const [a, b, c, d, e, f] = ids as [string, string, string, string, string, string];
    // Before: a 9, b 8, c 6, d 5, e 4, f 3 → ranks 1..6.
    await score(
      actor,
      new Map([
        [a, 9],
        [b, 8],
        [c, 6],
        [d, 5],
        [e, 4],
        [f, 3],
      ]),
      cv,
    );
    const op = await commands.rescoreApplications(actor, { jobId, scope: "selected", applicationIds: ids });
    expect(op.count).toBe(6);
    // Rescored before anything came back: everyone is pending, nothing is final.
    const early = await report.getRescoreReport(actor.orgId, jobId, op.operationId!, { threshold: 7 });
    expect(early).toMatchObject({ total: 6, pending: 6, up: 0, down: 0, finished: false });

    await db.outboxItem.updateMany({ where: { operationId: op.operationId! }, data: { status: "sent" } });
    // After: a 9 (same), b 5 (down 3), c 8 (up 2, crosses 7), d 10 (up 5, crosses), e failed, f pending.
    await score(
      actor,
      new Map<string, number | "failed" | "pending">([
        [a, 9],
        [b, 5],
        [c, 8],
        [d, 10],
        [e, "failed"],
        [f, "pending"],
      ]),
      cv,
    );
    const r = (await report.getRescoreReport(actor.orgId, jobId, op.operationId!, { threshold: 7 }))!;
    expect(r).toMatchObject({ total: 6, up: 2, down: 1, unchanged: 1, failed: 1, pending: 1, finished: false });
    expect(r.operation.createdByName).toBe("Ada Admin");
    // New ranking: d 10 (1), a 9 (2), c 8 (3), b 5 (4).
    expect(r.movers.map((m) => [m.candidateName, m.oldScore, m.newScore, m.oldRank, m.newRank])).toEqual([
      ["Person 3", 5, 10, 4, 1],
      ["Person 1", 8, 5, 2, 4],
      ["Person 2", 6, 8, 3, 3],
    ]);
    expect(r.crossedUp.map((m) => m.candidateName)).toEqual(["Person 3", "Person 2"]);
    expect(r.crossedDown.map((m) => m.candidateName)).toEqual(["Person 1"]);
    expect(r.crossedUpCount).toBe(2);

    // A lower threshold changes who crossed; blind review shows aliases only.
    const blind = (await report.getRescoreReport(actor.orgId, jobId, op.operationId!, {
      threshold: 9,
      hideIdentities: true,
    }))!;
    expect(blind.crossedUp).toHaveLength(1);
    expect(blind.crossedUp[0]!.candidateName).toMatch(/^Candidate [0-9A-F]{4}$/);
    expect(JSON.stringify(blind)).not.toContain("Person");

    await score(actor, new Map([[f, 3]]), cv);
    const final = (await report.getRescoreReport(actor.orgId, jobId, op.operationId!, { threshold: 7 }))!;
    expect(final).toMatchObject({ pending: 0, unchanged: 2, finished: true });

    // Another org cannot read it; the history lists it.
    expect(await report.getRescoreReport("other-org", jobId, op.operationId!, { threshold: 7 })).toBeNull();
    expect((await report.listRescores(actor.orgId, jobId)).map((o) => o.id)).toEqual([op.operationId]);
  });

  it(
    "snapshots 1,200 candidates in chunks and reports on all of them (no unbounded IN list)",
    { timeout: 180_000 },
    async () => {
      const { actor, jobId, ids } = await seedJob(1200);
      await scoreAll(actor, jobId, "before_", (i) => (i % 10) + 1, ids);
      const op = await commands.rescoreApplications(actor, { jobId, scope: "selected", applicationIds: ids });
      expect(await db.rescoreSnapshot.count({ where: { operationId: op.operationId! } })).toBe(1200);
      const top = await db.rescoreSnapshot.findFirstOrThrow({ where: { operationId: op.operationId!, oldScore: 10 } });
      expect(top.oldRank).toBe(1);
      await db.outboxItem.updateMany({ where: { operationId: op.operationId! }, data: { status: "sent" } });
      // Everyone moves up one point, capped at 10.
      await scoreAll(actor, jobId, "after_", (i) => Math.min(10, (i % 10) + 2), ids);
      const r = (await report.getRescoreReport(actor.orgId, jobId, op.operationId!, { threshold: 7 }))!;
      expect(r).toMatchObject({ total: 1200, up: 1080, unchanged: 120, down: 0, pending: 0, finished: true });
      // Those at 6 moved to 7: 120 crossed up.
      expect(r.crossedUpCount).toBe(120);
      expect(r.movers).toHaveLength(report.MOVERS_SHOWN);
    },
  );
});
