import type { Prisma } from "@/lib/db";

type Tx = Pick<Prisma.TransactionClient, "auditEvent">;

export interface AuditEntry {
  orgId: string;
  actorId: string | null;
  /** Dotted verb, e.g. "member.added", "criteria.edited", "rescore.requested". */
  action: string;
  targetType?: string;
  targetId?: string;
  data?: Record<string, unknown>;
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
      data: JSON.stringify(entry.data ?? {}),
    },
  });
}
