/**
 * Sandbox throughput: N text resumes submitted, time from submission to the score webhook.
 *
 *   npx tsx scripts/bench/sandbox-throughput.ts            # starts its own server (needs `next build`)
 *   BENCH_N=500 BENCH_CONCURRENCY=16 npx tsx scripts/bench/sandbox-throughput.ts
 *   BENCH_MODE=db npx tsx scripts/bench/sandbox-throughput.ts   # queue only: rows inserted, no HTTP API
 *   BENCH_RATE=10 npx tsx scripts/bench/sandbox-throughput.ts    # paced at Nova's single-intake limit
 *   BENCH_URL=http://host:3000 BENCH_API_KEY=sk_test_… npx tsx scripts/bench/sandbox-throughput.ts
 *
 * With its own server the webhooks come to a listener in this process, so latency is
 * submit → webhook received. Against BENCH_URL the server's webhooks go to its own receiver,
 * so latency is submit → the job reads "completed" (polled every 100 ms): a slight overestimate.
 * Submissions go through the G5 endpoints with the sandbox's rate limits lifted (own server
 * only), because the point is the queue and the dispatcher, not the limiter. Unpaced, the
 * submissions outrun the worker and latency is mostly queue wait (a saturation figure); with
 * BENCH_RATE below the throughput, latency is the pipeline's own.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import {
  ensureCriteriaVersion,
  ensureTenant,
  openServerDb,
  queueJob,
  resumeText,
  TEST_JOB_DESCRIPTION,
} from "../../tests/support/sandbox-queue-rows";
import { startWebhookListener, type WebhookListener } from "../../tests/support/sandbox-webhook-listener";
import { startTestServer, testPort, type TestServer } from "../../tests/support/test-server";

const N = Number(process.env.BENCH_N ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
/** Submissions per second; 0 = as fast as BENCH_CONCURRENCY allows. */
const RATE = Number(process.env.BENCH_RATE ?? 0);
const MODE = process.env.BENCH_MODE === "db" ? "db" : "http";
const TENANT = "bench-co";
const JOB = `bench-job-${Date.now().toString(36)}`;

interface Target {
  baseUrl: string;
  apiKey: string;
  server?: TestServer;
  listener?: WebhookListener;
}

async function setUp(): Promise<Target> {
  if (process.env.BENCH_URL) {
    const apiKey = process.env.BENCH_API_KEY ?? process.env.NOVA_API_KEY;
    if (!apiKey) throw new Error("BENCH_URL needs BENCH_API_KEY (the server's NOVA_API_KEY)");
    return { baseUrl: `${process.env.BENCH_URL.replace(/\/$/, "")}/api/nova-sandbox`, apiKey };
  }
  const listener = await startWebhookListener(testPort(90));
  const server = await startTestServer("bench-sandbox", testPort(91), {
    NOVA_SANDBOX_WEBHOOK_URL: listener.url,
    NOVA_SANDBOX_RATE_LIMITS: "scoring_intake_single=100000,criteria_ai=1000",
  });
  return { baseUrl: `${server.url}/api/nova-sandbox`, apiKey: server.env.NOVA_API_KEY!, server, listener };
}

async function api(t: Target, method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${t.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${t.apiKey}`, "x-tenant-id": TENANT, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json()) as Record<string, unknown>;
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** Runs `fn(i)` for i < n with at most `c` in flight. */
async function pool(n: number, c: number, fn: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(c, n) }, async () => {
      while (next < n) await fn(next++);
    }),
  );
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main() {
  const t = await setUp();
  let db: PrismaClient | undefined;
  try {
    const submittedAt = new Map<string, number>();
    if (MODE === "http") {
      await api(t, "POST", `/v1/jobs/${JOB}/criteria/generate`, {
        jobContext: {
          jobTitle: "Senior Backend Engineer",
          companyName: "Bench Co",
          jobDescription: TEST_JOB_DESCRIPTION,
        },
      });
    } else {
      if (!t.server) throw new Error("BENCH_MODE=db needs the bench's own server");
      db = openServerDb(t.server.env);
    }
    const tenantId = db ? await ensureTenant(db, TENANT) : "";
    const criteriaVersionId = db ? await ensureCriteriaVersion(db, tenantId, JOB) : "";
    const started = Date.now();
    await pool(N, CONCURRENCY, async (i) => {
      if (RATE > 0) await new Promise((r) => setTimeout(r, started + (i * 1000) / RATE - Date.now()));
      const at = Date.now();
      let id: string;
      if (db) {
        id = await queueJob(db, { tenantId, criteriaVersionId, jobId: JOB, applicationId: `app-${i}` });
      } else {
        const r = await api(t, "POST", `/v1/jobs/${JOB}/applications/app-${i}/scoring-jobs`, {
          resume: { type: "text", content: resumeText(`Candidate ${i}`) },
          jobDescription: TEST_JOB_DESCRIPTION,
          applicationData: {
            applicationAnswers: [{ question: "Years of backend experience?", answer: String(3 + (i % 10)) }],
          },
        });
        id = (r.scoringJob as { id: string }).id;
      }
      submittedAt.set(id, at);
    });
    const submitSeconds = (Date.now() - started) / 1000;

    const doneAt = new Map<string, number>();
    const deadline = Date.now() + 10 * 60_000;
    while (doneAt.size < N && Date.now() < deadline) {
      if (t.listener) {
        for (const w of t.listener.received) {
          const id = String(w.body.scoringJobId);
          if (submittedAt.has(id) && !doneAt.has(id)) doneAt.set(id, w.receivedAt);
        }
      } else {
        await pool(submittedAt.size, 8, async (i) => {
          const id = [...submittedAt.keys()][i]!;
          if (doneAt.has(id)) return;
          const r = await api(t, "GET", `/v1/jobs/${JOB}/applications/app-${i}/scoring-jobs/${id}`);
          if ((r.scoringJob as { status: string }).status !== "pending") doneAt.set(id, Date.now());
        });
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    if (doneAt.size < N) throw new Error(`only ${doneAt.size}/${N} jobs finished within 10 minutes`);
    const latencies = [...doneAt].map(([id, at]) => at - submittedAt.get(id)!).sort((a, b) => a - b);
    const totalSeconds = (Math.max(...doneAt.values()) - started) / 1000;
    const out = {
      mode: MODE,
      target: process.env.BENCH_URL ?? "own server (next start, SQLite)",
      measuredTo: t.listener ? "webhook received" : "status completed (polled)",
      jobs: N,
      submitConcurrency: CONCURRENCY,
      submitRate: RATE || "unpaced",
      submitSeconds: +submitSeconds.toFixed(2),
      submitsPerSecond: +(N / submitSeconds).toFixed(1),
      latencyMs: {
        p50: Math.round(percentile(latencies, 50)),
        p95: Math.round(percentile(latencies, 95)),
        max: Math.round(latencies.at(-1)!),
      },
      jobsPerSecond: +(N / totalSeconds).toFixed(1),
    };
    console.log(JSON.stringify(out, null, 2));
  } finally {
    await db?.$disconnect();
    await t.server?.stop();
    await t.listener?.close();
  }
}

await main();
