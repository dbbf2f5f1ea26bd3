import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getOrgContext } from "@/lib/auth/context";
import { getJob } from "@/lib/jobs/queries";
import { getJobStatus } from "@/lib/applications/queries";
import { Notice } from "@/components/ui/notice";
import { JobHeader } from "@/components/jobs/job-header";
import { JobStatusPoller } from "@/components/ranking/job-status-poller";
import { AddCandidates } from "./add-candidates";

export const metadata: Metadata = { title: "Add candidates" };

export default async function AddCandidatesPage({ params }: { params: Promise<{ jobId: string }> }) {
  const { jobId } = await params;
  const ctx = await getOrgContext();
  if (!ctx) redirect(`/sign-in?callbackUrl=/jobs/${jobId}/candidates/new`);
  const job = await getJob(ctx.actor.orgId, jobId);
  if (!job) notFound();
  // Bulk submissions started here (CSV import, "submit now") keep showing their progress,
  // read from the database, even after a reload.
  const status = await getJobStatus(ctx.actor.orgId, jobId, job.activeVersion?.novaId ?? null);
  return (
    <>
      <JobHeader job={job} current="add" />
      <JobStatusPoller jobId={jobId} initial={status} />
      {!job.activeVersion ? (
        <Notice tone="warning" className="mb-4">
          This job has no criteria yet: you can add candidates now, but they can only be scored once{" "}
          <Link href={`/jobs/${jobId}/criteria`} className="font-medium underline">
            criteria exist
          </Link>
          .
        </Notice>
      ) : null}
      <AddCandidates jobId={jobId} canScore={Boolean(job.activeVersion)} />
    </>
  );
}
