/**
 * Does the ranking's cost stay bounded by the page as the job grows? Seeds one job with 10,000
 * and one with 100,000 applications through the real schema (the production server's own
 * database, triggers and all), then times, over HTTP and signed in as the org's admin, the
 * ranking page's server HTML (page 1, default sort) and the status poll route, the two sizes
 * interleaved request by request so that both see the same load.
 *
 *   npm run bench:ranking                       # needs `npx next build`; starts its own server
 *   BENCH_RUNS=20 npm run bench:ranking
 *
 * The server runs on loopback at TEST_PORT_BASE+41 with a fresh data directory and is stopped at
 * the end. Last line: ranking: p50_10k_ms=… p50_100k_ms=… ratio=… status_p50_100k_ms=…
 */
import os from "node:os";
import { Browserless } from "../../tests/support/http";
import { createTestOrg } from "../../tests/support/orgs";
import { openServerDb } from "../../tests/support/sandbox-queue-rows";
import { startTestServer, testPort } from "../../tests/support/test-server";
import { seedJob } from "./ranking-seed";

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const SIZES = (process.env.BENCH_SIZES ?? "10000,100000").split(",").map(Number);
const PASSWORD = "bench-ranking-1";

/** p50 and p95 of timed samples. */
function summary(label: string, ms: number[]): number {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  console.log(`${label.padEnd(36)} p50 ${at(50).toFixed(1).padStart(7)} ms   p95 ${at(95).toFixed(1).padStart(7)} ms`);
  return at(50);
}

async function timed(label: string, fetchOnce: () => Promise<Response>, into: number[]) {
  const s = performance.now();
  const res = await fetchOnce();
  const body = await res.text();
  into.push(performance.now() - s);
  if (res.status !== 200) throw new Error(`${label}: HTTP ${res.status}: ${body.slice(0, 200)}`);
}

async function main() {
  const server = await startTestServer("bench-ranking", testPort(41));
  const db = openServerDb(server.env);
  try {
    const org = await createTestOrg(db, "it", PASSWORD);
    const jobs: { n: number; jobId: string }[] = [];
    for (const n of SIZES) {
      const t0 = performance.now();
      jobs.push({ n, jobId: await seedJob(db, org.id, n) });
      console.log(`seeded ${n} applications in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    // Pooled keep-alive connections left idle through a long seed may have been closed by the
    // server: throw-away requests take the dead sockets out of the pool before timing starts.
    for (let ok = 0, tries = 0; ok < 3 && tries < 50; tries++)
      ok = (await fetch(new URL("/api/auth/csrf", server.url))
        .then((r) => r.text())
        .then(
          () => true,
          () => false,
        ))
        ? ok + 1
        : 0;
    const client = new Browserless(server.url);
    if (!(await client.signIn(org.admin.email, PASSWORD)).session?.user) throw new Error("could not sign in");
    const pageOf = (jobId: string) => () => client.fetch(`/jobs/${jobId}`);
    const statusOf = (jobId: string) => () => client.fetch(`/api/jobs/${jobId}/status`);
    for (const { n, jobId } of jobs) {
      const first = await client.fetch(`/jobs/${jobId}`);
      const html = await first.text();
      if (first.status !== 200) throw new Error(`ranking page: HTTP ${first.status} ${html.slice(0, 300)}`);
      // The page really is the ranking of this job: its summary shows the job's size.
      if (!html.includes(`data-testid="count-candidates">${n}<`)) throw new Error(`ranking page did not show ${n}`);
      // Warm-up: the first requests prepare statements and fill the page cache.
      for (let i = 0; i < 3; i++) for (const f of [pageOf(jobId), statusOf(jobId)]) await (await f()).text();
    }
    // The sizes interleaved, request by request: on a shared machine whose load changes by the
    // minute, both see the same neighbours, so their ratio measures the job's size, not the load.
    const pageMs = new Map(jobs.map((j) => [j.n, [] as number[]]));
    const statusMs = new Map(jobs.map((j) => [j.n, [] as number[]]));
    for (let i = 0; i < RUNS; i++)
      for (const { n, jobId } of jobs) {
        await timed(`ranking page at ${n}`, pageOf(jobId), pageMs.get(n)!);
        await timed(`status poll at ${n}`, statusOf(jobId), statusMs.get(n)!);
      }
    const page: Record<number, number> = {};
    const status: Record<number, number> = {};
    for (const { n } of jobs) {
      page[n] = summary(`ranking page 1 at ${n}`, pageMs.get(n)!);
      status[n] = summary(`status poll at ${n}`, statusMs.get(n)!);
    }
    const [l1] = os.loadavg();
    console.log(
      `machine: ${os.cpus().length} cores, load ${l1!.toFixed(2)}; ${RUNS} timed requests each, sizes interleaved`,
    );
    const [small, large] = SIZES as [number, number];
    console.log(
      `ranking: p50_10k_ms=${page[small]!.toFixed(1)} p50_100k_ms=${page[large]!.toFixed(1)} ` +
        `ratio=${(page[large]! / page[small]!).toFixed(2)} status_p50_100k_ms=${status[large]!.toFixed(1)}`,
    );
  } finally {
    await db.$disconnect();
    await server.stop();
  }
}

await main();
