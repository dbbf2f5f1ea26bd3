import type { OperationView } from "@/lib/scoring/operations";

/**
 * Shape of `GET /api/jobs/[jobId]/status` (docs/dashboard-actions.md). Client-safe types and
 * the pure decisions the poller makes from them.
 */

export interface StatusCounts {
  total: number;
  notSubmitted: number;
  pending: number;
  scored: number;
  failed: number;
  rejected: number;
  stale: number;
  /** What "Submit all not submitted" would send (lib/applications/submittable.ts). */
  submittable: number;
}

export interface JobStatusResponse {
  counts: StatusCounts;
  pendingIds: string[];
  operations: OperationView[];
  /** The job's newest rescore of the last day: the progress notice links to its report. */
  lastRescore: { id: string; createdAt: string } | null;
}

export function isOperationRunning(op: OperationView): boolean {
  // A queuing operation's total is still growing: running even when its sent items caught up.
  if (op.status === "queuing") return true;
  return (op.status === "pending" || op.status === "running") && op.processed + op.failed < op.total;
}

/** Keep polling while Nova still owes us a result or a bulk operation is still sending. */
export function shouldPoll(s: JobStatusResponse | undefined): boolean {
  if (!s) return true;
  return s.counts.pending > 0 || s.operations.some(isOperationRunning);
}

/** Did anything the server-rendered page shows change? Then it needs a refresh. */
export function countsChanged(a: JobStatusResponse["counts"], b: JobStatusResponse["counts"]): boolean {
  return (Object.keys(a) as (keyof typeof a)[]).some((k) => a[k] !== b[k]);
}
