import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/actor";
import { UserError } from "@/lib/errors";
import { transaction } from "@/lib/transaction";
import { archiveCriteria } from "@/lib/criteria";
import { requireJob, requireOpenJob } from "./guards";
import { lockJobForScoring } from "./scoring-lock";

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

/**
 * Title and company are labels. The description and role knowledge go to Nova with every
 * scoring submission, so once a candidate was submitted, changing them would score later
 * candidates against a different job than earlier ones: an admin's call (ADR 009), checked in
 * the same transaction as the write, under the job row's lock (lockJobForScoring).
 */
export async function updateJob(actor: Actor, jobId: string, input: JobInput): Promise<{ jobId: string }> {
  await requireOpenJob(actor.orgId, jobId);
  const fields = jobFields(input);
  await transaction(async (tx) => {
    const job = await tx.job.findFirstOrThrow({ where: { id: jobId, orgId: actor.orgId } });
    // Whitespace at the ends is not a change (the form trims what it sends).
    const same = (a: string | null, b: string | null) => (a ?? "").trim() === (b ?? "").trim();
    const scoringTextChanged =
      !same(job.description, fields.description) || !same(job.roleKnowledge, fields.roleKnowledge);
    if (scoringTextChanged && actor.role !== "ADMIN") {
      // Submissions lock the job row too: none can commit between this check and the update.
      await lockJobForScoring(tx, jobId);
      const submitted = await tx.application.findFirst({
        where: { orgId: actor.orgId, jobId, pipelineStatus: { not: "NOT_SUBMITTED" } },
        select: { id: true },
      });
      if (submitted)
        throw new UserError(
          "Candidates were already submitted for scoring, so only an admin can change the description or role knowledge now.",
          "FORBIDDEN",
        );
    }
    await tx.job.update({ where: { id: jobId }, data: fields });
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
