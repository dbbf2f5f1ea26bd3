/**
 * The webhook delivery log's filters, kept in the URL like the audit log's. Pure: parsed on the
 * server page; malformed values fall back to "no filter".
 */
import { dayParam, firstParam, pageParam, queryOf, tokenParam, type SearchParams } from "@/lib/url-filters";

export { dateWindow } from "@/lib/url-filters";

export const DELIVERY_PAGE_SIZE = 50;

/** Stored outcomes (prisma WebhookEvent.outcome) and what the log calls them. */
export const DELIVERY_OUTCOMES = {
  received: "Waiting to apply",
  processed: "Applied",
  ignored: "Ignored",
  rejected: "Rejected",
  failed: "Failed",
} as const;
export type DeliveryOutcome = keyof typeof DELIVERY_OUTCOMES;

export interface DeliveryFilters {
  outcome: DeliveryOutcome | "";
  event: string;
  jobId: string;
  /** Inclusive calendar days, `YYYY-MM-DD` (UTC). */
  from: string;
  to: string;
  page: number;
}

export function parseDeliveryFilters(params: SearchParams): DeliveryFilters {
  const outcome = firstParam(params.outcome);
  return {
    outcome: Object.hasOwn(DELIVERY_OUTCOMES, outcome) ? (outcome as DeliveryOutcome) : "",
    event: tokenParam(firstParam(params.event)),
    jobId: tokenParam(firstParam(params.job)),
    from: dayParam(firstParam(params.from)),
    to: dayParam(firstParam(params.to)),
    page: pageParam(firstParam(params.page)),
  };
}

export function serializeDeliveryFilters(f: Partial<DeliveryFilters>): string {
  return queryOf([
    ["outcome", f.outcome],
    ["event", f.event],
    ["job", f.jobId],
    ["from", f.from],
    ["to", f.to],
    ["page", f.page],
  ]);
}
