import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requirePageContext } from "@/lib/auth/context";
import { getJob } from "@/lib/jobs/queries";
import { getDraftCriteria } from "@/lib/criteria/queries";
import { PageHeader } from "@/components/ui/page-header";
import { NewJobFlow } from "./new-job-flow";

export const metadata: Metadata = { title: "New job" };

/**
 * `?job=` resumes a draft after a reload: the job is stored before criteria are generated, and
 * generated criteria stay a draft (not the job's criteria) until the recruiter saves them, so a
 * reload returns to the review step. Only a job whose criteria were saved moves on to its page.
 */
export default async function NewJobPage({ searchParams }: { searchParams: Promise<{ job?: string }> }) {
  const ctx = await requirePageContext();
  const { job: draftId } = await searchParams;
  const draft = draftId ? await getJob(ctx.actor.orgId, draftId) : null;
  if (draft?.activeVersion) redirect(`/jobs/${draft.id}`);
  const draftCriteria = draft ? await getDraftCriteria(ctx.actor.orgId, draft.id) : null;
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
        draftCriteria={draftCriteria?.map((c) => ({ id: c.novaId, text: c.text, importance: c.importance }))}
      />
    </>
  );
}
