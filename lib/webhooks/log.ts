import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { db, type Prisma } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { transaction } from "@/lib/transaction";
import { nudgeApplier } from "./applier";
import { dateWindow, DELIVERY_PAGE_SIZE, type DeliveryFilters } from "./log-filters";

/** One row of the admin's webhook delivery log. */
export interface DeliveryRow {
  id: string;
  receivedAt: Date;
  event: string | null;
  deliveryId: string | null;
  signatureOk: boolean;
  outcome: string;
  detail: string | null;
  attempts: number;
  jobId: string | null;
  jobTitle: string | null;
  applicationId: string | null;
  /** The candidate, when the application is (still) one of this org's. */
  candidateName: string | null;
}

function deliveryWhere(orgId: string, f: DeliveryFilters): Prisma.WebhookEventWhereInput {
  const when = dateWindow(f);
  return {
    orgId,
    ...(f.outcome ? { outcome: f.outcome } : {}),
    ...(f.event ? { event: f.event } : {}),
    ...(f.jobId ? { jobId: f.jobId } : {}),
    ...(when.gte || when.lt ? { receivedAt: when } : {}),
  };
}

/** A page of the org's deliveries, newest first; names looked up per page (bounded IN lists). */
export async function getDeliveryPage(orgId: string, f: DeliveryFilters) {
  const where = deliveryWhere(orgId, f);
  const total = await db.webhookEvent.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / DELIVERY_PAGE_SIZE));
  const page = Math.min(f.page, pageCount);
  const events = await db.webhookEvent.findMany({
    where,
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * DELIVERY_PAGE_SIZE,
    take: DELIVERY_PAGE_SIZE,
    select: {
      id: true,
      receivedAt: true,
      event: true,
      deliveryId: true,
      signatureOk: true,
      outcome: true,
      detail: true,
      attempts: true,
      jobId: true,
      applicationId: true,
    },
  });
  const jobIds = [...new Set(events.flatMap((e) => (e.jobId ? [e.jobId] : [])))];
  const appIds = [...new Set(events.flatMap((e) => (e.applicationId ? [e.applicationId] : [])))];
  const [jobs, apps] = await Promise.all([
    jobIds.length ? db.job.findMany({ where: { orgId, id: { in: jobIds } }, select: { id: true, title: true } }) : [],
    appIds.length
      ? db.application.findMany({ where: { orgId, id: { in: appIds } }, select: { id: true, candidateName: true } })
      : [],
  ]);
  const jobTitle = new Map(jobs.map((j) => [j.id, j.title]));
  const candidate = new Map(apps.map((a) => [a.id, a.candidateName]));
  const rows: DeliveryRow[] = events.map((e) => ({
    ...e,
    jobTitle: e.jobId ? (jobTitle.get(e.jobId) ?? null) : null,
    candidateName: e.applicationId ? (candidate.get(e.applicationId) ?? null) : null,
  }));
  return { rows, total, page, pageCount };
}

/** The filter choices: the events this org has received, and its jobs. */
export async function getDeliveryFilterOptions(orgId: string) {
  const [events, jobs] = await Promise.all([
    db.webhookEvent.groupBy({ by: ["event"], where: { orgId }, orderBy: { event: "asc" } }),
    db.job.findMany({ where: { orgId }, select: { id: true, title: true }, orderBy: { createdAt: "desc" } }),
  ]);
  return { events: events.flatMap((e) => (e.event ? [e.event] : [])), jobs };
}

/**
 * Deliveries no org can be named for in the last day (bad signatures are sampled, unknown jobs
 * or tenants): counted so an admin knows they exist, never shown, since nothing proves whose
 * they are.
 */
export function countUnattributed(since = new Date(Date.now() - 86_400_000)): Promise<number> {
  return db.webhookEvent.count({ where: { orgId: null, receivedAt: { gte: since } } });
}

/**
 * "Apply again" for a delivery the applier gave up on: the stored payload goes back to the
 * inbox as received with a fresh attempt budget, and the applier takes it on its next pass
 * (nudged now). Only the org's own failed deliveries; audited with the error it had.
 */
export async function applyDeliveryAgain(actor: Actor, webhookEventId: string): Promise<{ id: string }> {
  const row = await db.webhookEvent.findFirst({
    where: { id: webhookEventId, orgId: actor.orgId },
    select: { id: true, outcome: true, detail: true, deliveryId: true, event: true, jobId: true, payload: true },
  });
  if (!row) throw new UserError("That webhook delivery does not exist.", "NOT_FOUND");
  if (row.outcome !== "failed") throw new UserError("Only a failed delivery can be applied again.", "VALIDATION_ERROR");
  if (!row.payload) throw new UserError("This delivery has no stored body to apply.", "VALIDATION_ERROR");
  await transaction(async (tx) => {
    // The outcome in the where: two admins clicking at once reset it once.
    const { count } = await tx.webhookEvent.updateMany({
      where: { id: row.id, outcome: "failed" },
      data: {
        outcome: "received",
        attempts: 0,
        nextAttemptAt: new Date(),
        claimedBy: null,
        claimedAt: null,
        appliedAt: null,
        detail: null,
      },
    });
    if (!count) throw new UserError("Only a failed delivery can be applied again.", "VALIDATION_ERROR");
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "webhook.reapplied",
      targetType: "webhook",
      targetId: row.id,
      ...(row.jobId ? { jobId: row.jobId } : {}),
      data: { deliveryId: row.deliveryId, event: row.event, previousError: row.detail },
    });
  });
  nudgeApplier();
  return { id: row.id };
}
