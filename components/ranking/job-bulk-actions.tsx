"use client";

import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActions } from "@/components/actions";
import { RescoreStaleButton } from "./rescore-stale";
import { useJobMutation } from "./use-job-mutation";

/** Job-wide operations: submit everything not yet submitted; (admin) rescore every stale score. */
export function JobBulkActions({
  jobId,
  notSubmitted,
  stale,
  isAdmin,
}: {
  jobId: string;
  notSubmitted: number;
  stale: number;
  isAdmin: boolean;
}) {
  const { submitApplications } = useActions();
  const { run, pending, error, message } = useJobMutation(jobId);
  return (
    <div className="flex flex-col items-stretch gap-2 sm:items-end">
      <div className="flex flex-wrap gap-2">
        {notSubmitted > 0 ? (
          <Button
            size="sm"
            variant="secondary"
            pending={pending}
            onClick={() =>
              run(
                () => submitApplications({ jobId }),
                (n) => `Submitted ${n} candidate${n === 1 ? "" : "s"} for scoring.`,
              )
            }
          >
            Submit all not submitted ({notSubmitted})
          </Button>
        ) : null}
        {isAdmin && stale > 0 ? (
          <RescoreStaleButton jobId={jobId} count={stale} label={`Rescore all stale (${stale})`} />
        ) : null}
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {message ? <Notice tone="success">{message}</Notice> : null}
    </div>
  );
}
