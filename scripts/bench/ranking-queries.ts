/**
 * Which reads of the ranking page and the status poll grow with the job? Seeds the jobs
 * bench:ranking seeds (10,000 and 100,000 applications) into a fresh migrated database, runs the
 * reads the page and the poll make through the domain functions they call, and prints each SQL
 * statement's median duration at each size (from Prisma's query log) with its query plan
 * (EXPLAIN QUERY PLAN on SQLite, EXPLAIN ANALYZE on PostgreSQL) for the statements that grow.
 * No HTTP, no session: what the database costs, statement by statement.
 *
 *   npm run bench:ranking-queries
 *   BENCH_SIZES=2000,20000 TEST_POSTGRES_URL=postgresql://… npm run bench:ranking-queries
 *
 * Last line: ranking-queries: sql_ms_10k=… sql_ms_100k=… ratio=… statements=…
 */
import os from "node:os";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-postgres/client";
import { createPgAdapter } from "@/lib/postgres-adapter";
import type { Actor } from "@/lib/actor";
import { benchDatabase } from "./support";
import { createTestOrg } from "../../tests/support/orgs";
import { seedJob } from "./ranking-seed";

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const SIZES = (process.env.BENCH_SIZES ?? "10000,100000").split(",").map(Number);
const postgres = !!process.env.TEST_POSTGRES_URL;

const t = await benchDatabase("ranking-queries");

// The client lib/db hands out, with the query log on: every statement's SQL, parameters, duration.
const logged = postgres
  ? (new PostgresPrismaClient({
      adapter: createPgAdapter(t.url, { max: 4 }),
      log: [{ emit: "event", level: "query" }],
    }) as unknown as PrismaClient)
  : new PrismaClient({ adapter: new PrismaLibSQL({ url: t.url }), log: [{ emit: "event", level: "query" }] });
let recording: Map<string, { ms: number[]; params: string }> | null = null;
(
  logged as unknown as { $on(e: "query", f: (e: { query: string; params: string; duration: number }) => void): void }
).$on("query", (e) => {
  if (!recording) return;
  const entry = recording.get(e.query) ?? { ms: [], params: e.params };
  entry.ms.push(e.duration);
  recording.set(e.query, entry);
});
(globalThis as unknown as { shortlistPrisma?: PrismaClient }).shortlistPrisma = logged;

const { getJobStatus, getRankingPage } = await import("@/lib/applications/queries");
const { getScoreDistribution } = await import("@/lib/applications/distribution");
const { getDecisionCounts } = await import("@/lib/review/decisions");
const { versionNumbers } = await import("@/lib/criteria/queries");
const { getVisibleJob, listJobHiringManagers, listOrgHiringManagers } = await import("@/lib/jobs/access");
const { getHideIdentities } = await import("@/lib/blind/prefs");
const { parseRankingFilters } = await import("@/lib/applications/ranking-filters");

/** The page's reads in the order app/(dashboard)/jobs/[jobId]/(ranking)/page.tsx makes them, then the poll's. */
async function pageAndPoll(actor: Actor, jobId: string) {
  const job = (await getVisibleJob(actor, jobId))!;
  const active = job.activeVersion?.novaId ?? null;
  const blind = await getHideIdentities(actor.userId);
  const filters = parseRankingFilters({});
  const [, status] = await Promise.all([
    getRankingPage(actor.orgId, jobId, active, filters, { blind }),
    getJobStatus(actor.orgId, jobId, active),
    versionNumbers(actor.orgId, jobId),
    getDecisionCounts(actor.orgId, jobId),
    listJobHiringManagers(actor.orgId, jobId),
    listOrgHiringManagers(actor.orgId),
  ]);
  await getScoreDistribution(actor.orgId, jobId, {
    pending: status.counts.pending,
    failed: status.counts.failed + status.counts.rejected,
  });
}

/** The same reads one by one, each timed alone: what each domain function costs, Prisma and all. */
async function eachRead(actor: Actor, jobId: string): Promise<[string, number][]> {
  const job = (await getVisibleJob(actor, jobId))!;
  const active = job.activeVersion?.novaId ?? null;
  const filters = parseRankingFilters({});
  const reads: [string, () => Promise<unknown>][] = [
    ["getVisibleJob", () => getVisibleJob(actor, jobId)],
    ["getHideIdentities", () => getHideIdentities(actor.userId)],
    ["getRankingPage", () => getRankingPage(actor.orgId, jobId, active, filters, { blind: false })],
    ["getJobStatus", () => getJobStatus(actor.orgId, jobId, active)],
    ["versionNumbers", () => versionNumbers(actor.orgId, jobId)],
    ["getDecisionCounts", () => getDecisionCounts(actor.orgId, jobId)],
    ["listJobHiringManagers", () => listJobHiringManagers(actor.orgId, jobId)],
    ["listOrgHiringManagers", () => listOrgHiringManagers(actor.orgId)],
    ["getScoreDistribution", () => getScoreDistribution(actor.orgId, jobId, { pending: 0, failed: 0 })],
  ];
  const out: [string, number][] = [];
  for (const [name, read] of reads) {
    const ms: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const s = performance.now();
      await read();
      ms.push(performance.now() - s);
    }
    out.push([name, median(ms)]);
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function explain(sql: string, params: string): Promise<string> {
  const values = JSON.parse(params) as unknown[];
  if (postgres) {
    const rows = await logged.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ANALYZE ${sql}`, ...values);
    return rows.map((r) => r["QUERY PLAN"]).join("\n");
  }
  const rows = await logged.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${sql}`, ...values);
  return rows.map((r) => r.detail).join("\n");
}

/** One statement alone, replayed: Prisma's logged durations include waiting for the connection the page's parallel reads share. */
async function replay(sql: string, params: string): Promise<number> {
  const values = JSON.parse(params) as unknown[];
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const s = performance.now();
    await logged.$queryRawUnsafe(sql, ...values);
    ms.push(performance.now() - s);
  }
  return median(ms);
}

const org = await createTestOrg(logged, "it", "bench-queries-1");
const actor: Actor = { orgId: org.id, tenantId: org.tenantId, userId: org.admin.id, role: "ADMIN" };
const bySize = new Map<number, Map<string, { ms: number; params: string; calls: number }>>();
const totals = new Map<number, number>();
for (const n of SIZES) {
  const s = performance.now();
  const jobId = await seedJob(logged, org.id, n);
  console.log(`seeded ${n} applications in ${((performance.now() - s) / 1000).toFixed(1)} s`);
  if (postgres) await logged.$executeRawUnsafe(`ANALYZE`);
  for (let i = 0; i < 3; i++) await pageAndPoll(actor, jobId); // warm-up
  const wall: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const s = performance.now();
    await pageAndPoll(actor, jobId);
    wall.push(performance.now() - s);
  }
  recording = new Map();
  await pageAndPoll(actor, jobId);
  // The query log's events arrive after the queries' results: let the last ones in first.
  await new Promise((r) => setTimeout(r, 200));
  const recorded = recording;
  recording = null; // the replays below are not the page's statements
  const statements = new Map<string, { ms: number; params: string; calls: number }>();
  for (const [sql, e] of recorded)
    statements.set(sql, { ms: await replay(sql, e.params), params: e.params, calls: e.ms.length });
  bySize.set(n, statements);
  const sum = [...statements.values()].reduce((a, e) => a + e.ms * e.calls, 0);
  totals.set(n, sum);
  console.log(`${n}: page + poll reads p50 ${median(wall).toFixed(1)} ms wall, ${sum.toFixed(1)} ms summed SQL`);
  for (const [name, ms] of await eachRead(actor, jobId)) console.log(`  ${name.padEnd(24)} p50 ${ms.toFixed(2)} ms`);
}

const [small, large] = SIZES as [number, number];
const rows = [...bySize.get(large)!.entries()].map(([sql, e]) => ({
  sql,
  params: e.params,
  calls: e.calls,
  large: e.ms,
  small: bySize.get(small)?.get(sql)?.ms ?? 0,
}));
rows.sort((a, b) => b.large - a.large);
console.log(`\nper statement, p50 ms replayed alone at ${small} → ${large} (calls per page + poll):`);
for (const r of rows) {
  console.log(
    `${r.small.toFixed(2).padStart(7)} → ${r.large.toFixed(2).padStart(7)}  ×${r.calls}  ${r.sql.slice(0, 400)}`,
  );
  // A statement that takes a millisecond or more at the large size, or grows: show how it runs.
  if (r.large >= 1 || r.large > 2 * r.small + 0.3) {
    const plan = await explain(r.sql, r.params).catch((e: unknown) => `(no plan: ${String(e).slice(0, 200)})`);
    console.log(plan.replace(/^/gm, "          | "));
  }
}
console.log(`machine: ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(2)}; ${RUNS} runs each`);
console.log(
  `ranking-queries: sql_ms_10k=${totals.get(small)!.toFixed(1)} sql_ms_100k=${totals.get(large)!.toFixed(1)} ` +
    `ratio=${(totals.get(large)! / totals.get(small)!).toFixed(2)} statements=${rows.length}`,
);
await logged.$disconnect();
// BENCH_KEEP=1 keeps the database for a closer look (sqlite3 / psql).
if (process.env.BENCH_KEEP) console.log(`kept database: ${t.url}`);
else await t.drop();
