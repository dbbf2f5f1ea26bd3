/**
 * Issue 10 item 1 on PostgreSQL (READ COMMITTED): "already submitted → criteria changes are an
 * admin's" must hold when a submission and a recruiter's criteria change race. Two clients on
 * one database stand for two instances; the job row's lock (lockJobForScoring) orders them.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { assertMayStillReplaceCriteria } from "@/lib/criteria";
import { lockJobForScoring } from "@/lib/jobs/scoring-lock";
import { createTempDb, type TempDb } from "../support/db";

let t: TempDb;
let other: PrismaClient;
beforeAll(async () => {
  t = await createTempDb();
  other = t.another();
});
afterAll(() => t?.drop());

/** Resolves once some other connection of this database waits for a row lock (or `until` says stop). */
async function someoneWaitsForALock(until: { done: boolean }): Promise<void> {
  while (!until.done) {
    const [row] = await t.db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if (Number(row!.n) > 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

it("a recruiter's criteria check waits for a submission in flight and then refuses", async () => {
  const org = await t.db.organization.create({ data: { name: "Lock", tenantId: "org_lock" } });
  const job = await t.db.job.create({
    data: { orgId: org.id, title: "Nurse", company: "Acme", description: "ICU nurse." },
  });
  await t.db.application.create({ data: { orgId: org.id, jobId: job.id, candidateName: "A", resumeText: "r" } });
  const recruiter = { orgId: org.id, role: "RECRUITER" as const };

  // A submission (as queueChunk does) holds the job row, its applications already PENDING, not yet committed.
  let commit!: () => void;
  const committed = new Promise<void>((r) => (commit = r));
  let submissionHoldsLock!: () => void;
  const locked = new Promise<void>((r) => (submissionHoldsLock = r));
  const submission = other.$transaction(
    async (tx) => {
      await lockJobForScoring(tx, job.id);
      await tx.application.updateMany({ where: { jobId: job.id }, data: { pipelineStatus: "PENDING" } });
      submissionHoldsLock();
      await committed;
    },
    { timeout: 120_000 },
  );
  await locked;

  // The criteria change's check in its own transaction: it must wait for the submission, not
  // read past it. It either waits (then the submission commits) or finishes first (the race lost).
  const check = t.db
    .$transaction((tx) => assertMayStillReplaceCriteria(tx, recruiter, job.id), { timeout: 120_000 })
    .then(
      () => "allowed",
      (err: unknown) => (err instanceof Error ? err.message : String(err)),
    );
  const race = { done: false };
  const first = await Promise.race([someoneWaitsForALock(race).then(() => "waiting"), check]);
  race.done = true;
  commit();
  await submission;
  expect(first).toBe("waiting");
  expect(await check).toMatch(/already submitted for scoring, so only an admin can change these criteria/);
});
