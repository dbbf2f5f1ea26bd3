"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { Notice } from "@/components/ui/notice";
import { useActions } from "@/components/actions";
import { useJobMutation } from "./use-job-mutation";

const plural = (n: number) => `${n} candidate${n === 1 ? "" : "s"}`;

/**
 * "Rescore all stale (N)" behind a confirmation that states N, because each rescore is billed.
 * Admin-only: callers render it only for admins; the action checks the role again.
 */
export function RescoreStaleButton({ jobId, count, label }: { jobId: string; count: number; label: string }) {
  const { rescoreApplications } = useActions();
  const [confirming, setConfirming] = useState(false);
  const { run, pending, error, message } = useJobMutation(jobId);
  return (
    <>
      {message ? (
        <Notice tone="success">{message}</Notice>
      ) : (
        <Button size="sm" onClick={() => setConfirming(true)}>
          {label}
        </Button>
      )}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <ConfirmDialog
        open={confirming}
        title={`Rescore ${plural(count)}?`}
        confirmLabel={`Rescore ${count}`}
        pending={pending}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          run(
            () => rescoreApplications({ jobId, scope: "stale" }),
            (n) => `Rescoring ${plural(n)} on the current criteria.`,
            () => setConfirming(false),
          )
        }
      >
        <p>
          {plural(count)} {count === 1 ? "was" : "were"} scored on an older criteria version. Nova will score{" "}
          {count === 1 ? "it" : "them"} again on the active version; each rescore is billed like a new score. Current
          scores stay visible until the new ones arrive.
        </p>
      </ConfirmDialog>
    </>
  );
}
