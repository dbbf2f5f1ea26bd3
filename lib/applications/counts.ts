import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { DecisionValue } from "@/lib/review/labels";
import { PIPELINE_STATUSES, type PipelineStatusValue } from "./ranking-filters";

/**
 * A job's tallies: applications by pipeline status, by decision, by score and by the criteria
 * version their score used. Read from JobCount (a handful of rows, whatever the job's size),
 * which database triggers keep in step with every write to Application in the writer's own
 * transaction (prisma/triggers/*.sql, docs/decisions/022). `recountJob` derives the same shape
 * from the applications themselves: the definition the tallies are tested against.
 */
export interface JobTallies {
  byStatus: Record<PipelineStatusValue, number>;
  byDecision: Record<string, number>;
  /** Score (0–10) → applications with that current score. */
  byScore: Map<number, number>;
  /** Criteria version Nova id → applications whose current score used it. */
  byVersion: Map<string, number>;
}

type Client = PrismaClient | Prisma.TransactionClient;

function empty(): JobTallies {
  return {
    byStatus: Object.fromEntries(PIPELINE_STATUSES.map((s) => [s, 0])) as Record<PipelineStatusValue, number>,
    byDecision: {},
    byScore: new Map(),
    byVersion: new Map(),
  };
}

/** The job's tallies from JobCount, scoped by org (a job id of another org reads as empty). */
export async function readJobTallies(client: Client, orgId: string, jobId: string): Promise<JobTallies> {
  const rows = await client.jobCount.findMany({
    where: { jobId, job: { orgId }, n: { not: 0 } },
    select: { key: true, n: true },
  });
  const t = empty();
  for (const { key, n } of rows) {
    const i = key.indexOf(":");
    const kind = key.slice(0, i);
    const value = key.slice(i + 1);
    if (kind === "status") t.byStatus[value as PipelineStatusValue] = n;
    else if (kind === "decision") t.byDecision[value] = n;
    else if (kind === "score") t.byScore.set(Number(value), n);
    else if (kind === "version") t.byVersion.set(value, n);
  }
  return t;
}

/** The same tallies counted from the applications (cost grows with the job: tests and repair only). */
export async function recountJob(client: Client, orgId: string, jobId: string): Promise<JobTallies> {
  const where = { orgId, jobId };
  const [status, decision, score, version] = await Promise.all([
    client.application.groupBy({ by: ["pipelineStatus"], where, _count: { _all: true } }),
    client.application.groupBy({ by: ["decision"], where, _count: { _all: true } }),
    client.application.groupBy({
      by: ["currentScore"],
      where: { ...where, currentScore: { not: null } },
      _count: { _all: true },
    }),
    client.application.groupBy({
      by: ["currentCriteriaVersionNovaId"],
      where: { ...where, currentCriteriaVersionNovaId: { not: null } },
      _count: { _all: true },
    }),
  ]);
  const t = empty();
  for (const g of status) t.byStatus[g.pipelineStatus] = g._count._all;
  for (const g of decision) t.byDecision[g.decision] = g._count._all;
  for (const g of score) t.byScore.set(g.currentScore!, g._count._all);
  for (const g of version) t.byVersion.set(g.currentCriteriaVersionNovaId!, g._count._all);
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
