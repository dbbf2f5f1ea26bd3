"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { jobStatusKey } from "./job-status-poller";

type Result = { ok: true; data: { count: number } } | { ok: false; error: string };

/**
 * Runs a bulk action (submit, rescore) and then wakes the status poller and refreshes the
 * page, so new pending rows and the operation's progress show without a reload.
 */
export function useJobMutation(jobId: string) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const [message, setMessage] = useState<string>();

  const run = (action: () => Promise<Result>, describe: (count: number) => string, after?: () => void) =>
    startTransition(async () => {
      const res = await action();
      if (!res.ok) {
        setMessage(undefined);
        setError(res.error);
        return;
      }
      setError(undefined);
      setMessage(describe(res.data.count));
      after?.();
      await queryClient.invalidateQueries({ queryKey: jobStatusKey(jobId) });
      router.refresh();
    });

  return { run, pending, error, message };
}
