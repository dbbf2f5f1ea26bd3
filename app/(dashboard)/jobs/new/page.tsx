import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getOrgContext } from "@/lib/auth/context";
import { getJob } from "@/lib/jobs/queries";
import { PageHeader } from "@/components/ui/page-header";
import { NewJobFlow } from "./new-job-flow";

export const metadata: Metadata = { title: "New job" };

/** `?job=` resumes a draft after a reload: the job is stored before criteria are generated. */
export default async function NewJobPage({ searchParams }: { searchParams: Promise<{ job?: string }> }) {
  const ctx = await getOrgContext();
  if (!ctx) redirect("/sign-in?callbackUrl=/jobs/new");
  const { job: draftId } = await searchParams;
  const draft = draftId ? await getJob(ctx.actor.orgId, draftId) : null;
  if (draft?.activeVersion) redirect(`/jobs/${draft.id}`);
  return (
    <>
      <PageHeader
        title="New job"
        description="Describe the role; Nova turns it into scoring criteria you can review before saving."
      />
      <NewJobFlow
        initial={
          draft
            ? {
                jobId: draft.id,
                title: draft.title,
                company: draft.company,
                description: draft.description,
                roleKnowledge: draft.roleKnowledge ?? "",
              }
            : undefined
        }
      />
    </>
  );
}
