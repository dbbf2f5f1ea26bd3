/**
 * Review decisions and reject reasons as the UI, the URL and the export name them. Pure (no
 * server imports) so client components and the CSV writer share one vocabulary.
 */
export const DECISIONS = ["UNDECIDED", "ADVANCE", "HOLD", "REJECT"] as const;
export type DecisionValue = (typeof DECISIONS)[number];

export const REJECT_REASONS = [
  "MISSING_MUST_HAVE",
  "EXPERIENCE_LEVEL",
  "LOCATION",
  "COMPENSATION",
  "POSITION_FILLED",
  "OTHER",
] as const;
export type RejectReasonValue = (typeof REJECT_REASONS)[number];

/** What the ranking row shows for a decision (nothing while undecided). */
export const DECISION_STATE: Record<DecisionValue, string> = {
  UNDECIDED: "",
  ADVANCE: "Advanced",
  HOLD: "On hold",
  REJECT: "Rejected",
};

/** Filter and summary labels. */
export const DECISION_LABEL: Record<DecisionValue, string> = {
  UNDECIDED: "Undecided",
  ADVANCE: "Advanced",
  HOLD: "On hold",
  REJECT: "Rejected",
};

export const REJECT_REASON_LABEL: Record<RejectReasonValue, string> = {
  MISSING_MUST_HAVE: "Missing must-have",
  EXPERIENCE_LEVEL: "Experience level",
  LOCATION: "Location / work authorization",
  COMPENSATION: "Compensation",
  POSITION_FILLED: "Position filled",
  OTHER: "Other",
};

/** "Missing must-have", or "Other: relocating in 2027" when free text was given. */
export function describeReason(reason: RejectReasonValue | null, text: string | null): string {
  if (!reason) return "";
  const label = REJECT_REASON_LABEL[reason];
  return text ? `${label}: ${text}` : label;
}

/** `decision=` in the ranking URL: lower-case, comma-separated (`decision=advance,hold`). */
export function parseDecisionParam(raw: string | string[] | undefined): DecisionValue[] {
  const list = (Array.isArray(raw) ? raw : (raw ?? "").split(",")).map((s) => s.trim().toUpperCase());
  return DECISIONS.filter((d) => list.includes(d));
}
