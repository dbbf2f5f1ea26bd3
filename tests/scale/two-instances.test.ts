/**
 * Several app instances on one PostgreSQL (issue 11), run by scripts/test.sh's PostgreSQL pass
 * (the `scale` Vitest project exists only when TEST_POSTGRES_URL is set). Two `next start`
 * processes share one database, secrets and APP_URL, as behind a load balancer.
 */
import { createHmac, randomBytes } from "node:crypto";
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/actor";
import { generateCriteria, saveDraftCriteria } from "@/lib/criteria";
import { DEMO_JOBS } from "@/lib/demo/content";
import { createJob } from "@/lib/jobs";
import { submitApplications } from "@/lib/scoring/commands";
import { createTestOrg } from "../support/orgs";
import { ensureCriteriaVersion, ensureTenant, openServerDb, queueJob } from "../support/sandbox-queue-rows";
import { startWebhookListener, type WebhookListener } from "../support/sandbox-webhook-listener";
import { launchTestServer, startTestServer, testPort, type TestServer } from "../support/test-server";

/** Nova's per-second limits per bucket (nova-api.md §5.1), which the test server's sandbox keeps. */
const NOVA_PER_SECOND: Record<string, number> = {
  criteria_ai: 2,
  criteria_current_reads: 60,
  scoring_intake_batch: 1,
  scoring_intake_single: 10,
  read_and_ops: 20,
  analytics: 20,
  rate_limit_status: 2,
};

let a: TestServer;
let b: TestServer | undefined;
let db: PrismaClient;
let listener: WebhookListener;

beforeAll(async () => {
  listener = await startWebhookListener(testPort(24));
  a = await startTestServer("scale", testPort(20), {
    NOVA_SANDBOX_WEBHOOK_URL: listener.url,
    // The webhook scenarios seed scoring jobs Nova never heard of; on a slow machine a burst outlives
    // the default 120 s, and reconciliation would read them back from the sandbox as unknown (failed).
    NOVA_RECONCILE_AFTER_SECONDS: "86400",
  });
  b = await launchTestServer(a.env, testPort(21));
  db = openServerDb(a.env);
  // The bulk submit runs the app's own commands in this process, as a third "instance" (the
  // integration setup does the same): they read the shared database and Nova settings.
  for (const key of ["DATABASE_URL", "DATA_DIR", "AUTH_SECRET", "NOVA_API_KEY", "NOVA_WEBHOOK_SECRET", "APP_URL"])
    process.env[key] = a.env[key];
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await db?.$disconnect();
  await listener?.close();
});

function sign(raw: string): string {
  return `sha256=${createHmac("sha256", a.env.NOVA_WEBHOOK_SECRET!).update(raw).digest("hex")}`;
}

/** POSTs one delivery as Nova does; resolves with the HTTP status (0 when the connection failed). */
async function post(base: string, id: string, raw: string): Promise<number> {
  try {
    const res = await fetch(`${base}/api/webhooks/nova`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-webhook-id": id,
        "x-webhook-event": "SCORE_COMPLETED",
        "x-webhook-timestamp": new Date().toISOString(),
        "x-webhook-signature": sign(raw),
      },
      body: raw,
    });
    await res.body?.cancel();
    return res.status;
  } catch {
    return 0;
  }
}

async function inParallel<T>(items: T[], width: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

function shuffle<T>(xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

interface Delivery {
  id: string;
  raw: string;
  applicationId: string;
  scoringJobId: string;
  score: number;
}

/**
 * An org and `apps` applications, each with two submitted scoring jobs (older, newer) still
 * pending, and one signed score.completed delivery per scoring job.
 */
async function scenario(apps: number): Promise<{ deliveries: Delivery[]; newest: Map<string, Delivery> }> {
  const tag = randomBytes(4).toString("hex");
  const org = await db.organization.create({ data: { name: `Scale ${tag}`, tenantId: `org_scale_${tag}` } });
  const job = await db.job.create({
    data: { orgId: org.id, title: "Backend Engineer", company: "Acme", description: "Go and PostgreSQL." },
  });
  const deliveries: Delivery[] = [];
  const newest = new Map<string, Delivery>();
  const t0 = Date.now() - 60_000;
  for (let start = 0; start < apps; start += 100) {
    const n = Math.min(100, apps - start);
    const rows = Array.from({ length: n }, (_, k) => ({
      id: `app_${tag}_${start + k}`,
      orgId: org.id,
      jobId: job.id,
      candidateName: `Candidate ${start + k}`,
      resumeText: "Ten years of Go and PostgreSQL.",
      pipelineStatus: "PENDING" as const,
      submittedAt: new Date(t0),
    }));
    await db.application.createMany({ data: rows });
    const jobs = rows.flatMap((r, k) =>
      [0, 1].map((age) => ({
        orgId: org.id,
        applicationId: r.id,
        novaScoringJobId: `sj_${tag}_${start + k}_${age}`,
        submittedAt: new Date(t0 + age * 1000),
      })),
    );
    await db.scoringJob.createMany({ data: jobs });
    for (const j of jobs) {
      const older = j.novaScoringJobId.endsWith("_0");
      const score = older ? 10 + (deliveries.length % 40) : 60 + (deliveries.length % 40);
      const raw = JSON.stringify({
        event: "score.completed",
        tenantId: org.tenantId,
        scoringJobId: j.novaScoringJobId,
        criteriaVersionId: "cv_1",
        jobId: job.id,
        applicationId: j.applicationId,
        result: { score, assessment: { verdict: `Scored ${score}`, strengths: [], concerns: [], interviewFocus: [] } },
        completedAt: new Date().toISOString(),
      });
      const d = {
        id: `wh_${j.novaScoringJobId}`,
        raw,
        applicationId: j.applicationId,
        scoringJobId: j.novaScoringJobId,
        score,
      };
      deliveries.push(d);
      if (!older) newest.set(j.applicationId, d);
    }
  }
  return { deliveries, newest };
}

/** Every delivery stored once, every scoring job holds its own score, every application its newest. */
async function expectAppliedOnce(deliveries: Delivery[], newest: Map<string, Delivery>): Promise<void> {
  const ids = deliveries.map((d) => d.id);
  // The receiver stores; the instances' inbox appliers apply in the background: wait for them.
  await whileProgressing("the inbox appliers", async () => {
    let left = 0;
    for (let i = 0; i < ids.length; i += 500)
      left += await db.webhookEvent.count({
        where: { deliveryId: { in: ids.slice(i, i + 500) }, outcome: "received" },
      });
    return left;
  });
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    expect(await db.webhookEvent.count({ where: { deliveryId: { in: chunk }, outcome: "processed" } })).toBe(
      chunk.length,
    );
  }
  const scored = new Map<string, number | null>();
  const byNova = deliveries.map((d) => d.scoringJobId);
  for (let i = 0; i < byNova.length; i += 500) {
    for (const j of await db.scoringJob.findMany({
      where: { novaScoringJobId: { in: byNova.slice(i, i + 500) } },
      select: { novaScoringJobId: true, status: true, score: true },
    })) {
      expect(j.status).toBe("COMPLETED");
      scored.set(j.novaScoringJobId, j.score);
    }
  }
  expect(scored.size).toBe(deliveries.length); // nothing doubled (unique on novaScoringJobId) or lost
  for (const d of deliveries) expect(scored.get(d.scoringJobId)).toBe(d.score);
  const appIds = [...newest.keys()];
  for (let i = 0; i < appIds.length; i += 500) {
    for (const app of await db.application.findMany({
      where: { id: { in: appIds.slice(i, i + 500) } },
      select: { id: true, currentScore: true, pipelineStatus: true },
    })) {
      expect(app.pipelineStatus).toBe("SCORED");
      expect(app.currentScore).toBe(newest.get(app.id)!.score);
    }
  }
}

/**
 * Waits until `remaining()` reaches 0. A loaded machine (CI, or one shared with other builds) can be
 * many times slower than a quiet one, so there is no overall deadline: it gives up only when the
 * count has not moved for `stallMs` (work stuck, not slow).
 */
async function whileProgressing(what: string, remaining: () => Promise<number>, stallMs = 120_000): Promise<void> {
  let last = await remaining();
  let movedAt = Date.now();
  while (last > 0) {
    await new Promise((r) => setTimeout(r, 500));
    const now = await remaining();
    if (now !== last) [last, movedAt] = [now, Date.now()];
    else if (Date.now() - movedAt > stallMs) throw new Error(`${what}: ${now} left, no progress for ${stallMs} ms`);
  }
}

describe("two instances on one PostgreSQL", () => {
  it(
    "a bulk submit of 300 candidates with two instances running: each submitted once, Nova's per-second limits never exceeded (the sandbox's request log)",
    { timeout: 900_000 },
    async () => {
      const org = await createTestOrg(db, "it", "scale-pass-1");
      const actor: Actor = { orgId: org.id, tenantId: org.tenantId, userId: org.admin.id, role: "ADMIN" };
      const { jobId } = await createJob(actor, {
        title: "Backend Engineer",
        company: "Acme",
        description: "Backend engineer for a payments platform: Go, PostgreSQL, Kubernetes, five years or more.",
      });
      // Generated criteria are a draft until saved (ADR 026): submitting needs active ones.
      const draft = await generateCriteria(actor, jobId, {});
      await saveDraftCriteria(actor, jobId, draft.criteria);
      const resumes = DEMO_JOBS.flatMap((j) => j.candidates.map((c) => c.resume));
      const rows = Array.from({ length: 300 }, (_, i) => ({
        orgId: org.id,
        jobId,
        candidateName: `Bulk ${i}`,
        // Real resumes (Nova validates their length), one per candidate.
        resumeText: `${resumes[i % resumes.length]}\nReference ${i}.`,
      }));
      for (let i = 0; i < rows.length; i += 100) await db.application.createMany({ data: rows.slice(i, i + 100) });
      const ids = (await db.application.findMany({ where: { jobId }, select: { id: true } })).map((r) => r.id);
      const from = Math.floor(Date.now() / 1000);
      const { operationId, count } = await submitApplications(actor, jobId);
      expect(count).toBe(300);
      await whileProgressing("the submit operation", async () => {
        const op = await db.operation.findUniqueOrThrow({ where: { id: operationId! } });
        return op.total - op.processed - op.failed;
      });
      const to = Math.floor(Date.now() / 1000);
      const op = await db.operation.findUniqueOrThrow({ where: { id: operationId! } });
      expect(op).toMatchObject({ total: 300, processed: 300, failed: 0 });

      // Which instances took a share of the outbox (the claimer stays on a sent item). Usually both;
      // but with 300 items and claims of 250 one instance can claim the rest before the other polls
      // (seen once in a full run), so this is reported, not required: exactly-once and the
      // per-second limits below hold either way.
      const senders = new Set(
        (await db.outboxItem.findMany({ where: { operationId: operationId! }, select: { claimedBy: true } })).map(
          (o) => o.claimedBy,
        ),
      );
      // Exactly one first-submission scoring job per application at the sandbox.
      const perApp = new Map<string, number>();
      for (let i = 0; i < ids.length; i += 100)
        for (const j of await db.sandboxScoringJob.findMany({
          where: { applicationId: { in: ids.slice(i, i + 100) }, isRescore: false },
          select: { applicationId: true },
        }))
          perApp.set(j.applicationId, (perApp.get(j.applicationId) ?? 0) + 1);
      expect(ids.map((id) => perApp.get(id) ?? 0)).toEqual(ids.map(() => 1));

      // The sandbox's own request log: every request that reached it in each one-second window,
      // admitted or refused, per bucket. Shared pacing keeps both instances' arrivals within the
      // limit, so the sandbox never had to refuse one either.
      const windows = await db.sandboxRateWindow.findMany({ where: { second: { gte: from, lte: to } } });
      const perSecond = new Map<number, number>();
      const maxPerBucket: Record<string, number> = {};
      for (const w of windows) {
        const bucket = w.key.split(":").at(-1)!;
        const arrived = w.admitted + w.refused;
        expect(arrived, `${w.key} at ${w.second}`).toBeLessThanOrEqual(NOVA_PER_SECOND[bucket]!);
        perSecond.set(w.second, (perSecond.get(w.second) ?? 0) + arrived);
        maxPerBucket[bucket] = Math.max(maxPerBucket[bucket] ?? 0, arrived);
      }
      expect(maxPerBucket.scoring_intake_batch).toBe(1);
      console.log(
        `[scale] bulk submit of 300 over ${senders.size} instances in ${to - from} s: sandbox saw at most ${Math.max(...perSecond.values())} requests/s (per bucket ${JSON.stringify(maxPerBucket)}; limits ${JSON.stringify(NOVA_PER_SECOND)}), ${windows.reduce((n, w) => n + w.refused, 0)} refused`,
      );
      expect(senders.size).toBeGreaterThanOrEqual(1);
    },
  );

  it(
    "2,000 signed webhooks (10 % duplicates, shuffled) split across both: every delivery applied once, newest result kept",
    // Generous: on a machine shared with other builds this burst alone has taken minutes.
    { timeout: 900_000 },
    async () => {
      // SCALE_DELIVERIES shrinks the burst for a quick local run; CI sends the full 2,000.
      const total = Number(process.env.SCALE_DELIVERIES) || 2000;
      const { deliveries, newest } = await scenario(Math.round((total * 0.9) / 2)); // 90 % distinct, two per application
      const duplicates = shuffle([...deliveries]).slice(0, total - deliveries.length);
      const sends = shuffle([...deliveries, ...duplicates]);
      expect(sends).toHaveLength(total);
      const statuses = new Map<number, number>();
      let i = 0;
      let retries = 0;
      await inParallel(sends, 16, async (d) => {
        const target = (i++ % 2 ? b! : a).url;
        // As Nova does: anything but 2xx is delivered again (409: the same id is being applied elsewhere).
        for (let attempt = 0; ; attempt++) {
          const status = await post(target, d.id, d.raw);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (status === 200 || attempt >= 20) break;
          retries++;
          await new Promise((r) => setTimeout(r, 250));
        }
      });
      console.log(
        `[scale] ${total} deliveries (${duplicates.length} duplicates) over two instances: HTTP ${JSON.stringify(Object.fromEntries(statuses))}, ${retries} redeliveries`,
      );
      expect([...statuses.keys()].filter((s) => s !== 200 && s !== 409)).toEqual([]);
      expect(statuses.get(200)).toBe(total);
      await expectAppliedOnce(deliveries, newest);
      let stored = 0;
      for (let k = 0; k < deliveries.length; k += 500)
        stored += await db.webhookEvent.count({
          where: { deliveryId: { in: deliveries.slice(k, k + 500).map((d) => d.id) } },
        });
      console.log(
        `[scale] webhook burst: sent ${total} (${duplicates.length} duplicates), stored ${stored} of ${deliveries.length} distinct, lost ${deliveries.length - stored}`,
      );
      expect(stored).toBe(deliveries.length);
    },
  );

  it(
    "an instance stopped with SIGTERM mid-queue releases its claims; the other finishes every job exactly once",
    { timeout: 300_000 },
    async () => {
      const tenantId = await ensureTenant(db, `scale-${randomBytes(3).toString("hex")}`);
      const criteriaVersionId = await ensureCriteriaVersion(db, tenantId, "job-backend");
      const ids: string[] = [];
      for (let i = 0; i < 60; i++)
        ids.push(await queueJob(db, { tenantId, criteriaVersionId, applicationId: `app-${i}` }));
      const resultsFor = (r: { body: Record<string, unknown> }[], of: string[]) =>
        new Set(r.map((x) => String(x.body.scoringJobId ?? "")).filter((id) => of.includes(id))).size;
      await listener.waitFor((r) => resultsFor(r, ids) >= 5, 240_000);
      // The jobs claimed (by either instance) when SIGTERM is sent: the stopped one's must be finished
      // or released within its grace, and the other must take the released ones at once.
      const holderPid = (claimer: string | null) => claimer?.split(":")[2];
      const claimed = await db.sandboxScoringJob.findMany({
        where: { id: { in: ids }, status: "pending", claimedBy: { not: null } },
        select: { id: true, claimedBy: true },
      });
      const claimedAtStop = claimed.map((j) => j.id);
      const stopped = b!;
      const heldByStopped = claimed.filter((j) => holderPid(j.claimedBy) === String(stopped.pid)).length;
      const stoppedAt = Date.now();
      const stopping = stopped.stop();
      await listener.waitFor((r) => resultsFor(r, claimedAtStop) === claimedAtStop.length, 240_000);
      const handedOverAt = Date.now();
      await stopping;
      const exitedAt = Date.now();
      b = undefined;
      // Nothing is left claimed by the stopped instance: no 60 s stale-claim wait for its work.
      const held = await db.sandboxScoringJob.findMany({
        where: { id: { in: ids }, status: "pending", claimedBy: { not: null } },
        select: { claimedBy: true },
      });
      expect(held.filter((h) => holderPid(h.claimedBy) === String(stopped.pid))).toEqual([]);
      await listener.waitFor((r) => resultsFor(r, ids) === ids.length, 240_000);
      const finishedAt = Date.now();
      const jobs = await db.sandboxScoringJob.findMany({ where: { id: { in: ids } } });
      expect(jobs.every((j) => j.status === "completed")).toBe(true);
      // Exactly one result webhook per job (the dispatcher dedupes nothing; doubling would show here).
      const perJob = new Map<string, number>();
      for (const d of await db.sandboxWebhookDelivery.findMany({ where: { tenantId } })) {
        const id = (JSON.parse(d.payload) as { scoringJobId?: string }).scoringJobId ?? "";
        perJob.set(id, (perJob.get(id) ?? 0) + 1);
      }
      expect(ids.map((id) => perJob.get(id))).toEqual(ids.map(() => 1));
      console.log(
        `[scale] SIGTERM hand-over: the ${claimedAtStop.length} jobs claimed at SIGTERM all delivered ${((handedOverAt - stoppedAt) / 1000).toFixed(1)} s after it; the instance exited after ${((exitedAt - stoppedAt) / 1000).toFixed(1)} s; all ${ids.length} jobs finished ${((finishedAt - stoppedAt) / 1000).toFixed(1)} s after SIGTERM; the stopped instance held ${heldByStopped} of them`,
      );
    },
  );

  it(
    "the database stopped for 10 s during a webhook burst: 5xx meanwhile, nothing half-written, all applied afterwards",
    { timeout: 300_000 },
    async () => {
      const { deliveries, newest } = await scenario(150);
      const pending = shuffle([...deliveries]);
      const statuses = new Map<number, number>();
      const outage = (async () => {
        await new Promise((r) => setTimeout(r, 300));
        pgCtl("stop -m fast");
        await new Promise((r) => setTimeout(r, 10_000));
        pgCtl("start");
      })();
      // Nova's behaviour: a delivery not answered 2xx is sent again later.
      let rounds = 0;
      let todo = pending;
      while (todo.length && rounds < 200) {
        rounds++;
        const failed: Delivery[] = [];
        await inParallel(todo, 8, async (d) => {
          const status = await post(a.url, d.id, d.raw);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (status < 200 || status >= 300) failed.push(d);
        });
        todo = failed;
        if (todo.length) await new Promise((r) => setTimeout(r, 500));
      }
      await outage;
      console.log(`[scale] DB outage: ${rounds} delivery rounds, HTTP ${JSON.stringify(Object.fromEntries(statuses))}`);
      expect(todo).toEqual([]);
      const refused = [...statuses.entries()].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
      expect(refused).toBeGreaterThan(0); // the outage was seen, and answered 5xx so Nova retries
      expect(statuses.get(401) ?? 0).toBe(0);
      await expectAppliedOnce(deliveries, newest);
    },
  );
});

/** pg_ctl on the test cluster (scripts/test.sh exports its directory and binaries). */
function pgCtl(args: string): void {
  const dir = process.env.PG_CLUSTER_DIR!;
  const cmd = `'${process.env.PG_CLUSTER_BIN}/pg_ctl' -D '${dir}/data' -l '${dir}/server.log' -w ${args}`;
  const asOwner = process.getuid?.() === 0 ? ["su", ["postgres", "-s", "/bin/sh", "-c", cmd]] : ["sh", ["-c", cmd]];
  const run = spawnSync(asOwner[0] as string, asOwner[1] as string[], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`pg_ctl ${args} failed: ${run.stdout}${run.stderr}`);
}
