import { Badge, type BadgeTone } from "@/components/ui/badge";
import { PIPELINE_STATUS_LABEL, type PipelineStatusValue } from "@/lib/applications/ranking-filters";

export const STATUS_LABEL = PIPELINE_STATUS_LABEL;

const TONE: Record<PipelineStatusValue, BadgeTone> = {
  NOT_SUBMITTED: "neutral",
  PENDING: "info",
  SCORED: "success",
  FAILED: "danger",
  REJECTED: "danger",
};

/** Pipeline status, with the reason for failures and intake rejections spelled out. */
export function PipelineStatus({ status, reason }: { status: PipelineStatusValue; reason?: string | null }) {
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Badge tone={TONE[status]}>{STATUS_LABEL[status]}</Badge>
      {reason && (status === "FAILED" || status === "REJECTED") ? (
        <span className="max-w-56 text-xs text-red-800">{reason}</span>
      ) : null}
    </span>
  );
}

/** The criteria version a score used; "stale" when it is older than the job's active one. */
export function VersionBadge({ number, stale }: { number: number | null; stale: boolean }) {
  if (number === null && !stale) return null;
  return (
    <span className="inline-flex flex-wrap gap-1">
      {number !== null ? <Badge title="Criteria version this score used">v{number}</Badge> : null}
      {stale ? (
        <Badge tone="warning" title="Scored on an older criteria version">
          Stale
        </Badge>
      ) : null}
    </span>
  );
}

/**
 * Rescoring needs an accepted submission: a scored one, or one whose scoring failed. Intake
 * rejections need a new resume, not another attempt; pending ones are already being scored.
 */
export function canRescore(status: PipelineStatusValue): boolean {
  return status === "SCORED" || status === "FAILED";
}
