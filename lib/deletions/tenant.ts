import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { novaFor } from "@/lib/nova";
import { withNova } from "@/lib/nova/user-message";
import { transaction } from "@/lib/transaction";

/** What the admin page shows about the org's Nova tenant deletion (offboarding). */
export interface TenantDeletionView {
  deletionRequestId: string;
  /** pending | processing | completed | failed, as Nova last reported it (lib/deletions polls). */
  status: string;
  requestedAt: Date;
  finishedAt: Date | null;
}

const ACTIVE = ["pending", "processing"];

/** The org's most recent tenant deletion request, if any. */
export async function latestTenantDeletion(orgId: string): Promise<TenantDeletionView | null> {
  const row = await db.novaDeletionRequest.findFirst({
    where: { orgId, scope: "tenant" },
    orderBy: { requestedAt: "desc" },
  });
  return row
    ? { deletionRequestId: row.novaId, status: row.status, requestedAt: row.requestedAt, finishedAt: row.finishedAt }
    : null;
}

/**
 * Offboarding: asks Nova to delete everything it holds for this org's tenant (scores, stored
 * resumes, criteria, library; nova-api.md §2.11). Irreversible at Nova, so the admin must type
 * the organization's name. Shortlist's own records stay (the audit log says what happened).
 * While a request is still open, asking again returns it instead of sending another. The
 * request is then polled (lib/deletions) until Nova reports it completed or failed, and that
 * outcome is audited as `deletion.completed` / `deletion.failed`.
 */
export async function requestTenantDeletion(actor: Actor, confirmation: string): Promise<TenantDeletionView> {
  const org = await db.organization.findUnique({ where: { id: actor.orgId }, select: { name: true } });
  if (!org) throw new UserError("That organization does not exist.", "NOT_FOUND");
  if (confirmation.trim() !== org.name) {
    const message = `Type the organization's name, ${org.name}, exactly to confirm.`;
    throw new UserError(message, "VALIDATION_ERROR", { confirmation: [message] });
  }
  const open = await db.novaDeletionRequest.findFirst({
    where: { orgId: actor.orgId, scope: "tenant", status: { in: ACTIVE } },
    orderBy: { requestedAt: "desc" },
  });
  if (open) return (await latestTenantDeletion(actor.orgId))!;

  const request = await withNova(() => novaFor(actor).deleteTenant(actor.tenantId), {
    message: "Nova could not take the deletion request. Nothing was deleted; try again.",
    code: "NOVA_UNAVAILABLE",
  });
  await transaction(async (tx) => {
    // Nova returns the same request for a repeat while it is active: keep one row for it.
    await tx.novaDeletionRequest.upsert({
      where: { novaId: request.id },
      create: {
        orgId: actor.orgId,
        novaId: request.id,
        scope: "tenant",
        targetId: actor.tenantId,
        status: ACTIVE.includes(request.status) ? request.status : "pending",
      },
      update: {},
    });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "tenant.deletion_requested",
      targetType: "tenant",
      targetId: actor.tenantId,
      data: { deletionRequestId: request.id },
    });
  });
  return (await latestTenantDeletion(actor.orgId))!;
}
