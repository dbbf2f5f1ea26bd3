"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActions } from "@/components/actions";
import { RescoreConfirm } from "./rescore-confirm";
import { useJobMutation } from "./use-job-mutation";

const plural = (n: number) => `${n} candidate${n === 1 ? "" : "s"}`;

/**
 * "Rescore all stale (N)" behind a confirmation that shows what will be rescored and that each
 * rescore is billed. Admin-only: callers render it only for admins; the action checks the role
 * again. Once started, the notice links to the rescore's report.
 */
export function RescoreStaleButton({ jobId, count, label }: { jobId: string; count: number; label: string }) {
  const { rescoreApplications } = useActions();
  const [confirming, setConfirming] = useState(false);
  const { run, pending, error, message, reportId } = useJobMutation(jobId);
  return (
    <>
      {message ? (
        <Notice tone="success">
          {message} {reportId ? <RescoreReportLink jobId={jobId} operationId={reportId} /> : null}
        </Notice>
      ) : (
        <Button size="sm" onClick={() => setConfirming(true)}>
          {label}
        </Button>
      )}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <RescoreConfirm
        open={confirming}
        input={{ jobId, scope: "stale" }}
        count={count}
        pending={pending}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          run(
            () => rescoreApplications({ jobId, scope: "stale" }),
            (n) => `Rescoring ${plural(n)} on the current criteria.`,
            () => setConfirming(false),
            { rescore: true },
          )
        }
      />
    </>
  );
}

/** The rescore report, from the notice that a rescore started. */
export function RescoreReportLink({ jobId, operationId }: { jobId: string; operationId: string }) {
  return (
    <Link href={`/jobs/${jobId}/rescores/${operationId}`} className="font-medium underline">
      Rescore report
    </Link>
  );
}
