"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useAction } from "@/components/actions";
import type { ActionResult } from "@/lib/auth/action";
import { jobStatusKey } from "./job-status-poller";

/**
 * Runs a bulk action (submit, rescore) and then wakes the status poller and refreshes the
 * page, so new pending rows and the operation's progress show without a reload.
 */
export function useJobMutation(jobId: string) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const action = useAction();
  const [message, setMessage] = useState<string>();
  // The rescore just started, so its notice can link to the rescore report.
  const [reportId, setReportId] = useState<string>();

  const run = (
    call: () => Promise<ActionResult<{ count: number; operationId?: string }>>,
    describe: (count: number) => string,
    after?: () => void,
    options?: { rescore?: boolean },
  ) =>
    action.run(
      call,
      async (data) => {
        setMessage(describe(data.count));
        setReportId(options?.rescore ? data.operationId : undefined);
        after?.();
        await queryClient.invalidateQueries({ queryKey: jobStatusKey(jobId) });
        router.refresh();
      },
      () => setMessage(undefined),
    );

  return { run, pending: action.pending, error: action.error, message, reportId };
}
