import { beforeAll, describe, expect, it } from "vitest";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { useTempAppDatabase } from "@/tests/support/db";

/**
 * Page 1 of the ranking on a real migrated database (SQLite, and PostgreSQL in scripts/test.sh's
 * PostgreSQL pass): scored candidates high to low with competition ranks, ties by earliest
 * submission, unscored ones after them (PostgreSQL's DESC would put them first), the total,
 * summary, submittable count and histogram from the job's tallies, and each row's newest
 * completed assessment even while a newer attempt is pending.
 */
let db: (typeof import("@/lib/db"))["db"];
let queries: typeof import("./queries");
let distribution: typeof import("./distribution");

beforeAll(async () => {
  await useTempAppDatabase("ranking-page-", { postgres: true });
  db = (await import("@/lib/db")).db;
  queries = await import("./queries");
  distribution = await import("./distribution");
}, 60_000);

describe("ranking page 1", () => {
  it("ranks scored candidates first, reads counts from the tallies and shows the newest completed assessment", async () => {
    const org = await db.organization.create({ data: { name: "O", tenantId: "t_rank" } });
    const job = await db.job.create({ data: { orgId: org.id, title: "T", company: "C", description: "D" } });
    const t0 = Date.parse("2026-01-01T00:00:00Z");
    const at = (min: number) => new Date(t0 + min * 60_000);
    const rows: [
      string,
      "SCORED" | "PENDING" | "NOT_SUBMITTED" | "REJECTED" | "FAILED",
      number | null,
      number | null,
    ][] = [
      ["Unsent", "NOT_SUBMITTED", null, null],
      ["Waiting", "PENDING", null, 1],
      ["Seven late", "SCORED", 7, 9],
      ["Nine", "SCORED", 9, 5],
      ["Seven early", "SCORED", 7, 2],
      ["Refused", "REJECTED", null, 3],
      ["Three", "SCORED", 3, 4],
    ];
    for (const [name, pipelineStatus, currentScore, submitted] of rows)
      await db.application.create({
        data: {
          id: `app_${name.replace(/ /g, "_")}`,
          orgId: org.id,
          jobId: job.id,
          candidateName: name,
          pipelineStatus,
          currentScore,
          currentCriteriaVersionNovaId: currentScore === null ? null : "cv_1",
          submittedAt: submitted === null ? null : at(submitted),
          ...(pipelineStatus === "REJECTED" ? { errorCode: "RESUME_FETCH_FAILED" } : {}),
        },
      });
    // "Nine": an older completed attempt, then a pending rescore: the completed one is shown.
    const attempt = (n: string, status: "COMPLETED" | "PENDING", min: number, verdict: string | null) =>
      db.scoringJob.create({
        data: {
          orgId: org.id,
          applicationId: "app_Nine",
          novaScoringJobId: `sj_${n}`,
          status,
          score: status === "COMPLETED" ? 9 : null,
          verdict,
          strengths: JSON.stringify(["Go"]),
          submittedAt: at(min),
        },
      });
    await attempt("old", "COMPLETED", 5, "Older verdict.");
    await attempt("mid", "COMPLETED", 6, "Newest completed verdict.");
    await attempt("new", "PENDING", 8, null);
    await db.application.update({ where: { id: "app_Nine" }, data: { decision: "ADVANCE" } });

    const page = await queries.getRankingPage(org.id, job.id, "cv_1", {
      ...(await import("./ranking-filters")).DEFAULT_FILTERS,
    });
    expect(page.total).toBe(7);
    expect(page.rows.map((r) => [r.candidateName, r.rank])).toEqual([
      ["Nine", 1],
      ["Seven early", 2],
      ["Seven late", 2],
      ["Three", 4],
      // Unscored after every score (their own order among themselves is by submission).
      ...page.rows.slice(4).map((r) => [r.candidateName, null]),
    ]);
    expect(
      page.rows
        .slice(4)
        .map((r) => r.candidateName)
        .sort(),
    ).toEqual(["Refused", "Unsent", "Waiting"]);
    expect(page.rows[0]!.assessment).toEqual({
      verdict: "Newest completed verdict.",
      strengths: ["Go"],
      concerns: [],
      interviewFocus: [],
    });

    const status = await queries.getStatusCounts(org.id, job.id, "cv_1");
    expect(status).toEqual({
      total: 7,
      notSubmitted: 1,
      pending: 1,
      scored: 4,
      failed: 0,
      rejected: 1,
      stale: 0,
      // The unsent one and the refusal a resubmission can fix.
      submittable: 2,
    });
    const chart = await distribution.getScoreDistribution(org.id, job.id, { pending: 1, failed: 1 });
    expect(chart.bins).toEqual([0, 0, 1, 0, 0, 0, 2, 0, 1, 0]);
    expect(chart.byDecision?.ADVANCE).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 0]);
    expect(chart.byDecision?.UNDECIDED).toEqual([0, 0, 1, 0, 0, 0, 2, 0, 0, 0]);
  });

  it("reads page 1 in score order from the ranking index, not by sorting the org's applications (SQLite's plan)", async () => {
    // PostgreSQL's planner picks by table statistics (a handful of rows here: a sequential scan
    // either way); its plan at 100,000 is in `npm run bench:ranking-queries`.
    if ((await import("@/lib/db-provider")).usesPostgres()) return;
    const logged = new PrismaClient({
      adapter: new PrismaLibSQL({ url: process.env.DATABASE_URL! }),
      log: [{ emit: "event", level: "query" }],
    });
    const statements: { query: string; params: string }[] = [];
    logged.$on("query", (e) => statements.push({ query: e.query, params: e.params }));
    const { DEFAULT_FILTERS } = await import("./ranking-filters");
    await logged.application.findMany({
      where: queries.rankingWhere("org", "job", null, DEFAULT_FILTERS),
      orderBy: queries.rankingOrder("score"),
      take: 50,
      select: { id: true },
    });
    const { query, params } = statements.find((s) => s.query.includes("ORDER BY"))!;
    const plan = (
      await logged.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${query}`, ...JSON.parse(params))
    ).map((r) => r.detail);
    await logged.$disconnect();
    expect(plan.join(" | ")).toMatch(/USING INDEX Application_jobId_currentScore_submittedAt_createdAt_id_idx/);
    expect(plan.join(" | ")).not.toMatch(/TEMP B-TREE/);
  });
});
