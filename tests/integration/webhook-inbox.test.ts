import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { addCriterion, generateCriteria, saveDraftCriteria } from "@/lib/criteria";
import { db as appDb } from "@/lib/db";
import { createJob } from "@/lib/jobs";
import { MAX_APPLY_ATTEMPTS } from "@/lib/webhooks/applier";
import { createOrg, deliver, scoreCompleted, waitApplied, type Org } from "./webhook-fixtures";
import { testDb } from "../support/db";
import { refuseWebhookInsert } from "../support/refuse-webhook-insert";

/**
 * The webhook inbox against the running server: the receiver stores, the server's applier
 * applies. Nothing here is timed; waits are bounded so a broken applier fails the test.
 */
const db = testDb();
let org: Org;
beforeAll(async () => {
  await appDb.organization.count();
  org = await createOrg();
});

const hex = (n: number) => randomBytes(n).toString("hex");

function shuffle<T>(items: T[]): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/** Sends deliveries with at most `concurrency` in flight; every answer must be 2xx. */
async function send(deliveries: { id: string; body: unknown }[], concurrency = 16): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < deliveries.length) {
        const d = deliveries[next++]!;
        // Like Nova, send again when the connection failed (a keep-alive socket the server
        // closed under load): redelivery is safe, that is what the inbox deduplicates.
        for (let attempt = 1; ; attempt++) {
          try {
            const res = await deliver(d.body, { id: d.id });
            expect(res.status, `delivery ${d.id}`).toBe(200);
            break;
          } catch (err) {
            if (attempt >= 5 || !(err instanceof TypeError)) throw err;
          }
        }
      }
    }),
  );
}

async function jobWithApplications(n: number) {
  const job = await db.job.create({
    data: { orgId: org.id, title: "Inbox", company: "Acme", description: "Webhook inbox test posting." },
  });
  await db.application.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      orgId: org.id,
      jobId: job.id,
      candidateName: `Candidate ${i}`,
      resumeText: "Resume text",
    })),
  });
  const apps = await db.application.findMany({ where: { jobId: job.id }, select: { id: true } });
  return { jobId: job.id, appIds: apps.map((a) => a.id) };
}

async function waitAll(ids: string[]) {
  for (const id of ids) await waitApplied(id);
}

describe("webhook inbox", () => {
  it("stores a shuffled burst with redeliveries once each and keeps the newest result by queuedAt", async () => {
    const { jobId, appIds } = await jobWithApplications(40);
    const base = Date.now() - 60_000;
    const deliveries = appIds.flatMap((appId, i) => {
      const older = {
        ...scoreCompleted(org, jobId, appId, `sj_old_${hex(6)}`, 2),
        queuedAt: new Date(base).toISOString(),
      };
      const newer = {
        ...scoreCompleted(org, jobId, appId, `sj_new_${hex(6)}`, 7 + (i % 3)),
        queuedAt: new Date(base + 10_000).toISOString(),
      };
      return [
        { id: `wh_old_${hex(6)}`, body: older },
        { id: `wh_new_${hex(6)}`, body: newer },
      ];
    });
    // Every delivery sent twice or three times (Nova is at-least-once), all in random order.
    const burst = shuffle([...deliveries, ...deliveries, ...deliveries.filter((_, i) => i % 3 === 0)]);
    await send(burst);
    await waitAll(deliveries.map((d) => d.id));

    const rows = await db.webhookEvent.findMany({ where: { deliveryId: { in: deliveries.map((d) => d.id) } } });
    expect(rows).toHaveLength(deliveries.length);
    expect(rows.every((r) => r.outcome === "processed")).toBe(true);
    expect(await db.scoringJob.count({ where: { applicationId: { in: appIds } } })).toBe(appIds.length * 2);
    const apps = await db.application.findMany({
      where: { jobId },
      include: { currentScoringJob: true },
      orderBy: { createdAt: "asc" },
    });
    for (const a of apps) {
      expect(a.pipelineStatus).toBe("SCORED");
      expect(a.currentScoringJob!.novaScoringJobId.startsWith("sj_new_")).toBe(true);
      expect(a.currentScore).toBeGreaterThanOrEqual(7);
    }
  });

  it("answers 500 when the inbox insert fails, keeps nothing of it, and stores the redelivery", async () => {
    const { jobId, appIds } = await jobWithApplications(1);
    const id = `wh_refused_${hex(6)}`;
    const body = scoreCompleted(org, jobId, appIds[0]!, `sj_${hex(6)}`, 8);
    const allow = await refuseWebhookInsert(db, id);
    try {
      const refused = await deliver(body, { id });
      expect(refused.status).toBe(500);
      expect(await db.webhookEvent.count({ where: { deliveryId: id } })).toBe(0);
    } finally {
      await allow();
    }
    // Nova redelivers after a 5xx: now it is stored once and applied.
    expect((await deliver(body, { id })).status).toBe(200);
    expect(await waitApplied(id)).toMatchObject({ outcome: "processed" });
    expect(await db.application.findUniqueOrThrow({ where: { id: appIds[0]! } })).toMatchObject({ currentScore: 8 });
  });

  it("retries a poison delivery a bounded number of times, then shows it failed, without blocking the rest", async () => {
    const { jobId, appIds } = await jobWithApplications(5);
    // Stored by an earlier version, unreadable now: applying it throws every time.
    const poisonId = `wh_poison_${hex(6)}`;
    await db.webhookEvent.create({
      data: {
        deliveryId: poisonId,
        bodyHash: hex(32),
        event: "score.completed",
        signatureOk: true,
        outcome: "received",
        payload: '{"event":"score.completed","tenantId":',
      },
    });
    const good = appIds.map((appId) => ({
      id: `wh_good_${hex(6)}`,
      body: scoreCompleted(org, jobId, appId, `sj_${hex(6)}`, 6),
    }));
    await send(good, 4);
    await waitAll(good.map((d) => d.id));
    expect(await db.application.count({ where: { jobId, pipelineStatus: "SCORED" } })).toBe(5);

    const failed = await waitApplied(poisonId);
    expect(failed).toMatchObject({ outcome: "failed", attempts: MAX_APPLY_ATTEMPTS });
    expect(failed.detail).toMatch(/JSON/);
  });

  // 2,000 deliveries over HTTP take minutes on a busy 2-core machine: a generous bound, not a speed target.
  it(
    "lets a user action (a criteria edit) succeed while 2,000 deliveries are being applied",
    {
      timeout: 900_000,
    },
    async () => {
      const ctx: Actor = { orgId: org.id, tenantId: org.tenantId, userId: org.admin.id, role: "ADMIN" };
      const { jobId } = await createJob(ctx, {
        title: "Backend Engineer",
        company: "Acme",
        description: "Build APIs in Go and PostgreSQL for our payments platform. Five years of backend work.",
      });
      await saveDraftCriteria(ctx, jobId, (await generateCriteria(ctx, jobId, {})).criteria);
      await db.application.createMany({
        data: Array.from({ length: 200 }, (_, i) => ({
          orgId: org.id,
          jobId,
          candidateName: `Burst ${i}`,
          resumeText: "Resume text",
        })),
      });
      const appIds = (await db.application.findMany({ where: { jobId }, select: { id: true } })).map((a) => a.id);
      const prefix = `wh_burst_${hex(4)}_`;
      const deliveries = Array.from({ length: 2000 }, (_, i) => ({
        id: `${prefix}${i}`,
        body: scoreCompleted(org, jobId, appIds[i % appIds.length]!, `sj_burst_${hex(6)}`, i % 11),
      }));
      const burst = send(deliveries, 32);
      // Edit while the burst is being received and applied.
      await waitApplied(deliveries[50]!.id);
      const edited = await addCriterion(ctx, jobId, {
        text: "Has run PostgreSQL in production",
        importance: "PREFERRED",
      });
      expect(edited.criteria.some((c) => c.text === "Has run PostgreSQL in production")).toBe(true);
      // …and it really was during the burst: not everything had been received and applied yet.
      const applied = await db.webhookEvent.count({
        where: { deliveryId: { startsWith: prefix }, outcome: { not: "received" } },
      });
      expect(applied).toBeLessThan(deliveries.length);
      await burst;
      await waitAll(deliveries.map((d) => d.id));
      expect(await db.scoringJob.count({ where: { applicationId: { in: appIds } } })).toBe(2000);
    },
  );
});
