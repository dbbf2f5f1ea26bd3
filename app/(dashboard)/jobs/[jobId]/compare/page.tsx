import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getOrgContext } from "@/lib/auth/context";
import { UserError } from "@/lib/errors";
import { getJob } from "@/lib/jobs/queries";
import { versionNumbers } from "@/lib/criteria/queries";
import { getComparison, parseCompareIds, type ComparedCandidate } from "@/lib/applications/compare";
import { JobHeader } from "@/components/jobs/job-header";
import { Notice } from "@/components/ui/notice";
import { CompareTable } from "@/components/views/compare-table";

type Props = {
  params: Promise<{ jobId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: "Compare candidates" };

export default async function ComparePage({ params, searchParams }: Props) {
  const { jobId } = await params;
  const ids = parseCompareIds((await searchParams).ids);
  const ctx = await getOrgContext();
  if (!ctx) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/jobs/${jobId}/compare?ids=${ids.join(",")}`)}`);
  const job = await getJob(ctx.actor.orgId, jobId);
  if (!job) notFound();

  let candidates: ComparedCandidate[] = [];
  let problem: string | null = null;
  try {
    candidates = await getComparison(ctx.actor.orgId, jobId, job.activeVersion?.novaId ?? null, ids);
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    problem = err.message;
  }
  const versions = await versionNumbers(ctx.actor.orgId, jobId);
  const columns = candidates.map((c) => ({
    ...c,
    label: c.candidateName,
    versionNumber: c.criteriaVersionNovaId ? (versions.get(c.criteriaVersionNovaId) ?? null) : null,
  }));

  return (
    <>
      <JobHeader job={job} current={null} />
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold text-slate-900">
          Compare {columns.length ? `${columns.length} candidates` : "candidates"}
        </h2>
        <Link href={`/jobs/${jobId}`} className="text-sm font-medium text-brand-700 underline">
          Back to the ranking
        </Link>
      </div>
      {problem ? (
        <Notice tone="warning">{problem} Select 2–4 candidates on the ranking and choose Compare.</Notice>
      ) : (
        <CompareTable jobId={jobId} columns={columns} />
      )}
    </>
  );
}
