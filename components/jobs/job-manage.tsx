"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useAction, useActions } from "@/components/actions";
import { Button, buttonClass } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { Notice } from "@/components/ui/notice";

/** Edit job (recruiters and admins, open jobs), Close job / Reopen job (admins). */
export function JobManage({ jobId, status, isAdmin }: { jobId: string; status: "OPEN" | "CLOSED"; isAdmin: boolean }) {
  const { closeJob, reopenJob } = useActions();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const action = useAction();
  const { pending, error } = action;
  const run = (call: () => ReturnType<typeof closeJob>) =>
    action.run(call, () => {
      setConfirming(false);
      router.refresh();
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      {status === "OPEN" ? (
        <Link href={`/jobs/${jobId}/edit`} className={buttonClass("secondary", "sm")}>
          Edit job
        </Link>
      ) : null}
      {isAdmin && status === "OPEN" ? (
        <Button size="sm" variant="secondary" onClick={() => setConfirming(true)}>
          Close job
        </Button>
      ) : null}
      {isAdmin && status === "CLOSED" ? (
        <Button size="sm" variant="secondary" pending={pending} onClick={() => run(() => reopenJob({ jobId }))}>
          Reopen job
        </Button>
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <ConfirmDialog
        open={confirming}
        title="Close this job?"
        confirmLabel="Close job"
        tone="danger"
        pending={pending}
        onClose={() => setConfirming(false)}
        onConfirm={() => run(() => closeJob({ jobId }))}
      >
        A closed job stays readable and exportable but takes no new candidates, and its criteria are archived in Nova.
        Reopening it later needs new criteria.
      </ConfirmDialog>
    </div>
  );
}
