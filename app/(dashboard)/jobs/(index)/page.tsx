import type { Metadata } from "next";
import Link from "next/link";
import { requirePageContext } from "@/lib/auth/context";
import { listJobsWithStats, type JobListItem } from "@/lib/jobs/queries";
import { visibleJobIds } from "@/lib/jobs/access";
import { buttonClass } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Time } from "@/components/ui/time";
import { scoreBand } from "@/lib/nova/bands";

export const metadata: Metadata = { title: "Jobs" };

export default async function JobsPage() {
  const ctx = await requirePageContext("HIRING_MANAGER");
  const jobs = await listJobsWithStats(ctx.actor.orgId, (await visibleJobIds(ctx.actor)) ?? undefined);
  const newJob = (
    <Link href="/jobs/new" className={buttonClass()}>
      New job
    </Link>
  );
  return (
    <>
      <PageHeader
        title="Jobs"
        description="Each job ranks its candidates by Nova's score."
        actions={jobs.length ? newJob : undefined}
      />
      {jobs.length === 0 ? (
        <EmptyState title="No jobs yet" action={newJob}>
          Create a job, let Nova draft its criteria, then add candidates to see them ranked.
        </EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3" aria-label="Jobs">
          {jobs.map((job) => (
            <JobCard key={job.id} job={job} />
          ))}
        </ul>
      )}
    </>
  );
}

function JobCard({ job }: { job: JobListItem }) {
  const stats: [string, number][] = [
    ["Candidates", job.counts.total],
    ["Scored", job.counts.scored],
    ["Pending", job.counts.pending],
    ["Failed", job.counts.failed],
  ];
  return (
    <li
      className="relative flex flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm focus-within:ring-2 focus-within:ring-brand-500 hover:border-brand-500 sm:p-5"
      data-testid="job-card"
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 className="truncate text-base font-semibold text-slate-900">
            {/* The stretched link makes the whole card clickable with one tab stop. */}
            <Link href={`/jobs/${job.id}`} className="after:absolute after:inset-0 focus-visible:outline-none">
              {job.title}
            </Link>
          </h2>
          <p className="truncate text-sm text-slate-600">{job.company}</p>
        </div>
        <div className="flex shrink-0 flex-col items-end gap-1">
          {job.status === "CLOSED" ? <Badge>Closed</Badge> : null}
          {!job.hasCriteria ? <Badge tone="warning">No criteria yet</Badge> : null}
        </div>
      </div>
      <dl className="mt-4 grid grid-cols-4 gap-2 text-center">
        {stats.map(([label, n]) => (
          <div key={label} className="rounded-md bg-slate-50 px-1 py-2">
            <dt className="text-[11px] font-medium uppercase tracking-wide text-slate-600">{label}</dt>
            <dd className="text-lg font-semibold tabular-nums text-slate-900">{n}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-4 flex items-center justify-between gap-2 text-xs text-slate-600">
        <span>
          Top score:{" "}
          {job.topScore !== null ? (
            <strong className="text-slate-900">
              {job.topScore} · {scoreBand(job.topScore).label}
            </strong>
          ) : (
            "—"
          )}
        </span>
        <span>
          Active <Time date={job.lastActivity} withTime={false} />
        </span>
      </div>
    </li>
  );
}
