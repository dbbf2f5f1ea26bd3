import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { claimDueDeliveries } from "../webhooks/dispatcher";
import { STALE_CLAIM_MS } from "./claim";
import { claimDueJobs } from "./run-job";
import { createTempDb } from "@/tests/support/db";

let db: PrismaClient;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ db, drop } = await createTempDb());
});
afterAll(() => drop());
beforeEach(async () => {
  await db.sandboxScoringJob.deleteMany();
  await db.sandboxWebhookDelivery.deleteMany();
});

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

function job(i: number, extra: Partial<{ claimedBy: string; claimedAt: Date; runAfter: Date; status: string }> = {}) {
  return {
    id: `job${i}`,
    tenantId: "t1",
    jobId: "job-1",
    applicationId: `app-${i}`,
    criteriaVersionId: "cv1",
    dedupeKey: "initial",
    resumeText: "x",
    ...extra,
  };
}

describe("claiming scoring jobs", () => {
  it("gives each pending job to exactly one of two racing claimers", async () => {
    await db.sandboxScoringJob.createMany({ data: Array.from({ length: 20 }, (_, i) => job(i)) });
    const [ra, rb] = await Promise.all([claimDueJobs(db, "A", 20), claimDueJobs(db, "B", 20)]);
    const [a, b] = [ids(ra), ids(rb)];
    expect(a.filter((id) => b.includes(id))).toEqual([]);
    expect([...a, ...b].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `job${i}`).sort());
    const rows = await db.sandboxScoringJob.findMany();
    for (const r of rows) {
      expect(r.claimedBy).toBe(a.includes(r.id) ? "A" : "B");
      expect(r.attempts).toBe(1);
      expect(r.startedAt).not.toBeNull();
    }
    // Nothing is left to claim.
    expect(await claimDueJobs(db, "C", 20)).toEqual([]);
  });

  it("respects the limit, runAfter and terminal status", async () => {
    const future = new Date(Date.now() + 60_000);
    await db.sandboxScoringJob.createMany({
      data: [job(1), job(2), job(3), job(4, { runAfter: future }), job(5, { status: "completed" })],
    });
    expect(await claimDueJobs(db, "A", 2)).toHaveLength(2);
    expect(await claimDueJobs(db, "B", 5)).toHaveLength(1);
  });

  it("takes over a stale claim (a dead worker) but not a fresh one", async () => {
    await db.sandboxScoringJob.createMany({
      data: [
        job(1, { claimedBy: "dead", claimedAt: new Date(Date.now() - STALE_CLAIM_MS - 1_000) }),
        job(2, { claimedBy: "alive", claimedAt: new Date(Date.now() - 5_000) }),
      ],
    });
    // After the insert: runAfter defaults to the insert time and must be due.
    const now = new Date();
    const [ra, rb] = await Promise.all([claimDueJobs(db, "A", 5, now), claimDueJobs(db, "B", 5, now)]);
    const [a, b] = [ids(ra), ids(rb)];
    expect([...a, ...b]).toEqual(["job1"]);
    expect((await db.sandboxScoringJob.findUniqueOrThrow({ where: { id: "job2" } })).claimedBy).toBe("alive");
  });
});

describe("claiming webhook deliveries", () => {
  it("gives each due delivery to exactly one claimer and skips ones not yet due", async () => {
    await db.sandboxWebhookDelivery.createMany({
      data: [
        ...Array.from({ length: 10 }, (_, i) => ({ id: `wh_${i}`, tenantId: "t1", event: "test", payload: "{}" })),
        { id: "wh_later", tenantId: "t1", event: "test", payload: "{}", nextAttemptAt: new Date(Date.now() + 60_000) },
        { id: "wh_done", tenantId: "t1", event: "test", payload: "{}", status: "delivered" },
      ],
    });
    const claimed = await Promise.all([
      claimDueDeliveries(db, "A", 10),
      claimDueDeliveries(db, "B", 10),
      claimDueDeliveries(db, "C", 10),
    ]);
    const all = claimed.flatMap(ids);
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(Array.from({ length: 10 }, (_, i) => `wh_${i}`).sort());
  });
});
