"use client";

import { useState } from "react";
import { Notice } from "@/components/ui/notice";
import { DecisionButtons } from "@/components/ranking/ranking-list";
import type { DecisionValue, RejectReasonValue } from "@/lib/review/labels";
import { DecisionBadge } from "./decision-badge";
import { RejectDialog } from "./reject-dialog";
import { useReview } from "./use-review";

/**
 * One compare column's decision: the current one, and (for those who decide) Advance / Hold /
 * Reject with the same reject-reason dialog as the ranking. The group is named for the candidate,
 * since every column has the same three buttons.
 */
export function CompareDecision({
  app,
  decision,
  rejectReason,
  rejectReasonText,
  canDecide,
}: {
  app: { id: string; name: string };
  decision: DecisionValue;
  rejectReason: RejectReasonValue | null;
  rejectReasonText: string | null;
  canDecide: boolean;
}) {
  const review = useReview();
  const [rejecting, setRejecting] = useState(false);
  const decide = (d: DecisionValue) => {
    if (d === "REJECT") return setRejecting(true);
    review.decideOne(app, { decision: d });
  };
  return (
    <div className="flex flex-col items-start gap-2" role="group" aria-label={`Decision on ${app.name}`}>
      {decision === "UNDECIDED" ? (
        <span className="text-slate-600" data-testid="decision">
          Undecided
        </span>
      ) : (
        <DecisionBadge decision={decision} reason={rejectReason} reasonText={rejectReasonText} decidedOnStale={false} />
      )}
      {canDecide ? <DecisionButtons decision={decision} busy={review.pending} onDecide={decide} /> : null}
      {review.error ? <Notice tone="error">{review.error}</Notice> : null}
      {canDecide ? (
        <RejectDialog
          open={rejecting}
          title={`Reject ${app.name}`}
          pending={review.pending}
          onClose={() => setRejecting(false)}
          onConfirm={(reason, reasonText) =>
            review.decideOne(app, { decision: "REJECT", reason, reasonText }, () => setRejecting(false))
          }
        />
      ) : null}
    </div>
  );
}
