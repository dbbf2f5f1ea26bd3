import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/actor";
import { transaction } from "@/lib/transaction";
import { archiveCriteria } from "@/lib/criteria";
import { requireJob, requireOpenJob } from "./guards";

export interface JobInput {
  title: string;
  company: string;
  description: string;
  roleKnowledge?: string | null;
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

export async function createJob(actor: Actor, input: JobInput): Promise<{ jobId: string }> {
  return transaction(async (tx) => {
    const job = await tx.job.create({ data: { orgId: actor.orgId, createdById: actor.userId, ...jobFields(input) } });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "job.created",
      targetType: "job",
      targetId: job.id,
      data: { title: job.title },
    });
    return { jobId: job.id };
  });
}

export async function updateJob(actor: Actor, jobId: string, input: JobInput): Promise<{ jobId: string }> {
  await requireOpenJob(actor.orgId, jobId);
  await transaction(async (tx) => {
    await tx.job.update({ where: { id: jobId }, data: jobFields(input) });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "job.updated",
      targetType: "job",
      targetId: jobId,
      data: { title: input.title },
    });
  });
  return { jobId };
}

/** Closing archives the job's Nova criteria (Nova has no job resource): scoring then stops. */
export async function closeJob(actor: Actor, jobId: string): Promise<{ jobId: string }> {
  const job = await requireJob(actor.orgId, jobId);
  if (job.status === "CLOSED") return { jobId };
  if (job.activeCriteriaVersionId) await archiveCriteria(actor, jobId);
  await transaction(async (tx) => {
    await tx.job.update({ where: { id: jobId }, data: { status: "CLOSED", closedAt: new Date() } });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
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
export async function reopenJob(actor: Actor, jobId: string): Promise<{ jobId: string }> {
  const job = await requireJob(actor.orgId, jobId);
  if (job.status === "OPEN") return { jobId };
  await transaction(async (tx) => {
    await tx.job.update({ where: { id: jobId }, data: { status: "OPEN", closedAt: null } });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "job.reopened",
      targetType: "job",
      targetId: jobId,
    });
  });
  return { jobId };
}
