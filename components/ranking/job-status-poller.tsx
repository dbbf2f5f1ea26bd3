"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { ProgressBar } from "@/components/ui/progress";
import type { OperationKind } from "@/lib/scoring/operations";
import { countsChanged, isOperationRunning, shouldPoll, type JobStatusResponse } from "@/lib/applications/job-status";

export const jobStatusKey = (jobId: string) => ["job-status", jobId] as const;

const OPERATION_LABEL: Record<OperationKind, string> = {
  SUBMIT: "Submitting candidates",
  RESCORE: "Rescoring candidates",
};

async function fetchStatus(jobId: string): Promise<JobStatusResponse> {
  const res = await fetch(`/api/jobs/${jobId}/status`, { cache: "no-store" });
  if (!res.ok) throw new Error(`Status ${res.status}`);
  return (await res.json()) as JobStatusResponse;
}

/**
 * Polls the job's status every 2 s while Nova owes results or a bulk operation runs, and stops
 * when nothing is pending. When a counter moves it refreshes the server-rendered ranking, so
 * the page stays one source of truth (no client copy of the rows to keep in sync).
 * `silent` keeps the refreshing without the progress panel (the candidate page).
 */
export function JobStatusPoller({
  jobId,
  initial,
  silent,
}: {
  jobId: string;
  initial: JobStatusResponse;
  silent?: boolean;
}) {
  const router = useRouter();
  const { data = initial, isError } = useQuery({
    queryKey: jobStatusKey(jobId),
    queryFn: () => fetchStatus(jobId),
    initialData: initial,
    staleTime: 0,
    refetchInterval: (q) => (shouldPoll(q.state.data) ? 2_000 : false),
  });
  const seen = useRef(initial.counts);
  useEffect(() => {
    if (countsChanged(seen.current, data.counts)) {
      seen.current = data.counts;
      router.refresh();
    }
  }, [data.counts, router]);

  const running = data.operations.filter(isOperationRunning);
  const pending = data.counts.pending;
  if (silent) return null;
  const report = data.lastRescore ? (
    <Link
      href={`/jobs/${jobId}/rescores/${data.lastRescore.id}`}
      className="font-medium text-brand-700 underline"
      data-testid="rescore-report-link"
    >
      Rescore report
    </Link>
  ) : null;
  if (!pending && running.length === 0 && !isError) {
    // Nothing in flight: a recent rescore's report stays one click away.
    return report ? (
      <p className="mb-4 rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-brand-900">
        The latest rescore has finished. See what it changed: {report}
      </p>
    ) : null;
  }
  return (
    <div
      className="mb-4 space-y-3 rounded-lg border border-brand-100 bg-white p-4 shadow-sm"
      data-testid="job-progress"
    >
      {pending ? (
        <p role="status" className="flex items-center gap-2 text-sm text-slate-700">
          <span aria-hidden="true" className="inline-block h-2 w-2 animate-pulse rounded-full bg-brand-600" />
          Nova is scoring {pending} candidate{pending === 1 ? "" : "s"}. Each score usually takes 20–30 seconds and
          appears here as it arrives.
        </p>
      ) : null}
      {running.map((op) => (
        <ProgressBar
          key={op.id}
          label={OPERATION_LABEL[op.kind]}
          value={op.processed + op.failed}
          max={op.total}
          detail={`${op.processed} of ${op.total} sent${op.failed ? ` · ${op.failed} failed` : ""}`}
        />
      ))}
      {report ? <p className="text-sm text-slate-700">Follow the rescore as scores arrive: {report}</p> : null}
      {isError ? <p className="text-xs text-amber-900">Couldn’t refresh progress; retrying…</p> : null}
    </div>
  );
}
