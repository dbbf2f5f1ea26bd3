import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { NovaApiError, novaFor } from "@/lib/nova";
import { transaction } from "@/lib/transaction";

const TERMINAL = new Set(["completed", "failed"]);

/**
 * One pass over Nova deletion requests still open: asks Nova for each one not checked in the
 * last `everyMs`, and on completion or failure records it, with an audit event
 * (`deletion.completed` / `deletion.failed`) next to the `…deleted` event that requested it.
 * `checkedAt` doubles as the claim, so several instances do not ask twice.
 */
export async function pollDeletionsOnce(everyMs: number, limit = 50): Promise<number> {
  const cutoff = new Date(Date.now() - everyMs);
  const open = await db.novaDeletionRequest.findMany({
    where: { status: { in: ["pending", "processing"] }, checkedAt: { lt: cutoff } },
    orderBy: { checkedAt: "asc" },
    take: limit,
  });
  let finished = 0;
  for (const row of open) {
    const { count } = await db.novaDeletionRequest.updateMany({
      where: { id: row.id, checkedAt: row.checkedAt },
      data: { checkedAt: new Date() },
    });
    if (count === 0) continue; // another instance took it
    const org = await db.organization.findUnique({ where: { id: row.orgId }, select: { tenantId: true } });
    if (!org) continue;
    let status: string;
    try {
      status = (await novaFor(org).getDeletionRequest(row.novaId)).status;
    } catch (err) {
      if (!(err instanceof NovaApiError)) throw err;
      console.warn("[deletions] could not check", row.novaId, err.code);
      continue;
    }
    if (!TERMINAL.has(status)) {
      if (status !== row.status) await db.novaDeletionRequest.update({ where: { id: row.id }, data: { status } });
      continue;
    }
    await transaction(async (tx) => {
      await tx.novaDeletionRequest.update({ where: { id: row.id }, data: { status, finishedAt: new Date() } });
      await recordAudit(tx, {
        orgId: row.orgId,
        actorId: null,
        action: `deletion.${status}`,
        targetType: row.scope,
        targetId: row.targetId,
        data: { deletionRequestId: row.novaId, requestedAt: row.requestedAt.toISOString() },
      });
    });
    finished++;
  }
  return finished;
}
