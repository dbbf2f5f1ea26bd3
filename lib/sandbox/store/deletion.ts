import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { transaction } from "@/lib/transaction";
import { notFound } from "../http/errors";
import { acceptedOf, rejectedOf } from "./batches";
import { findTenant } from "./tenants";
import { createOrFind } from "./unique";

export type DeletionRow = Awaited<ReturnType<typeof db.sandboxDeletionRequest.findFirstOrThrow>>;

interface Target {
  environment: string;
  scope: "application" | "tenant";
  tenantExternalId: string;
  jobId?: string;
  applicationId?: string;
}

/**
 * Work starts this long after acceptance, off the request path: the 202 stays fast, and a
 * client retrying in that moment gets the same active request back. A status read also
 * runs a due request, so a restart between acceptance and the timer loses nothing.
 */
const START_DELAY_MS = 1_000;
/** A request left "processing" this long was abandoned (crash); removal is idempotent, so it is rerun. */
const PROCESSING_STALE_MS = 60_000;

/** Never echoes tenant, job or application ids, nor counts (§2.11). */
export function deletionJson(row: DeletionRow) {
  return {
    id: row.id,
    scope: row.scope,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    failedAt: row.failedAt?.toISOString() ?? null,
  };
}

/** Accepts a deletion (always, even for unknown targets); a repeat while active returns the same request. */
export async function requestDeletion(target: Target): Promise<DeletionRow> {
  const activeKey = createHash("sha256")
    .update(
      JSON.stringify([
        target.environment,
        target.scope,
        target.tenantExternalId,
        target.jobId ?? null,
        target.applicationId ?? null,
      ]),
    )
    .digest("hex");
  const { row, created } = await createOrFind(
    () =>
      db.sandboxDeletionRequest.create({
        data: {
          id: `delreq_${randomBytes(12).toString("hex")}`,
          ...target,
          jobId: target.jobId ?? null,
          applicationId: target.applicationId ?? null,
          activeKey,
        },
      }),
    () => db.sandboxDeletionRequest.findUnique({ where: { activeKey } }),
  );
  // A repeat also restarts an active request this instance never scheduled (accepted elsewhere, or before a restart).
  if (created || isDue(row)) scheduleDeletion(row.id);
  return row;
}

function scheduleDeletion(id: string): void {
  setTimeout(
    () => void runDeletion(id).catch((err) => console.error("[nova-sandbox] deletion", id, err)),
    START_DELAY_MS,
  ).unref();
}

function isDue(row: DeletionRow, now = Date.now()): boolean {
  if (row.status === "pending") return now - row.createdAt.getTime() >= START_DELAY_MS;
  return row.status === "processing" && now - row.updatedAt.getTime() >= PROCESSING_STALE_MS;
}

export async function deletionStatus(environment: string, id: string): Promise<DeletionRow> {
  let row = await db.sandboxDeletionRequest.findFirst({ where: { id, environment } });
  if (!row) throw notFound("DELETION_REQUEST_NOT_FOUND", `Deletion request ${id} was not found.`);
  if (isDue(row)) {
    await runDeletion(row.id);
    row = await db.sandboxDeletionRequest.findFirstOrThrow({ where: { id } });
  }
  return row;
}

/** Claims a pending (or abandoned) request — any instance may race; one wins — and removes the data. */
export async function runDeletion(id: string): Promise<void> {
  const staleBefore = new Date(Date.now() - PROCESSING_STALE_MS);
  const claimed = await db.sandboxDeletionRequest.updateMany({
    where: { id, OR: [{ status: "pending" }, { status: "processing", updatedAt: { lt: staleBefore } }] },
    data: { status: "processing", updatedAt: new Date() },
  });
  if (claimed.count === 0) return;
  const request = await db.sandboxDeletionRequest.findUniqueOrThrow({ where: { id } });
  try {
    const tenant = await findTenant(request.environment, request.tenantExternalId);
    if (tenant && request.scope === "tenant") await deleteTenantData(tenant.id);
    if (tenant && request.scope === "application")
      await deleteApplicationData(tenant.id, request.jobId!, request.applicationId!);
    await db.sandboxDeletionRequest.update({
      where: { id },
      data: { status: "completed", completedAt: new Date(), activeKey: null },
    });
  } catch (err) {
    await db.sandboxDeletionRequest.update({
      where: { id },
      data: { status: "failed", failedAt: new Date(), activeKey: null },
    });
    throw err;
  }
}

/** Scoring rows (with resume text and answers), webhook deliveries, and batch mentions. */
async function deleteApplicationData(tenantId: string, jobId: string, applicationId: string): Promise<void> {
  const batches = await db.sandboxBatch.findMany({ where: { tenantId, jobId } });
  await transaction(async (tx) => {
    await tx.sandboxScoringJob.deleteMany({ where: { tenantId, jobId, applicationId } });
    await tx.sandboxWebhookDelivery.deleteMany({ where: { tenantId, jobId, applicationId } });
    for (const batch of batches) {
      const accepted = acceptedOf(batch);
      const rejected = rejectedOf(batch);
      const keptAccepted = accepted.filter((a) => a.applicationId !== applicationId);
      const keptRejected = rejected.filter((r) => r.applicationId !== applicationId);
      if (keptAccepted.length === accepted.length && keptRejected.length === rejected.length) continue;
      await tx.sandboxBatch.update({
        where: { id: batch.id },
        data: { accepted: JSON.stringify(keptAccepted), rejected: JSON.stringify(keptRejected) },
      });
    }
  });
}

/** Everything the tenant owns, then the tenant itself. */
async function deleteTenantData(tenantId: string): Promise<void> {
  await db.$transaction([
    db.sandboxScoringJob.deleteMany({ where: { tenantId } }),
    db.sandboxWebhookDelivery.deleteMany({ where: { tenantId } }),
    db.sandboxBatch.deleteMany({ where: { tenantId } }),
    db.sandboxCriteriaVersion.deleteMany({ where: { tenantId } }),
    db.sandboxQuestionSet.deleteMany({ where: { tenantId } }),
    db.sandboxLibraryCriterion.deleteMany({ where: { tenantId } }),
    db.sandboxIdempotencyKey.deleteMany({ where: { tenantId } }),
    db.sandboxTenant.deleteMany({ where: { id: tenantId } }),
  ]);
}
