import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { UserError } from "@/lib/errors";
import { transaction } from "@/lib/transaction";
import { getJob } from "./queries";

/**
 * Hiring managers see only the jobs an admin assigned them to; everyone else sees the org's
 * jobs. Null means "no restriction". A hiring manager has few assignments, so the list is small.
 */
export const visibleJobIds = cache(async (actor: Actor): Promise<string[] | null> => {
  if (actor.role !== "HIRING_MANAGER") return null;
  const rows = await db.jobMember.findMany({
    where: { orgId: actor.orgId, userId: actor.userId },
    select: { jobId: true },
    take: 1000,
  });
  return rows.map((r) => r.jobId);
});

export async function canSeeJob(actor: Actor, jobId: string): Promise<boolean> {
  const ids = await visibleJobIds(actor);
  return ids === null || ids.includes(jobId);
}

/**
 * The job as a page under /jobs/[jobId] may show it: null when it does not exist, is another
 * org's, or is not a hiring manager's. Each page checks this itself before loading anything:
 * Next renders a segment's page in parallel with its layout, so the layout's 404 alone would
 * still put the page's data into the response's payload. Read once per request (React cache):
 * the layout, the page and its metadata all ask. Pages only; actions and routes read afresh.
 */
export const getVisibleJob = cache(async (actor: Actor, jobId: string) => {
  const [job, visible] = await Promise.all([getJob(actor.orgId, jobId), canSeeJob(actor, jobId)]);
  return job && visible ? job : null;
});

/** For actions and routes a hiring manager may use: refuse jobs they are not on, as not found. */
export async function requireJobAccess(actor: Actor, jobId: string): Promise<void> {
  if (!(await canSeeJob(actor, jobId))) throw new UserError("Job not found.", "NOT_FOUND");
}

export function listJobHiringManagers(orgId: string, jobId: string) {
  return db.jobMember.findMany({
    where: { orgId, jobId },
    select: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
}

/** Members with the hiring-manager role, for the admin's assign picker. */
export function listOrgHiringManagers(orgId: string) {
  return db.membership.findMany({
    where: { orgId, role: "HIRING_MANAGER" },
    select: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
}

export async function assignHiringManager(actor: Actor, jobId: string, userId: string) {
  const [job, membership] = await Promise.all([
    db.job.findFirst({ where: { id: jobId, orgId: actor.orgId }, select: { id: true } }),
    db.membership.findUnique({ where: { userId_orgId: { userId, orgId: actor.orgId } }, select: { role: true } }),
  ]);
  if (!job) throw new UserError("Job not found.", "NOT_FOUND");
  if (membership?.role !== "HIRING_MANAGER")
    throw new UserError("Only members with the Hiring manager role can be assigned to a job.");
  await transaction(async (tx) => {
    await tx.jobMember.upsert({
      where: { jobId_userId: { jobId, userId } },
      create: { orgId: actor.orgId, jobId, userId, createdById: actor.userId },
      update: {},
    });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "job.member_added",
      targetType: "user",
      targetId: userId,
      jobId,
    });
  });
  return { jobId, userId };
}

export async function unassignHiringManager(actor: Actor, jobId: string, userId: string) {
  const job = await db.job.findFirst({ where: { id: jobId, orgId: actor.orgId }, select: { id: true } });
  if (!job) throw new UserError("Job not found.", "NOT_FOUND");
  await transaction(async (tx) => {
    const { count } = await tx.jobMember.deleteMany({ where: { orgId: actor.orgId, jobId, userId } });
    if (count)
      await recordAudit(tx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: "job.member_removed",
        targetType: "user",
        targetId: userId,
        jobId,
      });
  });
  return { jobId, userId };
}
