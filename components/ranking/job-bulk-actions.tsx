"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { Notice } from "@/components/ui/notice";
import { rescoreApplications, submitApplications } from "@/app/(dashboard)/jobs/[jobId]/candidates/actions";
import { useJobMutation } from "./use-job-mutation";

const plural = (n: number) => `${n} candidate${n === 1 ? "" : "s"}`;

/** Job-wide operations: submit everything not yet submitted; (admin) rescore every stale score. */
export function JobBulkActions({ jobId, notSubmitted, stale, isAdmin }: { jobId: string; notSubmitted: number; stale: number; isAdmin: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const { run, pending, error, message } = useJobMutation(jobId);
  if (notSubmitted === 0 && (!isAdmin || stale === 0) && !error && !message) return null;
  return (
    <div className="flex flex-col items-stretch gap-2 sm:items-end">
      <div className="flex flex-wrap gap-2">
        {notSubmitted > 0 ? (
          <Button variant="secondary" pending={pending && !confirming} onClick={() => run(() => submitApplications({ jobId }), (n) => `Submitted ${plural(n)} for scoring.`)}>
            Submit all not submitted ({notSubmitted})
          </Button>
        ) : null}
        {isAdmin && stale > 0 ? <Button onClick={() => setConfirming(true)}>Rescore all stale ({stale})</Button> : null}
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {message ? <Notice tone="success">{message}</Notice> : null}
      <ConfirmDialog
        open={confirming}
        title={`Rescore ${plural(stale)}?`}
        confirmLabel={`Rescore ${stale}`}
        pending={pending}
        onClose={() => setConfirming(false)}
        onConfirm={() => run(() => rescoreApplications({ jobId, scope: "stale" }), (n) => `Rescoring ${plural(n)} on the current criteria.`, () => setConfirming(false))}
      >
        <p>
          {plural(stale)} {stale === 1 ? "was" : "were"} scored on an older criteria version. Nova will score {stale === 1 ? "it" : "them"} again on the active version;
          each rescore is billed like a new score. Their current scores stay visible until the new ones arrive.
        </p>
      </ConfirmDialog>
    </div>
  );
}
