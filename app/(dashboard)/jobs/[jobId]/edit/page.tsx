import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getOrgContext } from "@/lib/auth/context";
import { getJob } from "@/lib/jobs/queries";
import { JobHeader } from "@/components/jobs/job-header";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { EditJobForm } from "./edit-job-form";

export const metadata: Metadata = { title: "Edit job" };

export default async function EditJobPage({ params }: { params: Promise<{ jobId: string }> }) {
  const { jobId } = await params;
  const ctx = await getOrgContext();
  if (!ctx) redirect(`/sign-in?callbackUrl=/jobs/${jobId}/edit`);
  // The layout answered 404 for a missing job.
  const job = (await getJob(ctx.actor.orgId, jobId))!;
  return (
    <>
      <JobHeader job={job} current={null} />
      <Card className="max-w-3xl">
        <h2 className="mb-4 text-base font-semibold text-slate-900">Job details</h2>
        {job.status === "CLOSED" ? (
          <Notice tone="warning">This job is closed. Reopen it to change its details.</Notice>
        ) : (
          <EditJobForm
            jobId={jobId}
            initial={{
              title: job.title,
              company: job.company,
              description: job.description,
              roleKnowledge: job.roleKnowledge ?? "",
            }}
          />
        )}
      </Card>
    </>
  );
}
