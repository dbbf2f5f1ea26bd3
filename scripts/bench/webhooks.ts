/**
 * Webhook intake: signed `score.completed` deliveries at concurrency 32 for 20 s against the
 * webhook route, and the same load against a bare route that only reads the body and answers
 * 200 (the framework's ceiling on this machine), in the same run; then what was stored, and how
 * long after the burst the applier had applied everything.
 *
 *   npm run bench:webhooks                       # needs `npx next build`; starts its own server
 *   BENCH_SECONDS=10 BENCH_CONCURRENCY=16 npm run bench:webhooks
 *
 * The server runs on loopback at TEST_PORT_BASE+40 with a fresh data directory and is stopped
 * at the end. 5 % of deliveries are sent twice (Nova is at-least-once), so dedupe is exercised.
 * Last line: webhooks: rps=… bare_rps=… ratio=… p50_ms=… p99_ms=… sent=… stored=… duplicates=… lost=…
 */
import { createHmac, randomBytes } from "node:crypto";
import http from "node:http";
import os from "node:os";
import { openServerDb } from "../../tests/support/sandbox-queue-rows";
import { startTestServer, testPort } from "../../tests/support/test-server";
import { jobWithApplications, scoreCompletedBody } from "./support";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const APPLICATIONS = 500;

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function post(url: URL, body: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const req = http.request(
      url,
      {
        method: "POST",
        agent,
        timeout: 10_000,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...headers },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", () => resolve(0));
    req.end(body);
  });
}

/** Runs `one` from CONCURRENCY loops for SECONDS; returns the latencies of 2xx answers and the failures. */
async function load(one: (i: number) => Promise<number>): Promise<{ ok: number[]; failed: number; seconds: number }> {
  const ok: number[] = [];
  let failed = 0;
  let next = 0;
  const start = performance.now();
  const end = start + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        const status = await one(next++);
        if (status >= 200 && status < 300) ok.push(performance.now() - t);
        else failed++;
      }
    }),
  );
  return { ok, failed, seconds: (performance.now() - start) / 1000 };
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function main() {
  const server = await startTestServer("bench-webhooks", testPort(40), { BENCH_BARE_ROUTE: "1" });
  const db = openServerDb(server.env);
  try {
    const tag = randomBytes(3).toString("hex");
    const { org, job, appIds } = await jobWithApplications(db, tag, APPLICATIONS);
    const secret = server.env.NOVA_WEBHOOK_SECRET!;
    const prefix = `wh_bench_${tag}_`;
    const target = { tenantId: org.tenantId, jobId: job.id, appIds };
    const firstQueuedAt = Date.now() - 1000;
    const delivery = (i: number) => {
      const body = scoreCompletedBody(target, tag, i, firstQueuedAt);
      const headers = {
        "x-webhook-id": `${prefix}${i}`,
        "x-webhook-event": "SCORE_COMPLETED",
        "x-webhook-timestamp": new Date().toISOString(),
        "x-webhook-signature": `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`,
      };
      return { body, headers };
    };
    const webhookUrl = new URL("/api/webhooks/nova", server.url);
    const bareUrl = new URL("/api/bench/bare", server.url);
    // Warm both routes (first requests compile nothing in production, but open connections).
    for (let i = 0; i < 20; i++) await post(bareUrl, "{}", {});

    const sample = delivery(0);
    const bare = await load(() => post(bareUrl, sample.body, sample.headers));

    const acknowledged = new Set<number>();
    let redeliveries = 0;
    const hook = await load(async (i) => {
      // Every 20th request redelivers an earlier delivery (same id and body).
      const n = i % 20 === 19 && i > 0 ? i - 10 : i;
      if (n !== i) redeliveries++;
      const d = delivery(n);
      const status = await post(webhookUrl, d.body, d.headers);
      if (status === 200) acknowledged.add(n);
      return status;
    });
    const burstEnd = performance.now();

    // Applied within: poll until nothing of this run is left "received" (bounded: 120 s).
    let appliedAfterS = -1;
    for (let i = 0; i < 1200; i++) {
      const waiting = await db.webhookEvent.count({
        where: { deliveryId: { startsWith: prefix }, outcome: "received" },
      });
      if (waiting === 0) {
        appliedAfterS = (performance.now() - burstEnd) / 1000;
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const storedIds = new Set(
      (
        await db.webhookEvent.findMany({ where: { deliveryId: { startsWith: prefix } }, select: { deliveryId: true } })
      ).map((r) => Number(r.deliveryId!.slice(prefix.length))),
    );
    const stored = storedIds.size;
    const scoringJobs = await db.scoringJob.count({ where: { novaScoringJobId: { startsWith: `sj_${tag}_` } } });
    const failedRows = await db.webhookEvent.count({
      where: { deliveryId: { startsWith: prefix }, outcome: { notIn: ["processed", "ignored"] } },
    });

    const sorted = [...hook.ok].sort((a, b) => a - b);
    const bareSorted = [...bare.ok].sort((a, b) => a - b);
    const rps = hook.ok.length / hook.seconds;
    const bareRps = bare.ok.length / bare.seconds;
    const sent = acknowledged.size;
    // Stored more than once: a delivery id or body applied into more than one scoring job.
    const duplicates = Math.max(0, scoringJobs - stored);
    // Acknowledged (2xx) but not in the inbox: Nova would not redeliver these.
    const lost = [...acknowledged].filter((n) => !storedIds.has(n)).length;
    const [l1] = os.loadavg();
    console.log(
      `machine: ${os.cpus().length} cores, load ${l1!.toFixed(2)}; concurrency ${CONCURRENCY}, ${SECONDS} s per route; ` +
        `bare p50 ${pct(bareSorted, 50).toFixed(1)} ms, p99 ${pct(bareSorted, 99).toFixed(1)} ms; ${hook.failed} webhook requests failed or timed out; ` +
        `${redeliveries} redeliveries; applied ${appliedAfterS >= 0 ? `${appliedAfterS.toFixed(2)} s` : "NOT within 120 s"} after the burst; ` +
        `${failedRows} not processed`,
    );
    console.log(
      `webhooks: rps=${rps.toFixed(1)} bare_rps=${bareRps.toFixed(1)} ratio=${(rps / bareRps).toFixed(2)} ` +
        `p50_ms=${pct(sorted, 50).toFixed(1)} p99_ms=${pct(sorted, 99).toFixed(1)} sent=${sent} stored=${stored} ` +
        `duplicates=${duplicates} lost=${lost}`,
    );
  } finally {
    await db.$disconnect();
    agent.destroy();
    await server.stop();
  }
}

await main();
