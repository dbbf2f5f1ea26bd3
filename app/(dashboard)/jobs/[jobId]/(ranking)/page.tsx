import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getOrgContext, requirePageContext } from "@/lib/auth/context";
import { hasRole } from "@/lib/auth/roles";
import { getJobStatus, getRankingPage } from "@/lib/applications/queries";
import { versionNumbers } from "@/lib/criteria/queries";
import { hasActiveFilters, parseRankingFilters, serializeRankingFilters } from "@/lib/applications/ranking-filters";
import { getDecisionCounts } from "@/lib/review/decisions";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, Notice } from "@/components/ui/notice";
import { JobHeader } from "@/components/jobs/job-header";
import { JobManage } from "@/components/jobs/job-manage";
import { JobStatusPoller } from "@/components/ranking/job-status-poller";
import { JobBulkActions } from "@/components/ranking/job-bulk-actions";
import { RankingFiltersForm } from "@/components/ranking/ranking-filters-form";
import { RankingList } from "@/components/ranking/ranking-list";
import { Pagination } from "@/components/ui/pagination";
import { getScoreDistribution } from "@/lib/applications/distribution";
import { ScoreDistribution } from "@/components/views/score-distribution";
import { getHideIdentities } from "@/lib/blind/prefs";
import { maybeBlind } from "@/lib/blind/apply";
import { getVisibleJob, listJobHiringManagers, listOrgHiringManagers } from "@/lib/jobs/access";
import { JobHiringManagers } from "@/components/views/job-hiring-managers";

type Props = {
  params: Promise<{ jobId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const ctx = await getOrgContext();
  const job = ctx ? await getVisibleJob(ctx.actor, (await params).jobId) : null;
  return { title: job ? `${job.title} · Ranking` : "Job" };
}

export default async function JobRankingPage({ params, searchParams }: Props) {
  const { jobId } = await params;
  const ctx = await requirePageContext("HIRING_MANAGER");
  const job = await getVisibleJob(ctx.actor, jobId);
  if (!job) notFound();
  const filters = parseRankingFilters(await searchParams);
  const activeNovaId = job.activeVersion?.novaId ?? null;
  // Read first: under blind review the search itself must not match names or emails.
  const hideIdentities = await getHideIdentities(ctx.actor.userId);
  const [ranking, status, versions, decisions] = await Promise.all([
    getRankingPage(ctx.actor.orgId, jobId, activeNovaId, filters, { blind: hideIdentities }),
    getJobStatus(ctx.actor.orgId, jobId, activeNovaId),
    versionNumbers(ctx.actor.orgId, jobId),
    getDecisionCounts(ctx.actor.orgId, jobId),
  ]);
  // The list's filters and sort without the page: the candidate page walks the whole list.
  const listQuery = serializeRankingFilters({ ...filters, page: 1 });
  const isAdmin = hasRole(ctx.actor.role, "ADMIN");
  // Hiring managers read, compare and note; submitting, rescoring, deciding and exporting are not
  // theirs (the server refuses them anyway), so those controls are not shown to them.
  const canReview = hasRole(ctx.actor.role, "RECRUITER");
  const hiringManagers = isAdmin
    ? await Promise.all([listJobHiringManagers(ctx.actor.orgId, jobId), listOrgHiringManagers(ctx.actor.orgId)])
    : null;
  const { counts } = status;
  const distribution = await getScoreDistribution(ctx.actor.orgId, jobId, {
    pending: counts.pending,
    failed: counts.failed + counts.rejected,
  });
  const summary: [string, number][] = [
    ["Candidates", counts.total],
    ["Scored", counts.scored],
    ["Pending", counts.pending],
    ["Not submitted", counts.notSubmitted],
    ["Failed", counts.failed + counts.rejected],
    ["Stale", counts.stale],
    ["Advanced", decisions.advanced],
    ["On hold", decisions.onHold],
    ["Rejected", decisions.rejected],
    ["Undecided", decisions.undecided],
  ];

  return (
    <>
      <JobHeader
        job={job}
        current="ranking"
        readOnly={!canReview}
        actions={
          canReview ? (
            <div className="flex flex-col items-start gap-2 sm:items-end">
              <JobManage jobId={jobId} status={job.status} isAdmin={isAdmin} />
              {job.status === "OPEN" ? (
                <JobBulkActions
                  jobId={jobId}
                  notSubmitted={counts.submittable}
                  stale={counts.stale}
                  isAdmin={isAdmin}
                />
              ) : null}
            </div>
          ) : null
        }
      />
      {job.status === "CLOSED" ? (
        <Notice tone="info" className="mb-4">
          This job is closed: it takes no new candidates and Nova no longer scores it. Decisions, notes and the export
          still work.
        </Notice>
      ) : !job.activeVersion && canReview ? (
        <Notice tone="warning" className="mb-4">
          This job has no scoring criteria yet, so Nova cannot score its candidates.{" "}
          <Link href={`/jobs/${jobId}/criteria`} className="font-medium underline">
            Generate criteria
          </Link>
        </Notice>
      ) : null}
      <dl className="mb-4 grid grid-cols-5 gap-1 sm:gap-2 lg:grid-cols-10" aria-label="Pipeline">
        {summary.map(([label, n]) => (
          <div key={label} className="rounded-md border border-slate-200 bg-white px-2 py-1 sm:px-3 sm:py-2">
            <dt className="truncate text-[11px] text-slate-600 sm:text-xs">{label}</dt>
            <dd
              className="text-base font-semibold tabular-nums text-slate-900 sm:text-lg"
              data-testid={`count-${label.toLowerCase().replace(/ /g, "-")}`}
            >
              {n}
            </dd>
          </div>
        ))}
      </dl>
      <JobStatusPoller jobId={jobId} initial={status} />
      {counts.total === 0 ? (
        <EmptyState
          title="No candidates yet"
          action={
            canReview ? (
              <Link href={`/jobs/${jobId}/candidates/new`} className={buttonClass()}>
                Add candidates
              </Link>
            ) : undefined
          }
        >
          {canReview
            ? "Upload resumes, paste one, or import a CSV. Nova scores each one against this job’s criteria."
            : "Candidates appear here once a recruiter adds them."}
        </EmptyState>
      ) : (
        <>
          <ScoreDistribution distribution={distribution} threshold={filters.minScore} />
          <RankingFiltersForm jobId={jobId} filters={filters} blind={hideIdentities} />
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <p className="text-sm text-slate-600" data-testid="match-count">
              {ranking.total} {ranking.total === 1 ? "candidate" : "candidates"}
              {hasActiveFilters(filters) ? " match" : ""}
            </p>
            {/* A plain download: the route streams the whole filtered, sorted list as CSV. */}
            {canReview ? (
              <a href={`/api/jobs/${jobId}/export${listQuery}`} className={buttonClass("secondary", "sm")} download>
                Export CSV
              </a>
            ) : null}
          </div>
          {ranking.rows.length === 0 ? (
            <EmptyState title="No candidates match these filters">
              {hasActiveFilters(filters) ? "Try a wider score range or another status." : null}
            </EmptyState>
          ) : (
            <RankingList
              jobId={jobId}
              isAdmin={isAdmin}
              canReview={canReview}
              listQuery={listQuery}
              rows={maybeBlind(
                hideIdentities,
                ranking.rows.map((r) => ({
                  id: r.id,
                  candidateName: r.candidateName,
                  candidateEmail: r.candidateEmail,
                  pipelineStatus: r.pipelineStatus,
                  errorMessage: r.errorMessage,
                  score: r.score,
                  rank: r.rank,
                  versionNumber: r.criteriaVersionNovaId ? (versions.get(r.criteriaVersionNovaId) ?? null) : null,
                  stale: r.stale,
                  assessment: r.assessment,
                  decision: r.decision,
                  rejectReason: r.rejectReason,
                  rejectReasonText: r.rejectReasonText,
                  decidedOnVersion: r.decidedCriteriaVersionNovaId
                    ? (versions.get(r.decidedCriteriaVersionNovaId) ?? null)
                    : null,
                  decidedOnStale: r.decidedOnStale,
                  noteCount: r.noteCount,
                })),
              )}
            />
          )}
          <Pagination
            page={ranking.page}
            pageCount={ranking.pageCount}
            href={(p) => `/jobs/${jobId}${serializeRankingFilters({ ...filters, page: p })}`}
            summary={`${ranking.total} candidates`}
          />
        </>
      )}
      {hiringManagers ? (
        <JobHiringManagers
          jobId={jobId}
          assigned={hiringManagers[0].map((m) => m.user)}
          candidates={hiringManagers[1].map((m) => m.user)}
        />
      ) : null}
    </>
  );
}
