import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageContext } from "@/lib/auth/context";
import { UserError } from "@/lib/errors";
import { getVisibleJob } from "@/lib/jobs/access";
import { versionNumbers } from "@/lib/criteria/queries";
import { getComparison, parseCompareIds, type ComparedCandidate } from "@/lib/applications/compare";
import { JobHeader } from "@/components/jobs/job-header";
import { Notice } from "@/components/ui/notice";
import { CompareTable } from "@/components/views/compare-table";
import { getHideIdentities } from "@/lib/blind/prefs";
import { maybeBlind } from "@/lib/blind/apply";
import { candidateAlias, redactAll, redactIdentity } from "@/lib/blind/alias";
import { hasRole } from "@/lib/auth/roles";
import { CompareDecision } from "@/components/review/compare-decision";

type Props = {
  params: Promise<{ jobId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: "Compare candidates" };

export default async function ComparePage({ params, searchParams }: Props) {
  const { jobId } = await params;
  const ids = parseCompareIds((await searchParams).ids);
  const ctx = await requirePageContext("HIRING_MANAGER");
  const job = await getVisibleJob(ctx.actor, jobId);
  if (!job) notFound();

  let candidates: ComparedCandidate[] = [];
  let problem: string | null = null;
  try {
    candidates = await getComparison(ctx.actor.orgId, jobId, job.activeVersion?.novaId ?? null, ids);
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    problem = err.message;
  }
  const [versions, hideIdentities] = await Promise.all([
    versionNumbers(ctx.actor.orgId, jobId),
    getHideIdentities(ctx.actor.userId),
  ]);
  // Facts were read from the resume: redact them with the real name before it is replaced.
  const visible = hideIdentities
    ? candidates.map((c) => {
        const who = { name: c.candidateName, email: c.candidateEmail, alias: candidateAlias(c.id) };
        return {
          ...c,
          facts: {
            ...c.facts,
            titles: redactAll(c.facts.titles, who),
            recentEmployer: c.facts.recentEmployer && redactIdentity(c.facts.recentEmployer, who),
          },
        };
      })
    : candidates;
  const columns = maybeBlind(hideIdentities, visible).map((c) => ({
    ...c,
    // Under blind review the resume text is redacted before facts are read from it.
    resumeText: null,
    resumeFileName: hideIdentities ? null : c.resumeFileName,
    label: c.candidateName,
    versionNumber: c.criteriaVersionNovaId ? (versions.get(c.criteriaVersionNovaId) ?? null) : null,
  }));

  // Hiring managers see each decision; recruiters and admins can make it from here.
  const canDecide = hasRole(ctx.actor.role, "RECRUITER");

  return (
    <>
      <JobHeader job={job} current={null} readOnly={!canDecide} />
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
        <CompareTable
          jobId={jobId}
          columns={columns}
          decisionRow={(c) => (
            <CompareDecision
              app={{ id: c.id, name: c.label }}
              decision={c.decision}
              rejectReason={c.rejectReason}
              rejectReasonText={c.rejectReasonText}
              canDecide={canDecide}
            />
          )}
        />
      )}
    </>
  );
}
