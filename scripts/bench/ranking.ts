/**
 * How fast is the job ranking with 10,000 candidates? Seeds one job with 10,000 applications
 * into a throw-away SQLite database (the real migration), then times the ranking page query
 * (count + page + rank groups, exactly what the page runs) and the status poll's counters.
 *
 *   NODE_OPTIONS=--conditions=react-server npx tsx scripts/bench/ranking.ts
 *
 * (react-server resolves `server-only` to its empty module, as inside Next.)
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";

const N = Number(process.env.BENCH_APPLICATIONS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "shortlist-bench-"));
const url = `file:${path.join(dir, "bench.db")}`;
process.env.DATA_DIR = dir;
process.env.DATABASE_URL = url;

const raw = createClient({ url });
const migrations = fs
  .readdirSync("prisma/migrations")
  .filter((d) => fs.existsSync(path.join("prisma/migrations", d, "migration.sql")))
  .sort();
for (const m of migrations)
  await raw.executeMultiple(fs.readFileSync(path.join("prisma/migrations", m, "migration.sql"), "utf8"));
// Experiment switch: an index whose directions match the ranking's ORDER BY, to compare plans.
if (process.env.BENCH_DESC_INDEX === "1") {
  await raw.execute(
    `CREATE INDEX bench_rank_desc ON Application(jobId, currentScore DESC, submittedAt ASC, createdAt ASC, id ASC)`,
  );
}
raw.close();

const { db } = await import("@/lib/db");
const { getRankingPage, getStatusCounts } = await import("@/lib/applications/queries");
const { parseRankingFilters } = await import("@/lib/applications/ranking-filters");

const org = await db.organization.create({ data: { name: "Bench", tenantId: "bench" } });
const job = await db.job.create({ data: { orgId: org.id, title: "Bench job", company: "Bench", description: "…" } });
const OLD = "cv_old";
const ACTIVE = "cv_active";

// Deterministic pseudo-random data: most scored, some pending / not submitted / failed, 10% stale.
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const t0 = Date.now();
const started = Date.now() - N * 60_000;
for (let i = 0; i < N; i += 500) {
  const rows = Array.from({ length: Math.min(500, N - i) }, (_, k) => {
    const r = rand();
    const status = r < 0.8 ? "SCORED" : r < 0.88 ? "PENDING" : r < 0.95 ? "NOT_SUBMITTED" : "FAILED";
    const scored = status === "SCORED";
    return {
      orgId: org.id,
      jobId: job.id,
      candidateName: `Candidate ${String(i + k).padStart(5, "0")} ${["Lee", "Kim", "Ng", "Smith", "Garcia"][(i + k) % 5]}`,
      pipelineStatus: status as "SCORED" | "PENDING" | "NOT_SUBMITTED" | "FAILED",
      currentScore: scored ? 1 + Math.floor(rand() * 10) : null,
      currentCriteriaVersionNovaId: scored ? (rand() < 0.1 ? OLD : ACTIVE) : null,
      submittedAt: status === "NOT_SUBMITTED" ? null : new Date(started + (i + k) * 60_000),
    };
  });
  await db.application.createMany({ data: rows });
}
console.log(`seeded ${N} applications in ${Date.now() - t0} ms (${dir})`);

async function time(label: string, fn: () => Promise<unknown>) {
  await fn(); // warm-up: statement preparation and page cache
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const s = performance.now();
    await fn();
    ms.push(performance.now() - s);
  }
  ms.sort((a, b) => a - b);
  const pct = (p: number) => ms[Math.min(ms.length - 1, Math.floor((p / 100) * ms.length))]!.toFixed(1);
  console.log(`${label.padEnd(42)} p50 ${pct(50).padStart(6)} ms   p95 ${pct(95).padStart(6)} ms`);
}

const page = (q: Record<string, string>) => () => getRankingPage(org.id, job.id, ACTIVE, parseRankingFilters(q));
await time("ranking page 1 (count + 50 rows + ranks)", page({}));
await time("ranking page 100", page({ page: "100" }));
await time("ranking min score 7", page({ min: "7" }));
await time("ranking stale only", page({ stale: "1" }));
await time("ranking name search 'garcia'", page({ q: "garcia" }));
await time("ranking status FAILED, sort name", page({ status: "FAILED", sort: "name" }));
await time("status poll counters", () => getStatusCounts(org.id, job.id, ACTIVE));

const plan = await db.$queryRawUnsafe<{ detail: string }[]>(
  `EXPLAIN QUERY PLAN SELECT id FROM Application WHERE orgId = ? AND jobId = ? ORDER BY currentScore DESC, submittedAt ASC, createdAt ASC, id ASC LIMIT 50`,
  org.id,
  job.id,
);
console.log("plan (page 1):", plan.map((p) => p.detail).join(" | "));
await db.$disconnect();
fs.rmSync(dir, { recursive: true, force: true });
