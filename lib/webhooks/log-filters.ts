/**
 * The webhook delivery log's filters, kept in the URL like the audit log's. Pure: parsed on the
 * server page; malformed values fall back to "no filter".
 */
import { dateWindow } from "@/lib/audit-log/filters";

export { dateWindow };

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

type Params = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (v: string) => (DAY.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) ? v : "");
const token = (v: string) => (/^[\w.:-]{1,100}$/.test(v) ? v : "");

export function parseDeliveryFilters(params: Params): DeliveryFilters {
  const outcome = first(params.outcome);
  const page = Number(first(params.page));
  return {
    outcome: outcome in DELIVERY_OUTCOMES ? (outcome as DeliveryOutcome) : "",
    event: token(first(params.event)),
    jobId: token(first(params.job)),
    from: day(first(params.from)),
    to: day(first(params.to)),
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, 100_000) : 1,
  };
}

export function serializeDeliveryFilters(f: Partial<DeliveryFilters>): string {
  const sp = new URLSearchParams();
  if (f.outcome) sp.set("outcome", f.outcome);
  if (f.event) sp.set("event", f.event);
  if (f.jobId) sp.set("job", f.jobId);
  if (f.from) sp.set("from", f.from);
  if (f.to) sp.set("to", f.to);
  if (f.page && f.page > 1) sp.set("page", String(f.page));
  return sp.toString();
}
