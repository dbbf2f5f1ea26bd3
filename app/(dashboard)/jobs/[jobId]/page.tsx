import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getOrgContext, requirePageContext } from "@/lib/auth/context";
import { hasRole } from "@/lib/auth/roles";
import { getJob } from "@/lib/jobs/queries";
import { getJobStatus, getRankingPage } from "@/lib/applications/queries";
import { versionNumbers } from "@/lib/criteria/queries";
import { hasActiveFilters, parseRankingFilters } from "@/lib/applications/ranking-filters";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, Notice } from "@/components/ui/notice";
import { JobHeader } from "@/components/jobs/job-header";
import { JobStatusPoller } from "@/components/ranking/job-status-poller";
import { JobBulkActions } from "@/components/ranking/job-bulk-actions";
import { RankingFiltersForm } from "@/components/ranking/ranking-filters-form";
import { RankingList } from "@/components/ranking/ranking-list";
import { Pagination } from "@/components/ranking/pagination";
import { getScoreDistribution } from "@/lib/applications/distribution";
import { ScoreDistribution } from "@/components/views/score-distribution";
import { getHideIdentities } from "@/lib/blind/prefs";
import { maybeBlind } from "@/lib/blind/apply";
import { listJobHiringManagers, listOrgHiringManagers } from "@/lib/jobs/access";
import { JobHiringManagers } from "@/components/views/job-hiring-managers";

type Props = {
  params: Promise<{ jobId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const ctx = await getOrgContext();
  const job = ctx ? await getJob(ctx.actor.orgId, (await params).jobId) : null;
  return { title: job ? `${job.title} · Ranking` : "Job" };
}

export default async function JobRankingPage({ params, searchParams }: Props) {
  const { jobId } = await params;
  const ctx = await requirePageContext("HIRING_MANAGER");
  const job = await getJob(ctx.actor.orgId, jobId);
  if (!job) notFound();
  const filters = parseRankingFilters(await searchParams);
  const activeNovaId = job.activeVersion?.novaId ?? null;
  const [ranking, status, versions] = await Promise.all([
    getRankingPage(ctx.actor.orgId, jobId, activeNovaId, filters),
    getJobStatus(ctx.actor.orgId, jobId, activeNovaId),
    versionNumbers(ctx.actor.orgId, jobId),
  ]);
  const isAdmin = hasRole(ctx.actor.role, "ADMIN");
  const [hideIdentities, hiringManagers] = await Promise.all([
    getHideIdentities(ctx.actor.userId),
    isAdmin
      ? Promise.all([listJobHiringManagers(ctx.actor.orgId, jobId), listOrgHiringManagers(ctx.actor.orgId)])
      : null,
  ]);
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
  ];

  return (
    <>
      <JobHeader
        job={job}
        current="ranking"
        actions={
          <JobBulkActions jobId={jobId} notSubmitted={counts.notSubmitted} stale={counts.stale} isAdmin={isAdmin} />
        }
      />
      {!job.activeVersion ? (
        <Notice tone="warning" className="mb-4">
          This job has no scoring criteria yet, so Nova cannot score its candidates.{" "}
          <Link href={`/jobs/${jobId}/criteria`} className="font-medium underline">
            Generate criteria
          </Link>
        </Notice>
      ) : null}
      <dl className="mb-4 grid grid-cols-3 gap-2 sm:grid-cols-6" aria-label="Pipeline">
        {summary.map(([label, n]) => (
          <div key={label} className="rounded-md border border-slate-200 bg-white px-3 py-2">
            <dt className="text-xs text-slate-600">{label}</dt>
            <dd
              className="text-lg font-semibold tabular-nums text-slate-900"
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
            <Link href={`/jobs/${jobId}/candidates/new`} className={buttonClass()}>
              Add candidates
            </Link>
          }
        >
          Upload resumes, paste one, or import a CSV. Nova scores each one against this job’s criteria.
        </EmptyState>
      ) : (
        <>
          <ScoreDistribution distribution={distribution} threshold={filters.minScore} />
          <RankingFiltersForm jobId={jobId} filters={filters} />
          {ranking.rows.length === 0 ? (
            <EmptyState title="No candidates match these filters">
              {hasActiveFilters(filters) ? "Try a wider score range or another status." : null}
            </EmptyState>
          ) : (
            <RankingList
              jobId={jobId}
              isAdmin={isAdmin}
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
                })),
              )}
            />
          )}
          <Pagination
            jobId={jobId}
            filters={filters}
            page={ranking.page}
            pageCount={ranking.pageCount}
            total={ranking.total}
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
