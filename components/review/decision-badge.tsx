import { Badge, type BadgeTone } from "@/components/ui/badge";
import { DECISION_STATE, describeReason, type DecisionValue, type RejectReasonValue } from "@/lib/review/labels";

const TONE: Record<DecisionValue, BadgeTone> = {
  UNDECIDED: "neutral",
  ADVANCE: "success",
  HOLD: "warning",
  REJECT: "danger",
};

/**
 * The decision as visible text ("Advanced", "On hold", "Rejected"; nothing while undecided),
 * the reason for a rejection, and a warning when it was taken on a score that is now stale.
 */
export function DecisionBadge({
  decision,
  reason,
  reasonText,
  decidedOnVersion,
  decidedOnStale,
}: {
  decision: DecisionValue;
  reason: RejectReasonValue | null;
  reasonText: string | null;
  decidedOnVersion?: number | null;
  decidedOnStale: boolean;
}) {
  if (decision === "UNDECIDED") return null;
  const why = describeReason(reason, reasonText);
  return (
    <span className="inline-flex flex-wrap items-center gap-1" data-testid="decision">
      <Badge tone={TONE[decision]}>{DECISION_STATE[decision]}</Badge>
      {why ? <span className="max-w-56 text-xs text-slate-700">{why}</span> : null}
      {decidedOnStale ? (
        <Badge tone="warning" title="The score this decision was made on is from an older criteria version">
          Decided on {decidedOnVersion ? `v${decidedOnVersion}` : "older criteria"}
        </Badge>
      ) : null}
    </span>
  );
}
