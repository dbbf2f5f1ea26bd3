import { csvRow } from "@/lib/csv";
import type { AuditRow } from "./queries";

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

/** One audit event as a CSV line (CRLF-terminated). */
export function auditCsvLine(r: AuditRow): string {
  return csvRow([
    r.createdAt,
    r.actorName ?? (r.actorId ? r.actorId : "system"),
    r.actorEmail,
    r.action,
    r.jobTitle ?? r.jobId,
    r.targetType,
    r.targetId,
    JSON.stringify(r.data),
  ]);
}
