import { recordAudit } from "@/lib/audit";
import { UserError } from "@/lib/auth/errors";
import type { OrgContext } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { transaction } from "@/lib/transaction";
import { novaFor } from "@/lib/nova";
import { withNova } from "@/lib/criteria/nova-errors";

export interface JobInput {
  title: string;
  company: string;
  description: string;
  roleKnowledge?: string | null;
}

/** The job, if it belongs to the org; a NOT_FOUND UserError otherwise (never another org's). */
export async function requireJob(orgId: string, jobId: string) {
  const job = await db.job.findFirst({ where: { id: jobId, orgId } });
  if (!job) throw new UserError("That job does not exist.", "NOT_FOUND");
  return job;
}

export async function requireOpenJob(orgId: string, jobId: string) {
  const job = await requireJob(orgId, jobId);
  if (job.status === "CLOSED") throw new UserError("This job is closed.", "JOB_CLOSED");
  return job;
}

/** Only the job's own fields, whatever else the caller's object carries. */
function jobFields(input: JobInput) {
  return {
    title: input.title,
    company: input.company,
    description: input.description,
    roleKnowledge: input.roleKnowledge || null,
  };
}

export async function createJob(ctx: OrgContext, input: JobInput): Promise<{ jobId: string }> {
  return transaction(async (tx) => {
    const job = await tx.job.create({ data: { orgId: ctx.org.id, createdById: ctx.user.id, ...jobFields(input) } });
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actorId: ctx.user.id,
      action: "job.created",
      targetType: "job",
      targetId: job.id,
      data: { title: job.title },
    });
    return { jobId: job.id };
  });
}

export async function updateJob(ctx: OrgContext, jobId: string, input: JobInput): Promise<{ jobId: string }> {
  await requireOpenJob(ctx.org.id, jobId);
  await transaction(async (tx) => {
    await tx.job.update({ where: { id: jobId }, data: jobFields(input) });
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actorId: ctx.user.id,
      action: "job.updated",
      targetType: "job",
      targetId: jobId,
      data: { title: input.title },
    });
  });
  return { jobId };
}

/** Closing archives the job's Nova criteria (Nova has no job resource): scoring then stops. */
export async function closeJob(ctx: OrgContext, jobId: string): Promise<{ jobId: string }> {
  const job = await requireJob(ctx.org.id, jobId);
  if (job.status === "CLOSED") return { jobId };
  if (job.activeCriteriaVersionId) await withNova(() => novaFor(ctx.org).archiveCriteria(jobId));
  await transaction(async (tx) => {
    if (job.activeCriteriaVersionId) {
      await tx.criteriaVersion.update({
        where: { id: job.activeCriteriaVersionId },
        data: { status: "ARCHIVED", archivedAt: new Date() },
      });
    }
    await tx.job.update({
      where: { id: jobId },
      data: { status: "CLOSED", closedAt: new Date(), activeCriteriaVersionId: null },
    });
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actorId: ctx.user.id,
      action: "job.closed",
      targetType: "job",
      targetId: jobId,
    });
  });
  return { jobId };
}

/**
 * Reopening takes candidates again. Nova cannot un-archive criteria ("to restore, generate
 * again"), so the job comes back without active criteria and the ranking asks for new ones.
 */
export async function reopenJob(ctx: OrgContext, jobId: string): Promise<{ jobId: string }> {
  const job = await requireJob(ctx.org.id, jobId);
  if (job.status === "OPEN") return { jobId };
  await transaction(async (tx) => {
    await tx.job.update({ where: { id: jobId }, data: { status: "OPEN", closedAt: null } });
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actorId: ctx.user.id,
      action: "job.reopened",
      targetType: "job",
      targetId: jobId,
    });
  });
  return { jobId };
}
