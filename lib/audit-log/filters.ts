/**
 * The audit log's filters, kept in the URL (shareable, survives reloads). Pure: parsed on the
 * server page and the export route alike. Malformed values fall back to "no filter".
 */
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

type Params = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (v: string) => (DAY.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) ? v : "");
const token = (v: string) => (/^[\w.:-]{1,100}$/.test(v) ? v : "");

export function parseAuditFilters(params: Params): AuditFilters {
  const page = Number(first(params.page));
  return {
    actorId: token(first(params.actor)),
    action: token(first(params.action)),
    jobId: token(first(params.job)),
    from: day(first(params.from)),
    to: day(first(params.to)),
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, 100_000) : 1,
  };
}

export function serializeAuditFilters(f: Partial<AuditFilters>): string {
  const sp = new URLSearchParams();
  if (f.actorId) sp.set("actor", f.actorId);
  if (f.action) sp.set("action", f.action);
  if (f.jobId) sp.set("job", f.jobId);
  if (f.from) sp.set("from", f.from);
  if (f.to) sp.set("to", f.to);
  if (f.page && f.page > 1) sp.set("page", String(f.page));
  return sp.toString();
}

/** The createdAt window of `from`..`to` (whole UTC days, `to` inclusive). */
export function dateWindow(f: Pick<AuditFilters, "from" | "to">): { gte?: Date; lt?: Date } {
  const w: { gte?: Date; lt?: Date } = {};
  if (f.from) w.gte = new Date(`${f.from}T00:00:00Z`);
  if (f.to) w.lt = new Date(Date.parse(`${f.to}T00:00:00Z`) + 86_400_000);
  return w;
}
