"use client";

import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useJobMutation } from "@/components/ranking/use-job-mutation";
import { rescoreApplications } from "../actions";

export function RescoreOne({ jobId, applicationId }: { jobId: string; applicationId: string }) {
  const { run, pending, error, message } = useJobMutation(jobId);
  return (
    <div className="flex flex-col items-end gap-2">
      <Button
        variant="secondary"
        pending={pending}
        onClick={() =>
          run(
            () => rescoreApplications({ jobId, scope: "one", applicationIds: [applicationId] }),
            () => "Rescore requested.",
          )
        }
      >
        Rescore
      </Button>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {message ? <Notice tone="success">{message}</Notice> : null}
    </div>
  );
}
