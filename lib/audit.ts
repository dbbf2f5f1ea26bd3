import type { Prisma } from "@/lib/db";

type Tx = Pick<Prisma.TransactionClient, "auditEvent">;

export interface AuditEntry {
  orgId: string;
  actorId: string | null;
  /** Dotted verb, e.g. "member.added", "criteria.edited", "rescore.requested". */
  action: string;
  targetType?: string;
  targetId?: string;
  /** The job concerned; defaults to the target when it is a job, or `data.jobId`. */
  jobId?: string;
  data?: Record<string, unknown>;
}

function jobOf(entry: AuditEntry): string | null {
  if (entry.jobId) return entry.jobId;
  if (entry.targetType === "job" && entry.targetId) return entry.targetId;
  const fromData = entry.data?.jobId;
  return typeof fromData === "string" ? fromData : null;
}

/** Record who did what. Pass the transaction so the audit row commits with the change itself. */
export function recordAudit(tx: Tx, entry: AuditEntry) {
  return tx.auditEvent.create({
    data: {
      orgId: entry.orgId,
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      jobId: jobOf(entry),
      data: JSON.stringify(entry.data ?? {}),
    },
  });
}
