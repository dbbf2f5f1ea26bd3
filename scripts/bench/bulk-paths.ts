/**
 * Every bulk path at 10,000 and 50,000 applications in one job, on a real migrated database,
 * through the domain functions the server actions call: CSV import (10,000 rows per file, the
 * cap), submit selected and submit all not submitted, rescore selected and all stale, bulk
 * decisions, close, and deleting the job (cascade through the count triggers). Prints each path's
 * seconds and checks its effect; any error stops the run with a non-zero exit.
 * Nothing here calls Nova: these paths only queue work for the outbox (the closed job has no
 * active criteria, so closing asks Nova nothing), and "scored" is written directly.
 *
 *   npm run bench:bulk-paths                    # 10,000 and 50,000
 *   BENCH_SIZES=2000 npm run bench:bulk-paths
 *
 * SQLite by default, PostgreSQL with TEST_POSTGRES_URL (a fresh database per run).
 * Last line: bulk-paths: sizes=… import_s=… submit_s=… rescore_s=… decide_s=… close_s=… delete_s=… errors=…
 */
import os from "node:os";
import type { Actor } from "@/lib/actor";
import { benchDatabase } from "./support";

const SIZES = (process.env.BENCH_SIZES ?? "10000,50000").split(",").map(Number);
const CSV_CAP = 10_000;

const t = await benchDatabase("bulk-paths");
const { db } = await import("@/lib/db");
const applications = await import("@/lib/applications");
const commands = await import("@/lib/scoring/commands");
const decisions = await import("@/lib/review/decisions");
const jobs = await import("@/lib/jobs");
const { readJobTallies, recountJob } = await import("@/lib/applications/counts");

function check(ok: boolean, what: string) {
  if (!ok) throw new Error(`check failed: ${what}`);
}

async function timed<T>(label: string, fn: () => Promise<T>): Promise<[T, number]> {
  const s = performance.now();
  const v = await fn();
  const seconds = (performance.now() - s) / 1000;
  console.log(`  ${label.padEnd(40)} ${seconds.toFixed(1).padStart(6)} s`);
  return [v, seconds];
}

const totals: Record<string, number> = {};
const add = (k: string, s: number) => (totals[k] = (totals[k] ?? 0) + s);

for (const n of SIZES) {
  console.log(`${n} applications:`);
  const tag = `${n}_${Date.now().toString(36)}`;
  const org = await db.organization.create({ data: { name: "Bench", tenantId: `bench_${tag}` } });
  const user = await db.user.create({ data: { email: `bench-${tag}@x.test`, name: "B", passwordHash: "x" } });
  const job = await db.job.create({ data: { orgId: org.id, title: "T", company: "C", description: "D" } });
  const v1 = await db.criteriaVersion.create({ data: { jobId: job.id, novaId: `cv1_${tag}`, number: 1, source: "T" } });
  await db.job.update({ where: { id: job.id }, data: { activeCriteriaVersionId: v1.id } });
  const actor: Actor = { orgId: org.id, tenantId: org.tenantId, userId: user.id, role: "ADMIN" };

  const [ids, importS] = await timed(`import ${n} by CSV (${Math.ceil(n / CSV_CAP)} files)`, async () => {
    const all: string[] = [];
    for (let i = 0; i < n; i += CSV_CAP) {
      const rows = Array.from({ length: Math.min(CSV_CAP, n - i) }, (_, k) => ({
        candidateName: `Candidate ${i + k}`,
        candidateEmail: `c${i + k}@bench.test`,
        resumeText: `Candidate ${i + k}: Go, PostgreSQL and Kubernetes engineer with eight years in payments.`,
        resumeUrl: null,
      }));
      all.push(...(await applications.createApplicationsFromCsv(actor, job.id, rows)));
    }
    return all;
  });
  add("import", importS);
  check(ids.length === n, "every row imported");

  const half = ids.slice(0, Math.floor(n / 2));
  const [selected, s1] = await timed(`submit selected (${half.length})`, () =>
    commands.submitApplications(actor, job.id, half),
  );
  const [rest, s2] = await timed("submit all not submitted", () => commands.submitApplications(actor, job.id));
  add("submit", s1 + s2);
  check(selected.count + rest.count === n, "every application queued once");

  // Nova scored them all under v1 (set-based), then the criteria changed: every score is stale.
  await db.outboxItem.updateMany({ where: { jobId: job.id, status: "pending" }, data: { status: "sent" } });
  for (let i = 0; i < ids.length; i += 500)
    await db.scoringJob.createMany({
      data: ids.slice(i, i + 500).map((id) => ({
        id: `sjrow_${id}`,
        orgId: org.id,
        applicationId: id,
        novaScoringJobId: `sj_${id}`,
        status: "COMPLETED" as const,
        score: 7,
        criteriaVersionNovaId: v1.novaId,
        submittedAt: new Date(),
      })),
    });
  await db.$executeRaw`UPDATE "Application" SET "currentScoringJobId" = 'sjrow_' || "id", "currentScore" = 7, "currentCriteriaVersionNovaId" = ${v1.novaId},
    "pipelineStatus" = 'SCORED' WHERE "jobId" = ${job.id}`;
  const v2 = await db.criteriaVersion.create({ data: { jobId: job.id, novaId: `cv2_${tag}`, number: 2, source: "T" } });
  await db.job.update({ where: { id: job.id }, data: { activeCriteriaVersionId: v2.id } });

  const [sel, r1] = await timed(`rescore selected (${half.length})`, () =>
    commands.rescoreApplications(actor, { jobId: job.id, scope: "selected", applicationIds: half }),
  );
  await db.outboxItem.updateMany({ where: { jobId: job.id, status: "pending" }, data: { status: "sent" } });
  const [stale, r2] = await timed("rescore all stale", () =>
    commands.rescoreApplications(actor, { jobId: job.id, scope: "stale" }),
  );
  add("rescore", r1 + r2);
  check(sel.count === half.length && stale.count === n, "rescores queued for every selected / stale one");

  const [decided, d1] = await timed(`decide (advance) ${n}`, () =>
    decisions.decideMany(actor, job.id, ids, { decision: "ADVANCE" }),
  );
  add("decide", d1);
  check(decided.changed === n, "every decision recorded");

  const tallies = await readJobTallies(db, org.id, job.id);
  const recount = await recountJob(db, org.id, job.id);
  check(JSON.stringify([...tallies.byScore]) === JSON.stringify([...recount.byScore]), "score tallies");
  check(tallies.byStatus.PENDING === recount.byStatus.PENDING, "status tallies");
  check(tallies.byDecision.ADVANCE === n, "decision tallies");

  await db.job.update({ where: { id: job.id }, data: { activeCriteriaVersionId: null } });
  const [, c1] = await timed("close", () => jobs.closeJob(actor, job.id));
  add("close", c1);
  const [, x1] = await timed(`delete the job (${n} applications)`, () => db.job.delete({ where: { id: job.id } }));
  add("delete", x1);
  check((await db.application.count({ where: { jobId: job.id } })) === 0, "job deleted");
  check((await db.jobCount.count({ where: { jobId: job.id } })) === 0, "its counts deleted");
}

await t.drop();
const f = (k: string) => (totals[k] ?? 0).toFixed(1);
console.log(`machine: ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(2)}`);
console.log(
  `bulk-paths: sizes=${SIZES.join("+")} import_s=${f("import")} submit_s=${f("submit")} rescore_s=${f("rescore")} ` +
    `decide_s=${f("decide")} close_s=${f("close")} delete_s=${f("delete")} errors=0`,
);
