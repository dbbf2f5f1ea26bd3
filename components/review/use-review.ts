"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useActions } from "@/components/actions";
import { DECISION_LABEL, type DecisionValue, type RejectReasonValue } from "@/lib/review/labels";

export interface Decision {
  decision: DecisionValue;
  reason?: RejectReasonValue;
  reasonText?: string;
}

const plural = (n: number) => `${n} candidate${n === 1 ? "" : "s"}`;

function said(d: DecisionValue, who: string): string {
  if (d === "UNDECIDED") return `Decision on ${who} undone.`;
  return `${who}: ${DECISION_LABEL[d].toLowerCase()}.`;
}

/** Decisions and quick notes from the ranking and the candidate page, with one message line. */
export function useReview() {
  const { addApplicationNote, decideApplication, decideApplications } = useActions();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const [message, setMessage] = useState<string>();

  const finish = (res: { ok: true } | { ok: false; error: string }, text: string, after?: () => void) => {
    if (!res.ok) {
      setMessage(undefined);
      setError(res.error);
      return false;
    }
    setError(undefined);
    setMessage(text);
    after?.();
    router.refresh();
    return true;
  };

  const decideOne = (app: { id: string; name: string }, d: Decision, after?: () => void) =>
    startTransition(async () => {
      const res = await decideApplication({ applicationId: app.id, ...d });
      finish(res, said(d.decision, app.name), after);
    });

  const decideMany = (jobId: string, ids: string[], d: Decision, after?: () => void) =>
    startTransition(async () => {
      const res = await decideApplications({ jobId, applicationIds: ids, ...d });
      finish(
        res,
        res.ok
          ? `${DECISION_LABEL[d.decision]}: ${plural(res.data.changed)}` +
              (res.data.unchanged ? ` (${res.data.unchanged} already were).` : ".")
          : "",
        after,
      );
    });

  const addNote = (app: { id: string; name: string }, body: string, after?: () => void) =>
    startTransition(async () => {
      const res = await addApplicationNote({ applicationId: app.id, body });
      finish(res, `Note added to ${app.name}.`, after);
    });

  return { pending, error, message, decideOne, decideMany, addNote, clearError: () => setError(undefined) };
}
