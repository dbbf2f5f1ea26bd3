import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageContext } from "@/lib/auth/context";
import { getJob } from "@/lib/jobs/queries";
import { versionNumbers } from "@/lib/criteria/queries";
import { listRescores } from "@/lib/scoring/rescore-report";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/notice";
import { Time } from "@/components/ui/time";
import { JobHeader } from "@/components/jobs/job-header";

export const metadata: Metadata = { title: "Job history" };

type Props = { params: Promise<{ jobId: string }> };

const STATUS: Record<string, { label: string; tone: "neutral" | "info" | "success" | "danger" }> = {
  queuing: { label: "Queuing", tone: "info" },
  pending: { label: "Sending", tone: "info" },
  running: { label: "Sending", tone: "info" },
  completed: { label: "Sent", tone: "success" },
  failed: { label: "Failed", tone: "danger" },
};

/** The job's rescores, newest first, each with its report. */
export default async function JobHistoryPage({ params }: Props) {
  const { jobId } = await params;
  const ctx = await requirePageContext();
  const job = await getJob(ctx.actor.orgId, jobId);
  if (!job) notFound();
  const [rescores, versions] = await Promise.all([
    listRescores(ctx.actor.orgId, jobId),
    versionNumbers(ctx.actor.orgId, jobId),
  ]);
  return (
    <>
      <JobHeader job={job} current="history" />
      {rescores.length === 0 ? (
        <EmptyState title="No rescores yet">
          When an admin rescores candidates (after editing the criteria, say), each rescore appears here with a report
          of what it changed.
        </EmptyState>
      ) : (
        <Card>
          <h2 className="text-base font-semibold text-slate-900">Rescores</h2>
          <ol className="mt-3 divide-y divide-slate-100 text-sm" data-testid="rescore-history">
            {rescores.map((r) => {
              const status = STATUS[r.status] ?? { label: r.status, tone: "neutral" as const };
              const pinned = r.criteriaVersionNovaId ? versions.get(r.criteriaVersionNovaId) : null;
              return (
                <li key={r.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
                  <Time date={r.createdAt} />
                  <span className="text-slate-700">
                    {r.total} candidate{r.total === 1 ? "" : "s"}
                    {r.createdByName ? ` · by ${r.createdByName}` : ""}
                    {pinned ? ` · on criteria v${pinned}` : ""}
                  </span>
                  <Badge tone={status.tone}>{status.label}</Badge>
                  <Link href={`/jobs/${jobId}/rescores/${r.id}`} className="ml-auto text-brand-700 underline">
                    Rescore report
                    <span className="sr-only">
                      {" "}
                      of <Time date={r.createdAt} />
                    </span>
                  </Link>
                </li>
              );
            })}
          </ol>
        </Card>
      )}
    </>
  );
}
