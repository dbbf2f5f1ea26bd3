import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageContext } from "@/lib/auth/context";
import { getJob } from "@/lib/jobs/queries";
import { getJobStatus } from "@/lib/applications/queries";
import { getHideIdentities } from "@/lib/blind/prefs";
import { getRescoreReport } from "@/lib/scoring/rescore-report";
import { reportThreshold } from "@/components/views/report-threshold";
import { JobHeader } from "@/components/jobs/job-header";
import { JobStatusPoller } from "@/components/ranking/job-status-poller";
import { RescoreReportView } from "@/components/views/rescore-report";

export const metadata: Metadata = { title: "Rescore report" };

type Props = {
  params: Promise<{ jobId: string; operationId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function RescoreReportPage({ params, searchParams }: Props) {
  const { jobId, operationId } = await params;
  const ctx = await requirePageContext();
  const job = await getJob(ctx.actor.orgId, jobId);
  if (!job) notFound();
  const threshold = reportThreshold((await searchParams).threshold);
  const [report, status] = await Promise.all([
    getRescoreReport(ctx.actor.orgId, jobId, operationId, {
      threshold,
      hideIdentities: await getHideIdentities(ctx.actor.userId),
    }),
    getJobStatus(ctx.actor.orgId, jobId, job.activeVersion?.novaId ?? null),
  ]);
  if (!report) notFound();
  return (
    <>
      <JobHeader job={job} current="history" />
      <nav aria-label="Back" className="mb-3 text-sm">
        <Link href={`/jobs/${jobId}/history`} className="text-brand-700 underline">
          All rescores of this job
        </Link>
      </nav>
      {/* Refreshes this page as the rescored candidates' results arrive. */}
      <JobStatusPoller jobId={jobId} initial={status} silent />
      <RescoreReportView report={report} jobId={jobId} />
    </>
  );
}
