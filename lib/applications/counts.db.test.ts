import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import type { JobTallies } from "./counts";
import { useTempAppDatabase } from "@/tests/support/db";
import { PERMANENT_REJECTIONS } from "./submittable";

/**
 * The per-job tallies (JobCount, kept by triggers) must equal a full recount of the applications
 * after any mix of the writes the app makes: imports, submissions, webhooks in any order (and
 * redelivered), rescoring after a criteria change, failures, intake rejections (fixable and
 * permanent: the submittable tally), sends that gave up, decisions, deletions of one, of many,
 * and of a whole job. The real domain functions on a real migrated
 * database; a seeded generator shuffles them, and the tallies are compared after every step.
 */
let db: (typeof import("@/lib/db"))["db"];
let counts: typeof import("./counts");
let applications: typeof import("@/lib/applications");
let commands: typeof import("@/lib/scoring/commands");
let events: typeof import("@/lib/scoring/events");
let decisions: typeof import("@/lib/review/decisions");
let send: typeof import("@/lib/sending/send");

beforeAll(async () => {
  await useTempAppDatabase("counts-", { postgres: true });
  db = (await import("@/lib/db")).db;
  counts = await import("./counts");
  applications = await import("@/lib/applications");
  commands = await import("@/lib/scoring/commands");
  events = await import("@/lib/scoring/events");
  decisions = await import("@/lib/review/decisions");
  send = await import("@/lib/sending/send");
}, 60_000);

/** Comparable form: zero tallies dropped (a tally row may stay at 0 after its last application left). */
function plain(t: JobTallies) {
  const nonZero = (entries: [string | number, number][]) =>
    Object.fromEntries(entries.filter(([, n]) => n !== 0).map(([k, n]) => [String(k), n]));
  return {
    status: nonZero(Object.entries(t.byStatus)),
    decision: nonZero(Object.entries(t.byDecision)),
    score: nonZero([...t.byScore]),
    scoreDecision: nonZero(
      [...t.byScoreDecision].flatMap(([score, split]) =>
        Object.entries(split).map(([d, n]): [string, number] => [`${score}:${d}`, n]),
      ),
    ),
    version: nonZero([...t.byVersion]),
    submittable: t.submittable,
  };
}

async function expectTalliesMatch(orgId: string, jobId: string, step: string) {
  const kept = plain(await counts.readJobTallies(db, orgId, jobId));
  const recounted = plain(await counts.recountJob(db, orgId, jobId));
  expect(kept, `after ${step}`).toEqual(recounted);
}

async function seedJob(tag: string) {
  const org = await db.organization.create({ data: { name: "O", tenantId: `t_${tag}` } });
  const user = await db.user.create({ data: { email: `a-${tag}@x.test`, name: "A", passwordHash: "x" } });
  const job = await db.job.create({ data: { orgId: org.id, title: "T", company: "C", description: "D" } });
  const actor: Actor = { orgId: org.id, tenantId: org.tenantId, userId: user.id, role: "ADMIN" };
  return { actor, jobId: job.id };
}

async function activate(jobId: string, novaId: string, number: number) {
  const v = await db.criteriaVersion.create({ data: { jobId, novaId, number, source: "T" } });
  await db.job.update({ where: { id: jobId }, data: { activeCriteriaVersionId: v.id } });
}

const csvRows = (n: number, from: number) =>
  Array.from({ length: n }, (_, i) => ({
    candidateName: `Candidate ${from + i}`,
    candidateEmail: null,
    resumeText: `Candidate ${from + i} resume text that is long enough for Nova's fifty characters.`,
    resumeUrl: null,
  }));

describe("per-job tallies", () => {
  it("equal a full recount after a shuffled mix of imports, submissions, webhooks, rescores, decisions and deletions", async () => {
    let seed = 9;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const some = <T>(xs: T[], p: number): T[] => xs.filter(() => rand() < p);

    const a = await seedJob("cnt_a");
    const b = await seedJob("cnt_b"); // a second job (and org) whose tallies must not move with the first's
    await activate(a.jobId, "cv_a1", 1);
    await activate(b.jobId, "cv_b1", 1);
    await applications.createApplicationsFromCsv(b.actor, b.jobId, csvRows(20, 0));
    const bBefore = plain(await counts.readJobTallies(db, b.actor.orgId, b.jobId));
    expect(bBefore.status).toEqual({ NOT_SUBMITTED: 20 });

    let version = 1;
    let row = 0;
    let sj = 0;
    const webhook = async (applicationId: string) => {
      const scoringJobId = `sj_${sj++}`;
      const failed = rand() < 0.15;
      const queuedAt = new Date(Date.now() - Math.floor(rand() * 100_000)).toISOString();
      const common = {
        tenantId: a.actor.tenantId,
        scoringJobId,
        criteriaVersionId: `cv_a${version - (rand() < 0.2 ? 1 : 0) || 1}`,
        jobId: a.jobId,
        applicationId,
        queuedAt,
      };
      const payload = failed
        ? {
            ...common,
            event: "score.failed" as const,
            error: { code: "resume_unreadable", message: "x" },
            failedAt: null,
          }
        : {
            ...common,
            event: "score.completed" as const,
            result: {
              score: Math.floor(rand() * 11),
              assessment: { verdict: "V", strengths: ["S"], concerns: [], interviewFocus: [] },
            },
            completedAt: new Date().toISOString(),
          };
      await db.$transaction((tx) =>
        events.applyNovaEvents(tx, [payload as Parameters<typeof events.applyNovaEvents>[1][number]]),
      );
      // Nova is at-least-once: sometimes the same delivery again.
      if (rand() < 0.2)
        await db.$transaction((tx) =>
          events.applyNovaEvents(tx, [payload as Parameters<typeof events.applyNovaEvents>[1][number]]),
        );
    };
    const ids = async (where: object = {}) =>
      (await db.application.findMany({ where: { jobId: a.jobId, ...where }, select: { id: true } })).map((x) => x.id);

    const steps: Record<string, () => Promise<unknown>> = {
      import: async () => {
        const n = 1 + Math.floor(rand() * 40);
        await applications.createApplicationsFromCsv(a.actor, a.jobId, csvRows(n, row));
        row += n;
      },
      "add one": () =>
        applications.createApplication(a.actor, {
          jobId: a.jobId,
          candidateName: `Single ${row}`,
          resumeText: `Single pasted resume number ${row++}, long enough for Nova's fifty character minimum.`,
          screeningAnswers: [],
        }),
      "submit selected": async () => {
        const all = await ids({ pipelineStatus: "NOT_SUBMITTED" });
        if (all.length) await commands.submitApplications(a.actor, a.jobId, some(all, 0.5));
      },
      "submit all": () => commands.submitApplications(a.actor, a.jobId),
      webhooks: async () => {
        for (const id of some(await ids({ pipelineStatus: { in: ["PENDING", "SCORED", "FAILED"] } }), 0.6))
          await webhook(id);
      },
      "criteria change": async () => {
        version++;
        await activate(a.jobId, `cv_a${version}`, version);
      },
      "rescore all stale": () => commands.rescoreApplications(a.actor, { jobId: a.jobId, scope: "stale" }),
      "rescore selected": async () => {
        const scored = await ids({ pipelineStatus: "SCORED" });
        if (scored.length)
          await commands.rescoreApplications(a.actor, {
            jobId: a.jobId,
            scope: "selected",
            applicationIds: some(scored, 0.3),
          });
      },
      // Every permanent code and some a resubmission can fix: the submittable tally's SQL lists
      // the permanent ones again (prisma/triggers), and the recount reads `submittableWhere`.
      "intake rejection": async () => {
        const waiting = await ids({ pipelineStatus: { in: ["PENDING", "NOT_SUBMITTED"] } });
        const codes = [...PERMANENT_REJECTIONS, "RESUME_FETCH_FAILED", "resume_unreadable"];
        for (const id of some(waiting, 0.2).slice(0, codes.length + 2))
          await send.markRejected(id, pick(codes), "Refused");
      },
      // What the outbox worker writes when it gives up sending (lib/sending/outbox-worker.ts).
      "send gave up": async () => {
        for (const id of some(await ids({ pipelineStatus: { in: ["NOT_SUBMITTED", "REJECTED"] } }), 0.2))
          await db.application.updateMany({
            where: { id, currentScoringJobId: null },
            data: { pipelineStatus: "FAILED", errorCode: "NOVA_UNAVAILABLE", errorMessage: "Unreachable" },
          });
      },
      decisions: async () => {
        for (const id of some(await ids(), 0.2))
          await decisions.decide(
            a.actor,
            id,
            pick([{ decision: "ADVANCE" }, { decision: "HOLD" }, { decision: "UNDECIDED" }]),
          );
      },
      // Only applications Nova never saw: deleting the others asks Nova first (not reachable here).
      "delete one": async () => {
        const never = await ids({ submittedAt: null, scoringJobs: { none: {} } });
        if (never.length) await applications.deleteApplication(a.actor, pick(never));
      },
      // What deleteApplication's transaction does, for many at once and whatever their state.
      "delete many": async () => {
        const gone = some(await ids(), 0.15).slice(0, 400);
        await db.$transaction([
          db.application.updateMany({ where: { id: { in: gone } }, data: { currentScoringJobId: null } }),
          db.scoringJob.deleteMany({ where: { applicationId: { in: gone } } }),
          db.application.deleteMany({ where: { id: { in: gone } } }),
        ]);
      },
    };
    const names = Object.keys(steps);
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const name = i < 2 ? "import" : pick(names);
      await steps[name]!();
      await expectTalliesMatch(a.actor.orgId, a.jobId, `step ${i} (${name})`);
      const rejected = await db.application.findMany({
        where: { jobId: a.jobId, pipelineStatus: "REJECTED" },
        select: { errorCode: true },
      });
      for (const r of rejected) seen.add(PERMANENT_REJECTIONS.some((c) => c === r.errorCode) ? "permanent" : "fixable");
      if (
        await db.application.count({ where: { jobId: a.jobId, pipelineStatus: "FAILED", currentScoringJobId: null } })
      )
        seen.add("failed unsent");
    }
    // Both sides of "submittable" among the refusals, and sends that gave up, were counted along the way.
    expect([...seen].sort()).toEqual(["failed unsent", "fixable", "permanent"]);
    // The mix really moved things: several statuses, scores and versions were seen.
    const end = plain(await counts.readJobTallies(db, a.actor.orgId, a.jobId));
    expect(Object.keys(end.status).length).toBeGreaterThan(2);
    expect(Object.keys(end.score).length).toBeGreaterThan(3);
    expect(Object.keys(end.scoreDecision).length).toBeGreaterThan(Object.keys(end.score).length);
    expect(end.submittable).toBeGreaterThan(0);
    expect(plain(await counts.readJobTallies(db, b.actor.orgId, b.jobId))).toEqual(bBefore);
    // Another org cannot read this job's tallies.
    expect(plain(await counts.readJobTallies(db, b.actor.orgId, a.jobId)).status).toEqual({});

    // A deleted job takes its tallies with it.
    await db.job.delete({ where: { id: a.jobId } });
    expect(await db.jobCount.count({ where: { jobId: a.jobId } })).toBe(0);
  }, 300_000);
});
