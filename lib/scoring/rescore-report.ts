import type { Prisma } from "@/lib/db";
import { db } from "@/lib/db";
import { ID_CHUNK } from "@/lib/chunks";
import { ranker, scoreGroups } from "@/lib/applications/rank";
import { candidateAlias } from "@/lib/blind/alias";
import type { OperationStatus } from "@/lib/generated/prisma/enums";

type Tx = Prisma.TransactionClient;
export type RankOf = (score: number) => number;

/**
 * The job's rank function as it stands now (competition rank from the ≤ 11 per-score counts),
 * taken once when a rescore starts queuing so every chunk's snapshot ranks against the same
 * picture.
 */
export async function currentRanker(orgId: string, jobId: string): Promise<RankOf> {
  return ranker(await scoreGroups(orgId, jobId));
}

/**
 * Records the "before" of one queued chunk of a rescore, inside the chunk's own transaction
 * (so every queued application has its snapshot and none without). The chunk is at most
 * ID_CHUNK ids: no unbounded IN list.
 */
export async function snapshotChunk(tx: Tx, operationId: string, ids: string[], rankOf: RankOf): Promise<void> {
  const apps = await tx.application.findMany({
    where: { id: { in: ids } },
    select: { id: true, currentScore: true, currentScoringJobId: true },
  });
  await tx.rescoreSnapshot.createMany({
    data: apps.map((a) => ({
      operationId,
      applicationId: a.id,
      oldScore: a.currentScore,
      oldRank: a.currentScore === null ? null : rankOf(a.currentScore),
      oldScoringJobId: a.currentScoringJobId,
    })),
  });
}

/** One candidate's before and after. */
export interface RescoreMove {
  applicationId: string;
  candidateName: string;
  oldScore: number | null;
  newScore: number | null;
  oldRank: number | null;
  newRank: number | null;
}

export interface RescoreReport {
  operation: {
    id: string;
    jobId: string;
    status: OperationStatus;
    createdAt: Date;
    completedAt: Date | null;
    createdByName: string | null;
  };
  threshold: number;
  /** Candidates the rescore took. */
  total: number;
  up: number;
  down: number;
  unchanged: number;
  /** Not scored again yet: waiting to be sent, or Nova is still scoring. */
  pending: number;
  /** The rescore failed (Nova's error, or it could not be sent). */
  failed: number;
  /** Deleted since the rescore. */
  removed: number;
  /** Every candidate is accounted for: the figures are final. */
  finished: boolean;
  /** Largest score changes first (then the largest rank changes). */
  movers: RescoreMove[];
  crossedUp: RescoreMove[];
  crossedDown: RescoreMove[];
  crossedUpCount: number;
  crossedDownCount: number;
}

export const MOVERS_SHOWN = 10;
export const CROSSERS_SHOWN = 50;

/**
 * The report of a rescore: snapshots are read a page at a time (by the primary key, ID_CHUNK
 * rows), each page's applications with one bounded IN list, so a 10,000-candidate rescore is
 * 20 pairs of small queries. The "after" is the application as it is now; a candidate whose
 * current scoring job is still the one from before has not been rescored yet.
 */
export async function getRescoreReport(
  orgId: string,
  jobId: string,
  operationId: string,
  options: { threshold: number; hideIdentities?: boolean },
): Promise<RescoreReport | null> {
  const op = await db.operation.findFirst({
    where: { id: operationId, orgId, jobId, kind: "RESCORE" },
    select: { id: true, jobId: true, status: true, createdAt: true, completedAt: true, createdById: true },
  });
  if (!op) return null;
  const [rankOf, creator] = await Promise.all([
    currentRanker(orgId, jobId),
    op.createdById ? db.user.findUnique({ where: { id: op.createdById }, select: { name: true } }) : null,
  ]);
  // An operation that finished sending and still shows the old job could not be sent.
  const sendingOver = op.completedAt !== null || op.status === "failed";
  const t = options.threshold;
  const counts = { total: 0, up: 0, down: 0, unchanged: 0, pending: 0, failed: 0, removed: 0 };
  const done: RescoreMove[] = [];
  let after = "";
  for (;;) {
    const snaps = await db.rescoreSnapshot.findMany({
      where: { operationId, applicationId: { gt: after } },
      orderBy: { applicationId: "asc" },
      take: ID_CHUNK,
    });
    if (!snaps.length) break;
    after = snaps[snaps.length - 1]!.applicationId;
    const apps = await db.application.findMany({
      where: { orgId, id: { in: snaps.map((s) => s.applicationId) } },
      select: { id: true, candidateName: true, currentScore: true, currentScoringJobId: true, pipelineStatus: true },
    });
    const byId = new Map(apps.map((a) => [a.id, a]));
    for (const s of snaps) {
      counts.total++;
      const app = byId.get(s.applicationId);
      if (!app) {
        counts.removed++;
        continue;
      }
      if (app.currentScoringJobId === s.oldScoringJobId) {
        if (sendingOver) counts.failed++;
        else counts.pending++;
        continue;
      }
      if (app.pipelineStatus === "PENDING") {
        counts.pending++;
        continue;
      }
      if (app.currentScore === null) {
        counts.failed++;
        continue;
      }
      const move: RescoreMove = {
        applicationId: app.id,
        candidateName: options.hideIdentities ? candidateAlias(app.id) : app.candidateName,
        oldScore: s.oldScore,
        newScore: app.currentScore,
        oldRank: s.oldRank,
        newRank: rankOf(app.currentScore),
      };
      const delta = app.currentScore - (s.oldScore ?? 0);
      if (s.oldScore === null || delta > 0) counts.up++;
      else if (delta < 0) counts.down++;
      else counts.unchanged++;
      done.push(move);
    }
  }
  const scoreDelta = (m: RescoreMove) => Math.abs((m.newScore ?? 0) - (m.oldScore ?? 0));
  const rankDelta = (m: RescoreMove) => Math.abs((m.newRank ?? 0) - (m.oldRank ?? 0));
  const movers = done
    .filter((m) => m.newScore !== m.oldScore)
    .sort(
      (a, b) => scoreDelta(b) - scoreDelta(a) || rankDelta(b) - rankDelta(a) || (a.newRank ?? 0) - (b.newRank ?? 0),
    );
  const byNewScore = (a: RescoreMove, b: RescoreMove) => (b.newScore ?? 0) - (a.newScore ?? 0);
  const crossedUp = done.filter((m) => (m.oldScore ?? 0) < t && (m.newScore ?? 0) >= t).sort(byNewScore);
  const crossedDown = done.filter((m) => m.oldScore !== null && m.oldScore >= t && (m.newScore ?? 0) < t);
  crossedDown.sort((a, b) => (a.newScore ?? 0) - (b.newScore ?? 0));
  return {
    operation: {
      id: op.id,
      jobId: op.jobId,
      status: op.status,
      createdAt: op.createdAt,
      completedAt: op.completedAt,
      createdByName: creator?.name ?? null,
    },
    threshold: t,
    ...counts,
    finished: counts.pending === 0,
    movers: movers.slice(0, MOVERS_SHOWN),
    crossedUp: crossedUp.slice(0, CROSSERS_SHOWN),
    crossedDown: crossedDown.slice(0, CROSSERS_SHOWN),
    crossedUpCount: crossedUp.length,
    crossedDownCount: crossedDown.length,
  };
}

export interface RescoreHistoryRow {
  id: string;
  status: OperationStatus;
  total: number;
  createdAt: Date;
  completedAt: Date | null;
  createdByName: string | null;
  criteriaVersionNovaId: string | null;
}

/** The job's rescores, newest first: the job history's entries that have a report. */
export async function listRescores(orgId: string, jobId: string, take = 50): Promise<RescoreHistoryRow[]> {
  const ops = await db.operation.findMany({
    where: { orgId, jobId, kind: "RESCORE" },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      status: true,
      total: true,
      createdAt: true,
      completedAt: true,
      createdById: true,
      criteriaVersionNovaId: true,
    },
  });
  const userIds = [...new Set(ops.flatMap((o) => (o.createdById ? [o.createdById] : [])))];
  const users = userIds.length
    ? await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })
    : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
  return ops.map(({ createdById, ...o }) => ({
    ...o,
    createdByName: createdById ? (names.get(createdById) ?? null) : null,
  }));
}
