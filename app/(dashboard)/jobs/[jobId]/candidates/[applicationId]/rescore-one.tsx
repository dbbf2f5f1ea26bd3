"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActions } from "@/components/actions";
import { RescoreConfirm } from "@/components/ranking/rescore-confirm";
import { RescoreReportLink } from "@/components/ranking/rescore-stale";
import { useJobMutation } from "@/components/ranking/use-job-mutation";

/** Admin: rescore this candidate, after a confirmation that says what it is and that it is billed. */
export function RescoreOne({ jobId, applicationId }: { jobId: string; applicationId: string }) {
  const { rescoreApplications } = useActions();
  const [confirming, setConfirming] = useState(false);
  const { run, pending, error, message, reportId } = useJobMutation(jobId);
  const input = { jobId, scope: "one" as const, applicationIds: [applicationId] };
  return (
    <div className="flex flex-col items-end gap-2">
      <Button variant="secondary" pending={pending} onClick={() => setConfirming(true)}>
        Rescore
      </Button>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {message ? (
        <Notice tone="success">
          {message} {reportId ? <RescoreReportLink jobId={jobId} operationId={reportId} /> : null}
        </Notice>
      ) : null}
      <RescoreConfirm
        open={confirming}
        input={input}
        count={1}
        pending={pending}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          run(
            () => rescoreApplications(input),
            () => "Rescore requested.",
            () => setConfirming(false),
            { rescore: true },
          )
        }
      />
    </div>
  );
}
