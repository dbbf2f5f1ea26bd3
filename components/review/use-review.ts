"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useAction, useActions } from "@/components/actions";
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
  const { run, pending, error, setError } = useAction();
  const [message, setMessage] = useState<string>();

  const done = (text: string, after?: () => void) => {
    setMessage(text);
    after?.();
    router.refresh();
  };
  // A refusal replaces the last success line: the two never show together.
  const refused = () => setMessage(undefined);

  const decideOne = (app: { id: string; name: string }, d: Decision, after?: () => void) =>
    run(
      () => decideApplication({ applicationId: app.id, ...d }),
      () => done(said(d.decision, app.name), after),
      refused,
    );

  const decideMany = (jobId: string, ids: string[], d: Decision, after?: () => void) =>
    run(
      () => decideApplications({ jobId, applicationIds: ids, ...d }),
      (data) =>
        done(
          `${DECISION_LABEL[d.decision]}: ${plural(data.changed)}` +
            (data.unchanged ? ` (${data.unchanged} already were).` : "."),
          after,
        ),
      refused,
    );

  const addNote = (app: { id: string; name: string }, body: string, after?: () => void) =>
    run(
      () => addApplicationNote({ applicationId: app.id, body }),
      () => done(`Note added to ${app.name}.`, after),
      refused,
    );

  return { pending, error, message, decideOne, decideMany, addNote, clearError: () => setError(undefined) };
}
