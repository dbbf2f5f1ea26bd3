import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DecisionValue, RejectReasonValue } from "@/lib/review/labels";
import { containsIgnoringCase, descNullsLast } from "@/lib/db-provider";
import { searchTerm } from "./search-text";
import { looksLikeContact } from "@/lib/blind/alias";
import type { JobStatusResponse, StatusCounts } from "./job-status";
import { UNFINISHED_STATUSES } from "@/lib/scoring/operations";
import { isStale, staleWhere } from "./stale";
import { ranker, scoreGroupsOf } from "./rank";
import { readJobTallies, staleOf, totalOf, type JobTallies } from "./counts";
import { hasActiveFilters, PAGE_SIZE, type PipelineStatusValue, type RankingFilters } from "./ranking-filters";

/** Reads for the ranking, the candidate page and the status poll. Every `where` has the org. */

/**
 * The job's tallies, read once per request: the ranking page's total and ranks, its summary,
 * decision counts and histogram all come from the same few JobCount rows. Only pages and the
 * status route read through this (React's cache is per render; a route handler reads afresh):
 * code that writes reads `readJobTallies` in its own transaction.
 */
export const getJobTallies = cache((orgId: string, jobId: string): Promise<JobTallies> =>
  readJobTallies(db, orgId, jobId),
);

export interface Assessment {
  verdict: string;
  strengths: string[];
  concerns: string[];
  interviewFocus: string[];
}

export interface RankingRow {
  id: string;
  candidateName: string;
  candidateEmail: string | null;
  pipelineStatus: PipelineStatusValue;
  errorMessage: string | null;
  score: number | null;
  /** Competition rank among scored candidates of the whole job (ties share a rank). */
  rank: number | null;
  criteriaVersionNovaId: string | null;
  stale: boolean;
  submittedAt: Date | null;
  assessment: Assessment | null;
  decision: DecisionValue;
  rejectReason: RejectReasonValue | null;
  rejectReasonText: string | null;
  decidedCriteriaVersionNovaId: string | null;
  /** Decided on a score from a criteria version other than the active one. */
  decidedOnStale: boolean;
  noteCount: number;
}

export interface RankingPage {
  rows: RankingRow[];
  total: number;
  page: number;
  pageCount: number;
}

/** Scoring jobs keep strengths/concerns/interviewFocus as JSON strings; tolerate bad rows. */
export function parseList(json: string | null | undefined): string[] {
  if (!json) return [];
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

function toAssessment(
  job:
    | { verdict: string | null; strengths: string | null; concerns: string | null; interviewFocus: string | null }
    | undefined,
): Assessment | null {
  if (!job?.verdict) return null;
  return {
    verdict: job.verdict,
    strengths: parseList(job.strengths),
    concerns: parseList(job.concerns),
    interviewFocus: parseList(job.interviewFocus),
  };
}

export function rankingWhere(
  orgId: string,
  jobId: string,
  activeNovaId: string | null,
  f: RankingFilters,
  { blind = false }: { blind?: boolean } = {},
): Prisma.ApplicationWhereInput {
  const and: Prisma.ApplicationWhereInput[] = [{ orgId, jobId }];
  if (f.minScore !== null || f.maxScore !== null) {
    and.push({
      currentScore: {
        ...(f.minScore !== null ? { gte: f.minScore } : {}),
        ...(f.maxScore !== null ? { lte: f.maxScore } : {}),
      },
    });
  }
  if (f.statuses.length) and.push({ pipelineStatus: { in: f.statuses } });
  if (f.staleOnly) and.push(staleWhere(activeNovaId));
  if (f.decisions.length) and.push({ decision: { in: f.decisions } });
  // Under blind review the search must not reveal who is who (ADR 038): see blindSearchWhere.
  if (f.q && blind) and.push(blindSearchWhere(f.q));
  // Name, email and resume text (searchText is lower-cased at write time, see search-text.ts);
  // name and email also directly, for rows written before searchText existed or by hand.
  else if (f.q)
    and.push({
      OR: [
        { searchText: { contains: searchTerm(f.q) } },
        { candidateName: containsIgnoringCase(f.q) },
        { candidateEmail: containsIgnoringCase(f.q) },
      ],
    });
  return { AND: and };
}

/**
 * Search under `Hide identities`: resume text only, never name or email. A row whose name or
 * email contains the term is left out even when its resume text matches too (a resume usually
 * opens with the name), so typing a name finds nobody; terms shaped like an email, phone number
 * or link find nobody either (the resume text shown is redacted of them). Whitespace is
 * flattened so a term cannot span searchText's name and email lines.
 */
function blindSearchWhere(q: string): Prisma.ApplicationWhereInput {
  const term = q.replace(/\s+/g, " ");
  if (looksLikeContact(term)) return { id: { in: [] } };
  return {
    searchText: { contains: searchTerm(term) },
    NOT: { candidateName: containsIgnoringCase(term) },
    OR: [{ candidateEmail: null }, { NOT: { candidateEmail: containsIgnoringCase(term) } }],
  };
}

/** One column of the ranking's order; `nullsLast` (descending only) where the order asks for it explicitly. */
export interface RankingKey {
  field: "currentScore" | "submittedAt" | "createdAt" | "candidateName" | "id";
  dir: "asc" | "desc";
  /** The column may be NULL (its rows then sort together, at one end). */
  nullable?: boolean;
  nullsLast?: boolean;
}

const RANKING_KEYS: Record<RankingFilters["sort"], RankingKey[]> = {
  // Matches the (jobId, currentScore DESC, submittedAt, createdAt, id) index; unscored rows sink
  // (descNullsLast); ties go to whoever applied first.
  score: [
    { field: "currentScore", dir: "desc", nullable: true, nullsLast: true },
    { field: "submittedAt", dir: "asc", nullable: true },
    { field: "createdAt", dir: "asc" },
    { field: "id", dir: "asc" },
  ],
  newest: [
    { field: "createdAt", dir: "desc" },
    { field: "id", dir: "asc" },
  ],
  name: [
    { field: "candidateName", dir: "asc" },
    { field: "id", dir: "asc" },
  ],
};

/**
 * The ranking's order as columns. Under `Hide identities` "name" orders by id instead: sorting by
 * the hidden names would let a reviewer tell candidates apart by their place in the list (an
 * alias is a hash of the id, so id order says nothing about who is who).
 */
export function rankingKeys(sort: RankingFilters["sort"], { blind = false }: { blind?: boolean } = {}): RankingKey[] {
  return blind && sort === "name" ? [{ field: "id", dir: "asc" }] : RANKING_KEYS[sort];
}

/** The ranking's order for Prisma. */
export function rankingOrder(
  sort: RankingFilters["sort"],
  opts: { blind?: boolean } = {},
): Prisma.ApplicationOrderByWithRelationInput[] {
  return rankingKeys(sort, opts).map((k) => ({ [k.field]: k.nullsLast ? descNullsLast() : k.dir }));
}

/**
 * How many candidates the ranking lists. Unfiltered, the job's tally: no count over the whole
 * job for page 1 (or for a candidate page's "n of N").
 */
export async function rankingTotal(
  orgId: string,
  jobId: string,
  f: RankingFilters,
  where: Prisma.ApplicationWhereInput,
): Promise<number> {
  return hasActiveFilters(f) ? db.application.count({ where }) : totalOf(await getJobTallies(orgId, jobId));
}

export async function getRankingPage(
  orgId: string,
  jobId: string,
  activeNovaId: string | null,
  f: RankingFilters,
  opts: { blind?: boolean } = {},
): Promise<RankingPage> {
  const where = rankingWhere(orgId, jobId, activeNovaId, f, opts);
  const tallies = await getJobTallies(orgId, jobId);
  const total = await rankingTotal(orgId, jobId, f, where);
  const rankOf = ranker(scoreGroupsOf(tallies));
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(f.page, pageCount);
  const apps = await db.application.findMany({
    where,
    orderBy: rankingOrder(f.sort, opts),
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: {
      id: true,
      candidateName: true,
      candidateEmail: true,
      pipelineStatus: true,
      errorMessage: true,
      currentScore: true,
      currentCriteriaVersionNovaId: true,
      submittedAt: true,
      decision: true,
      rejectReason: true,
      rejectReasonText: true,
      decidedCriteriaVersionNovaId: true,
      noteCount: true,
      // The newest *completed* attempt carries the assessment shown while a rescore is pending.
      // Ordered as the (applicationId, status, submittedAt DESC) index reads: by submission time
      // alone, SQLite walks the status index over every completed attempt of every job instead.
      scoringJobs: {
        where: { status: "COMPLETED" },
        orderBy: [{ applicationId: "asc" }, { submittedAt: "desc" }],
        take: 1,
        select: { verdict: true, strengths: true, concerns: true, interviewFocus: true },
      },
    },
  });
  return {
    total,
    page,
    pageCount,
    rows: apps.map((a) => ({
      id: a.id,
      candidateName: a.candidateName,
      candidateEmail: a.candidateEmail,
      pipelineStatus: a.pipelineStatus,
      errorMessage: a.errorMessage,
      score: a.currentScore,
      rank: a.currentScore === null ? null : rankOf(a.currentScore),
      criteriaVersionNovaId: a.currentCriteriaVersionNovaId,
      stale: isStale(a.currentCriteriaVersionNovaId, activeNovaId),
      submittedAt: a.submittedAt,
      assessment: toAssessment(a.scoringJobs[0]),
      decision: a.decision,
      rejectReason: a.rejectReason,
      rejectReasonText: a.rejectReasonText,
      decidedCriteriaVersionNovaId: a.decidedCriteriaVersionNovaId,
      decidedOnStale: decidedOnStale(a.decision, a.decidedCriteriaVersionNovaId, activeNovaId),
      noteCount: a.noteCount,
    })),
  };
}

/** A decision taken on a score whose criteria version is no longer the active one. */
export function decidedOnStale(
  decision: DecisionValue,
  decidedNovaId: string | null,
  activeNovaId: string | null,
): boolean {
  return decision !== "UNDECIDED" && activeNovaId !== null && decidedNovaId !== null && decidedNovaId !== activeNovaId;
}

export async function getStatusCounts(
  orgId: string,
  jobId: string,
  activeNovaId: string | null,
): Promise<StatusCounts> {
  const tallies = await getJobTallies(orgId, jobId);
  return {
    total: totalOf(tallies),
    notSubmitted: tallies.byStatus.NOT_SUBMITTED,
    pending: tallies.byStatus.PENDING,
    scored: tallies.byStatus.SCORED,
    failed: tallies.byStatus.FAILED,
    rejected: tallies.byStatus.REJECTED,
    stale: staleOf(tallies, activeNovaId),
    submittable: tallies.submittable,
  };
}

/**
 * Ids still waiting for Nova, capped: the poller only needs to know they exist. The org is
 * checked on the job (one row), not on each application: then the (jobId, pipelineStatus, id)
 * index alone answers, 200 entries in order, without reading 200 application rows.
 */
export async function listPendingIds(orgId: string, jobId: string, limit = 200): Promise<string[]> {
  // Raw: the status poll runs this every few seconds per open ranking, and a model query's
  // compilation cost more than reading the index.
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT a."id" FROM "Application" a JOIN "Job" j ON j."id" = a."jobId" AND j."orgId" = ${orgId}
    WHERE a."jobId" = ${jobId} AND a."pipelineStatus" = 'PENDING'
    ORDER BY a."id" LIMIT ${limit}`;
  return rows.map((r) => r.id);
}

export interface ScoringAttempt {
  id: string;
  status: "PENDING" | "COMPLETED" | "FAILED";
  isRescore: boolean;
  score: number | null;
  criteriaVersionNovaId: string | null;
  submittedAt: Date;
  completedAt: Date | null;
  errorMessage: string | null;
  assessment: Assessment | null;
}

export interface ApplicationDetail {
  id: string;
  jobId: string;
  candidateName: string;
  candidateEmail: string | null;
  pipelineStatus: PipelineStatusValue;
  errorMessage: string | null;
  currentScore: number | null;
  currentCriteriaVersionNovaId: string | null;
  resumeText: string | null;
  resumeFile: { fileName: string; mimeType: string; size: number } | null;
  screeningAnswers: { question: string; answer: string }[];
  coverNote: string | null;
  createdAt: Date;
  submittedAt: Date | null;
  decision: DecisionValue;
  rejectReason: RejectReasonValue | null;
  rejectReasonText: string | null;
  decidedAt: Date | null;
  decidedByName: string | null;
  decidedCriteriaVersionNovaId: string | null;
  /** Decided with Hide identities on. */
  decidedBlind: boolean;
  noteCount: number;
  /** Newest first. */
  attempts: ScoringAttempt[];
}

function parseAnswers(json: string): { question: string; answer: string }[] {
  try {
    const v: unknown = JSON.parse(json);
    if (!Array.isArray(v)) return [];
    return v.flatMap((x: unknown) => {
      if (x && typeof x === "object" && "question" in x && "answer" in x)
        return [{ question: String(x.question), answer: String(x.answer) }];
      return [];
    });
  } catch {
    return [];
  }
}

export async function getApplicationDetail(
  orgId: string,
  jobId: string,
  applicationId: string,
): Promise<ApplicationDetail | null> {
  const a = await db.application.findFirst({
    where: { id: applicationId, jobId, orgId },
    include: {
      resumeFile: { select: { fileName: true, mimeType: true, size: true } },
      scoringJobs: { orderBy: { submittedAt: "desc" } },
    },
  });
  const decidedBy = a?.decidedById
    ? await db.user.findUnique({ where: { id: a.decidedById }, select: { name: true } })
    : null;
  if (!a) return null;
  return {
    id: a.id,
    jobId: a.jobId,
    candidateName: a.candidateName,
    candidateEmail: a.candidateEmail,
    pipelineStatus: a.pipelineStatus,
    errorMessage: a.errorMessage,
    currentScore: a.currentScore,
    currentCriteriaVersionNovaId: a.currentCriteriaVersionNovaId,
    resumeText: a.resumeText,
    resumeFile: a.resumeFile,
    screeningAnswers: parseAnswers(a.screeningAnswers),
    coverNote: a.coverNote,
    createdAt: a.createdAt,
    submittedAt: a.submittedAt,
    decision: a.decision,
    rejectReason: a.rejectReason,
    rejectReasonText: a.rejectReasonText,
    decidedAt: a.decidedAt,
    decidedByName: decidedBy?.name ?? null,
    decidedCriteriaVersionNovaId: a.decidedCriteriaVersionNovaId,
    decidedBlind: a.decidedBlind,
    noteCount: a.noteCount,
    attempts: a.scoringJobs.map((j) => ({
      id: j.id,
      status: j.status,
      isRescore: j.isRescore,
      score: j.score,
      criteriaVersionNovaId: j.criteriaVersionNovaId,
      submittedAt: j.submittedAt,
      completedAt: j.completedAt ?? j.failedAt,
      errorMessage: j.errorMessage,
      assessment: toAssessment(j),
    })),
  };
}

/** How long the progress notice keeps offering a finished rescore's report. */
const RESCORE_NOTICE_MS = 24 * 60 * 60_000;

/**
 * The status poll's body, shared by the route and the page's first render (so progress shows
 * at once after a reload). Operations are the bulk submits/rescores the worker is still sending.
 */
export async function getJobStatus(
  orgId: string,
  jobId: string,
  activeNovaId: string | null,
): Promise<JobStatusResponse> {
  const [counts, pendingIds, operations, lastRescores] = await Promise.all([
    getStatusCounts(orgId, jobId, activeNovaId),
    listPendingIds(orgId, jobId),
    // Raw, as the rest of the poll (the enums compared as text, which both databases accept).
    // Only unfinished operations: a finished one has nothing left to show progress for.
    db.$queryRaw<JobStatusResponse["operations"]>`
      SELECT "id", "kind", "status", "total", "processed", "failed" FROM "Operation"
      WHERE "orgId" = ${orgId} AND "jobId" = ${jobId}
        AND CAST("status" AS TEXT) IN (${Prisma.join(UNFINISHED_STATUSES)})
      ORDER BY "createdAt" ASC LIMIT 10`,
    db.$queryRaw<{ id: string; createdAt: Date }[]>`
      SELECT "id", "createdAt" FROM "Operation"
      WHERE "orgId" = ${orgId} AND "jobId" = ${jobId} AND CAST("kind" AS TEXT) = 'RESCORE'
        AND "createdAt" >= ${new Date(Date.now() - RESCORE_NOTICE_MS)}
      ORDER BY "createdAt" DESC LIMIT 1`,
  ]);
  const [lastRescore] = lastRescores;
  return {
    counts,
    pendingIds,
    operations: operations.map((o) => ({
      ...o,
      total: Number(o.total),
      processed: Number(o.processed),
      failed: Number(o.failed),
    })),
    lastRescore: lastRescore ? { id: lastRescore.id, createdAt: lastRescore.createdAt.toISOString() } : null,
  };
}

export async function getPipelineStatus(orgId: string, applicationId: string) {
  const app = await db.application.findFirst({
    where: { id: applicationId, orgId },
    select: { pipelineStatus: true },
  });
  return app?.pipelineStatus ?? null;
}

/** The uploaded resume of an application of the org, if it has one. */
export async function getResumeFile(orgId: string, applicationId: string) {
  const app = await db.application.findFirst({
    where: { id: applicationId, orgId },
    select: { jobId: true, resumeFile: true },
  });
  return app?.resumeFile ? { ...app.resumeFile, jobId: app.jobId } : null;
}
