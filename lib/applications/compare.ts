import "server-only";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { parseList, type Assessment } from "./queries";
import type { PipelineStatusValue } from "./ranking-filters";
import { isStale } from "./stale";
import { ranker, scoreGroups } from "./rank";
import { extractKeyFacts, type KeyFacts } from "./key-facts";
import type { DecisionValue, RejectReasonValue } from "@/lib/review/labels";

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

export interface ComparedCandidate {
  id: string;
  candidateName: string;
  candidateEmail: string | null;
  resumeFileName: string | null;
  resumeText: string | null;
  pipelineStatus: PipelineStatusValue;
  score: number | null;
  rank: number | null;
  criteriaVersionNovaId: string | null;
  stale: boolean;
  assessment: Assessment | null;
  facts: KeyFacts;
  decision: DecisionValue;
  rejectReason: RejectReasonValue | null;
  rejectReasonText: string | null;
}

/** `?ids=a,b,c` (or repeated `ids=`) → 2–4 distinct ids, in the order given. */
export function parseCompareIds(raw: string | string[] | undefined): string[] {
  const list = (Array.isArray(raw) ? raw : [raw ?? ""]).flatMap((v) => v.split(","));
  return [...new Set(list.map((s) => s.trim()).filter(Boolean))];
}

/**
 * The candidates to put side by side, in the order asked for. Refuses (with a message, not a
 * 500) fewer than two, more than four, or any id that is not an application of this job.
 */
export async function getComparison(
  orgId: string,
  jobId: string,
  activeNovaId: string | null,
  ids: string[],
): Promise<ComparedCandidate[]> {
  if (ids.length < COMPARE_MIN) throw new UserError("Select at least two candidates to compare.");
  if (ids.length > COMPARE_MAX) throw new UserError(`Compare at most ${COMPARE_MAX} candidates at a time.`);
  const [apps, groups] = await Promise.all([
    db.application.findMany({
      where: { orgId, jobId, id: { in: ids } },
      select: {
        id: true,
        candidateName: true,
        candidateEmail: true,
        resumeText: true,
        resumeFile: { select: { fileName: true } },
        pipelineStatus: true,
        currentScore: true,
        currentCriteriaVersionNovaId: true,
        decision: true,
        rejectReason: true,
        rejectReasonText: true,
        scoringJobs: {
          where: { status: "COMPLETED" },
          orderBy: { submittedAt: "desc" },
          take: 1,
          select: { verdict: true, strengths: true, concerns: true, interviewFocus: true },
        },
      },
    }),
    scoreGroups(orgId, jobId),
  ]);
  if (apps.length !== ids.length) throw new UserError("Some of these candidates are not in this job.", "NOT_FOUND");
  const rankOf = ranker(groups);
  const byId = new Map(apps.map((a) => [a.id, a]));
  return ids.map((id) => {
    const a = byId.get(id)!;
    const sj = a.scoringJobs[0];
    const assessment: Assessment | null = sj?.verdict
      ? {
          verdict: sj.verdict,
          strengths: parseList(sj.strengths),
          concerns: parseList(sj.concerns),
          interviewFocus: parseList(sj.interviewFocus),
        }
      : null;
    const quoted = assessment
      ? [assessment.verdict, ...assessment.strengths, ...assessment.concerns, ...assessment.interviewFocus].join("\n")
      : "";
    return {
      id: a.id,
      candidateName: a.candidateName,
      candidateEmail: a.candidateEmail,
      resumeFileName: a.resumeFile?.fileName ?? null,
      resumeText: a.resumeText,
      pipelineStatus: a.pipelineStatus,
      score: a.currentScore,
      rank: a.currentScore === null ? null : rankOf(a.currentScore),
      criteriaVersionNovaId: a.currentCriteriaVersionNovaId,
      stale: isStale(a.currentCriteriaVersionNovaId, activeNovaId),
      assessment,
      facts: extractKeyFacts(a.resumeText, quoted),
      decision: a.decision,
      rejectReason: a.rejectReason,
      rejectReasonText: a.rejectReasonText,
    };
  });
}
