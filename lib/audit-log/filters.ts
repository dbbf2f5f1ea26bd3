/**
 * The audit log's filters, kept in the URL (shareable, survives reloads). Pure: parsed on the
 * server page and the export route alike. Malformed values fall back to "no filter".
 */
import { dayParam, firstParam, pageParam, queryOf, tokenParam, type SearchParams } from "@/lib/url-filters";

export { dateWindow } from "@/lib/url-filters";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilters {
  actorId: string;
  action: string;
  jobId: string;
  /** Inclusive calendar days, `YYYY-MM-DD` (UTC). */
  from: string;
  to: string;
  page: number;
}

export function parseAuditFilters(params: SearchParams): AuditFilters {
  return {
    actorId: tokenParam(firstParam(params.actor)),
    action: tokenParam(firstParam(params.action)),
    jobId: tokenParam(firstParam(params.job)),
    from: dayParam(firstParam(params.from)),
    to: dayParam(firstParam(params.to)),
    page: pageParam(firstParam(params.page)),
  };
}

export function serializeAuditFilters(f: Partial<AuditFilters>): string {
  return queryOf([
    ["actor", f.actorId],
    ["action", f.action],
    ["job", f.jobId],
    ["from", f.from],
    ["to", f.to],
    ["page", f.page],
  ]);
}
