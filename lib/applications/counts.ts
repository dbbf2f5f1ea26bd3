import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { DecisionValue } from "@/lib/review/labels";
import { PIPELINE_STATUSES, type PipelineStatusValue } from "./ranking-filters";
import { submittableWhere } from "./submittable";

/**
 * A job's tallies: applications by pipeline status, by decision, by score and decision, by the
 * criteria version their score used, and how many "Submit all not submitted" would take. Read
 * from JobCount (a few dozen rows, whatever the job's size), which database triggers keep in step
 * with every write to Application in the writer's own transaction (prisma/triggers/*.sql,
 * docs/decisions/022 and 041). `recountJob` derives the same shape from the applications
 * themselves: the definition the tallies are tested against.
 */
export interface JobTallies {
  byStatus: Record<PipelineStatusValue, number>;
  byDecision: Record<string, number>;
  /** Score (0–10) → applications with that current score. */
  byScore: Map<number, number>;
  /** Score (0–10) → decision → applications with that score and decision: the histogram's split. */
  byScoreDecision: Map<number, Record<string, number>>;
  /** Criteria version Nova id → applications whose current score used it. */
  byVersion: Map<string, number>;
  /** Applications `submittableWhere` selects (lib/applications/submittable.ts). */
  submittable: number;
}

type Client = PrismaClient | Prisma.TransactionClient;

function empty(): JobTallies {
  return {
    byStatus: Object.fromEntries(PIPELINE_STATUSES.map((s) => [s, 0])) as Record<PipelineStatusValue, number>,
    byDecision: {},
    byScore: new Map(),
    byScoreDecision: new Map(),
    byVersion: new Map(),
    submittable: 0,
  };
}

function addScore(t: JobTallies, score: number, decision: string, n: number) {
  t.byScore.set(score, (t.byScore.get(score) ?? 0) + n);
  const split = t.byScoreDecision.get(score) ?? {};
  split[decision] = (split[decision] ?? 0) + n;
  t.byScoreDecision.set(score, split);
}

/** The job's tallies from JobCount, scoped by org (a job id of another org reads as empty). */
export async function readJobTallies(client: Client, orgId: string, jobId: string): Promise<JobTallies> {
  // Raw: the status poll reads this every few seconds per open ranking (a model query with the
  // org's join compiled to two statements).
  const rows = await client.$queryRaw<{ key: string; n: number }[]>`
    SELECT c."key", c."n" FROM "JobCount" c JOIN "Job" j ON j."id" = c."jobId" AND j."orgId" = ${orgId}
    WHERE c."jobId" = ${jobId} AND c."n" <> 0`;
  const t = empty();
  for (const { key, n: count } of rows) {
    // PostgreSQL's raw integers may come back as bigint.
    const n = Number(count);
    const i = key.indexOf(":");
    const kind = key.slice(0, i);
    const value = key.slice(i + 1);
    if (kind === "status") t.byStatus[value as PipelineStatusValue] = n;
    else if (kind === "decision") t.byDecision[value] = n;
    else if (kind === "score") {
      // score:<0-10>:<decision>
      const [score, decision] = value.split(":");
      addScore(t, Number(score), decision!, n);
    } else if (kind === "version") t.byVersion.set(value, n);
    else if (kind === "submittable") t.submittable = n;
  }
  return t;
}

/** The same tallies counted from the applications (cost grows with the job: tests and repair only). */
export async function recountJob(client: Client, orgId: string, jobId: string): Promise<JobTallies> {
  const where = { orgId, jobId };
  const [status, decision, score, version, submittable] = await Promise.all([
    client.application.groupBy({ by: ["pipelineStatus"], where, _count: { _all: true } }),
    client.application.groupBy({ by: ["decision"], where, _count: { _all: true } }),
    client.application.groupBy({
      by: ["currentScore", "decision"],
      where: { ...where, currentScore: { not: null } },
      _count: { _all: true },
    }),
    client.application.groupBy({
      by: ["currentCriteriaVersionNovaId"],
      where: { ...where, currentCriteriaVersionNovaId: { not: null } },
      _count: { _all: true },
    }),
    client.application.count({ where: { AND: [where, submittableWhere] } }),
  ]);
  const t = empty();
  for (const g of status) t.byStatus[g.pipelineStatus] = g._count._all;
  for (const g of decision) t.byDecision[g.decision] = g._count._all;
  for (const g of score) addScore(t, g.currentScore!, g.decision, g._count._all);
  for (const g of version) t.byVersion.set(g.currentCriteriaVersionNovaId!, g._count._all);
  t.submittable = submittable;
  return t;
}

export function totalOf(t: JobTallies): number {
  return PIPELINE_STATUSES.reduce((n, s) => n + t.byStatus[s], 0);
}

/** Scored on a criteria version other than the active one (lib/applications/stale.ts). */
export function staleOf(t: JobTallies, activeNovaId: string | null): number {
  if (!activeNovaId) return 0;
  let n = 0;
  for (const [version, count] of t.byVersion) if (version !== activeNovaId) n += count;
  return n;
}

export function decisionOf(t: JobTallies, d: DecisionValue): number {
  return t.byDecision[d] ?? 0;
}
