import type { AuditRow } from "./queries";

/**
 * One CSV cell. Spreadsheet apps run cells starting with = + - @ (or a tab/CR) as formulas, so
 * those get a leading apostrophe; quotes, commas and newlines are quoted the RFC 4180 way.
 */
export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? "" : value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const AUDIT_CSV_HEADER = [
  "time",
  "actor",
  "actor_email",
  "action",
  "job",
  "target_type",
  "target_id",
  "details",
];

export function auditCsvLine(r: AuditRow): string {
  return [
    r.createdAt,
    r.actorName ?? (r.actorId ? r.actorId : "system"),
    r.actorEmail,
    r.action,
    r.jobTitle ?? r.jobId,
    r.targetType,
    r.targetId,
    JSON.stringify(r.data),
  ]
    .map(csvCell)
    .join(",");
}
