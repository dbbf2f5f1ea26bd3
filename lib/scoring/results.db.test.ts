import { expect, it } from "vitest";
import { isPostgresClient } from "@/lib/db-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTempDb, type TempDb } from "@/tests/support/db";
import { applyObservation, applyObservations, isUniqueViolation, type ScoringObservation } from "./results";

/**
 * The current result is the newest scoring job by queuedAt, also when two appliers (two
 * instances) record results for the same application at the same moment.
 */
async function setUp(t: TempDb) {
  const org = await t.db.organization.create({ data: { name: "Current", tenantId: `org_${Date.now()}` } });
  const job = await t.db.job.create({ data: { orgId: org.id, title: "T", company: "C", description: "D" } });
  const app = await t.db.application.create({
    data: { orgId: org.id, jobId: job.id, candidateName: "Jane", resumeText: "Go." },
  });
  const observation = (novaScoringJobId: string, queuedAt: string, score: number): ScoringObservation => ({
    orgId: org.id,
    applicationId: app.id,
    novaScoringJobId,
    status: "completed",
    score,
    queuedAt: new Date(queuedAt),
  });
  return {
    app,
    newer: observation("sj_newer", "2026-01-02T00:00:00Z", 9),
    older: observation("sj_older", "2026-01-01T00:00:00Z", 3),
  };
}

const current = async (db: PrismaClient, id: string) =>
  (await db.application.findUniqueOrThrow({ where: { id }, include: { currentScoringJob: true } })).currentScoringJob
    ?.novaScoringJobId;

/** PostgreSQL: resolves once a session of this database waits for a lock another one holds. */
async function untilOneWaitsForALock(t: TempDb) {
  const observer = t.another();
  for (let i = 0; ; i++) {
    const rows = await observer.$queryRaw<{ waiting: number }[]>`SELECT count(*)::int AS waiting FROM pg_stat_activity
      WHERE "wait_event_type" = 'Lock' AND "datname" = current_database()`;
    if ((rows[0]?.waiting ?? 0) > 0) return;
    if (i > 600) throw new Error("the second writer never waited for the first");
    await new Promise((r) => setTimeout(r, 50));
  }
}

it("keeps the newer job current when the older one's result arrives later", async () => {
  const t = await createTempDb();
  const { app, newer, older } = await setUp(t);
  await t.db.$transaction((tx) => applyObservation(tx, newer));
  await t.db.$transaction((tx) => applyObservation(tx, older));
  expect(await current(t.db, app.id)).toBe("sj_newer");
  expect(await t.db.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({ currentScore: 9 });
  await t.drop();
});

it("keeps the newer job current when two instances record both results at the same moment", async () => {
  const t = await createTempDb();
  // SQLite has one writer at a time: the second transaction cannot start its writes before the
  // first commits, which is the sequential case above. The race exists where writers overlap.
  if (!isPostgresClient(t.db)) return t.drop();
  const { app, newer, older } = await setUp(t);
  // As after a submission: both jobs known and pending, so the results only update their rows.
  for (const o of [older, newer]) await t.db.$transaction((tx) => applyObservation(tx, { ...o, status: "pending" }));
  const other = t.another();
  let recorded!: () => void;
  const newerRecorded = new Promise<void>((r) => (recorded = r));
  let commit!: () => void;
  const mayCommit = new Promise<void>((r) => (commit = r));
  // Instance A records the newer result and holds its transaction open…
  const a = t.db.$transaction(
    async (tx) => {
      await applyObservation(tx, newer);
      recorded();
      await mayCommit;
    },
    { timeout: 60_000 },
  );
  await newerRecorded;
  // …while instance B records the older one; B must wait for A's row lock before choosing.
  const b = other.$transaction((tx) => applyObservation(tx, older), { timeout: 60_000 });
  await untilOneWaitsForALock(t);
  commit();
  await Promise.all([a, b]);
  expect(await current(t.db, app.id)).toBe("sj_newer");
  expect(await t.db.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({
    pipelineStatus: "SCORED",
    currentScore: 9,
  });
  await t.drop();
});

it("applies a group of observations as one by one: the same application twice, a job seen twice, a foreign job", async () => {
  const t = await createTempDb();
  const { app, newer, older } = await setUp(t);
  const other = await t.db.application.create({
    data: { orgId: app.orgId, jobId: app.jobId, candidateName: "Joe", resumeText: "Java." },
  });
  const pendingNewer = { ...newer, status: "pending" as const, score: null };
  const results = await t.db.$transaction((tx) =>
    applyObservations(tx, [
      // The newer job pending, then its result, then the older job's result arriving late.
      pendingNewer,
      { ...newer, applicationId: other.id, novaScoringJobId: "sj_other", score: 6 },
      newer,
      older,
      // Nova's id of a job that belongs to the first application, claimed for the other one.
      { ...older, applicationId: other.id, score: 1 },
    ]),
  );
  expect(results.map((r) => (r.kind === "recorded" ? r.current : r.kind))).toEqual([
    true,
    true,
    true,
    false,
    "foreign",
  ]);
  expect(await current(t.db, app.id)).toBe("sj_newer");
  expect(await t.db.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({
    pipelineStatus: "SCORED",
    currentScore: 9,
  });
  expect(await t.db.scoringJob.findUniqueOrThrow({ where: { novaScoringJobId: "sj_older" } })).toMatchObject({
    applicationId: app.id,
    score: 3,
  });
  expect(await t.db.application.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ currentScore: 6 });
  expect(await t.db.scoringJob.count({ where: { applicationId: app.id } })).toBe(2);
  await t.drop();
});

it("reports a Nova job another writer created first as a create race, and records into that row when run again", async () => {
  const t = await createTempDb();
  // Only where writers overlap (see above): on SQLite the second writer starts after the commit.
  if (!isPostgresClient(t.db)) return t.drop();
  const { app, newer } = await setUp(t);
  const other = t.another();
  let inserted!: () => void;
  const acceptanceInserted = new Promise<void>((r) => (inserted = r));
  let commit!: () => void;
  const mayCommit = new Promise<void>((r) => (commit = r));
  // The submit answer inserts the job as pending and holds its transaction open…
  const acceptance = t.db.$transaction(
    async (tx) => {
      await applyObservation(tx, { ...newer, status: "pending", score: null });
      inserted();
      await mayCommit;
    },
    { timeout: 60_000 },
  );
  await acceptanceInserted;
  // …while the webhook, which could not see that row, inserts the same job and waits on its key.
  // Its outcome is caught at once: it may fail while the acceptance is still being awaited.
  const webhook = other
    .$transaction((tx) => applyObservation(tx, newer), { timeout: 60_000 })
    .then(
      () => null,
      (e: unknown) => e,
    );
  await untilOneWaitsForALock(t);
  commit();
  await acceptance;
  const err = await webhook;
  expect(isUniqueViolation(err)).toBe(true);
  await other.$transaction((tx) => applyObservation(tx, newer));
  expect(await t.db.scoringJob.findMany({ where: { applicationId: app.id } })).toEqual([
    expect.objectContaining({ novaScoringJobId: "sj_newer", status: "COMPLETED", score: 9 }),
  ]);
  expect(await t.db.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({
    pipelineStatus: "SCORED",
    currentScore: 9,
  });
  await t.drop();
});
