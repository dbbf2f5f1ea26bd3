import { recordAudit } from "@/lib/audit";
import { UserError } from "@/lib/errors";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { transaction } from "@/lib/transaction";
import { staleWhere } from "@/lib/applications/stale";
import { requireActiveCriteria, requireOpenJob } from "@/lib/jobs/guards";
import { novaFor } from "@/lib/nova";
import type { JobContext } from "@/lib/nova/client";
import type { Importance } from "@/lib/nova/importance";
import { withNova } from "@/lib/nova/user-message";

export interface CriteriaVersionView {
  versionId: string;
  number: number;
  criteria: { id: string; text: string; importance: Importance; order: number }[];
  staleCount: number;
}

type Source = "GENERATED" | "ADDED" | "EDITED" | "REMOVED" | "REPLACED";

function jobContextOf(job: {
  title: string;
  company: string;
  description: string;
  roleKnowledge: string | null;
}): JobContext {
  return {
    jobTitle: job.title,
    companyName: job.company,
    jobDescription: job.description,
    ...(job.roleKnowledge ? { additionalInfo: job.roleKnowledge } : {}),
  };
}

export async function generateClarificationQuestions(actor: Actor, jobId: string) {
  const job = await requireOpenJob(actor.orgId, jobId);
  const set = await withNova(() => novaFor(actor).createQuestionSet(jobId, jobContextOf(job)));
  return { questionSetId: set.id, questions: set.questions, guidance: set.guidance, expiresAt: set.expiresAt };
}

export async function generateCriteria(
  actor: Actor,
  jobId: string,
  input: { questionSetId?: string; answers?: { id: string; value: string | string[] }[] },
) {
  const job = await requireOpenJob(actor.orgId, jobId);
  if (input.answers?.length && !input.questionSetId)
    throw new UserError("Answers need the question set they belong to.", "VALIDATION_ERROR");
  await withNova(() => novaFor(actor).generateCriteria(jobId, { jobContext: jobContextOf(job), ...input }));
  return storeCurrentVersion(actor, jobId, "GENERATED", "criteria.generated");
}

export async function addCriterion(actor: Actor, jobId: string, item: { text: string; importance: Importance }) {
  await requireActiveCriteria(actor.orgId, jobId);
  await withNova(() => novaFor(actor).addCriterion(jobId, item));
  return storeCurrentVersion(actor, jobId, "ADDED", "criteria.criterion_added", item);
}

export async function editCriterion(
  actor: Actor,
  jobId: string,
  criterionId: string,
  patch: { text?: string; importance?: Importance },
) {
  await requireActiveCriteria(actor.orgId, jobId);
  await withNova(() => novaFor(actor).editCriterion(jobId, criterionId, patch));
  return storeCurrentVersion(actor, jobId, "EDITED", "criteria.criterion_edited", { criterionId, ...patch });
}

export async function removeCriterion(actor: Actor, jobId: string, criterionId: string) {
  await requireActiveCriteria(actor.orgId, jobId);
  await withNova(() => novaFor(actor).removeCriterion(jobId, criterionId));
  return storeCurrentVersion(actor, jobId, "REMOVED", "criteria.criterion_removed", { criterionId });
}

export async function replaceCriteria(
  actor: Actor,
  jobId: string,
  criteria: { text: string; importance: Importance }[],
) {
  await requireActiveCriteria(actor.orgId, jobId);
  await withNova(() => novaFor(actor).replaceCriteria(jobId, criteria));
  return storeCurrentVersion(actor, jobId, "REPLACED", "criteria.replaced", { count: criteria.length });
}

/**
 * The recruiter's own review step when creating a job: the generated draft, edited, becomes a
 * new version. Allowed to recruiters only while nothing was submitted for scoring yet, because
 * then no score depends on the criteria; afterwards edits are an admin's (replaceCriteria).
 */
export async function saveDraftCriteria(
  actor: Actor,
  jobId: string,
  criteria: { text: string; importance: Importance }[],
) {
  await requireActiveCriteria(actor.orgId, jobId);
  const submitted = await db.application.count({
    where: { orgId: actor.orgId, jobId, pipelineStatus: { not: "NOT_SUBMITTED" } },
  });
  if (submitted > 0)
    throw new UserError(
      "Candidates were already submitted for scoring, so only an admin can change these criteria now.",
      "FORBIDDEN",
    );
  await withNova(() => novaFor(actor).replaceCriteria(jobId, criteria));
  return storeCurrentVersion(actor, jobId, "REPLACED", "criteria.draft_saved", { count: criteria.length });
}

export async function archiveCriteria(actor: Actor, jobId: string): Promise<{ jobId: string }> {
  const job = await requireActiveCriteria(actor.orgId, jobId);
  await withNova(() => novaFor(actor).archiveCriteria(jobId));
  await transaction(async (tx) => {
    await tx.criteriaVersion.update({
      where: { id: job.activeCriteriaVersionId },
      data: { status: "ARCHIVED", archivedAt: new Date() },
    });
    await tx.job.update({ where: { id: jobId }, data: { activeCriteriaVersionId: null } });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "criteria.archived",
      targetType: "job",
      targetId: jobId,
    });
  });
  return { jobId };
}

/**
 * Reads Nova's now-current version and keeps a local copy (every version is kept, keyed by
 * Nova's id so a retried action stores it once), makes it the job's active version and
 * records the audit event, all in one transaction.
 */
async function storeCurrentVersion(
  actor: Actor,
  jobId: string,
  source: Source,
  auditAction: string,
  auditData: Record<string, unknown> = {},
): Promise<CriteriaVersionView> {
  const current = await withNova(() => novaFor(actor).getCurrentCriteria(jobId));
  const version = await transaction(async (tx) => {
    const existing = await tx.criteriaVersion.findUnique({
      where: { jobId_novaId: { jobId, novaId: current.version.id } },
    });
    const stored =
      existing ??
      (await tx.criteriaVersion.create({
        data: {
          jobId,
          novaId: current.version.id,
          number: current.version.version,
          status: current.version.status,
          source,
          createdById: actor.userId,
          criteria: {
            create: current.criteria.map((c) => ({
              novaId: c.id,
              text: c.text,
              importance: c.importance,
              order: c.order,
            })),
          },
        },
      }));
    // Older local copies are no longer active at Nova.
    await tx.criteriaVersion.updateMany({
      where: { jobId, id: { not: stored.id }, status: "ACTIVE" },
      data: { status: "ARCHIVED", archivedAt: new Date() },
    });
    await tx.job.update({ where: { id: jobId }, data: { activeCriteriaVersionId: stored.id } });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: auditAction,
      targetType: "job",
      targetId: jobId,
      data: { version: stored.number, ...auditData },
    });
    return stored;
  });
  return versionView(jobId, version.id);
}

export async function versionView(jobId: string, versionId: string): Promise<CriteriaVersionView> {
  const v = await db.criteriaVersion.findUniqueOrThrow({
    where: { id: versionId },
    include: { criteria: { orderBy: { order: "asc" } } },
  });
  return {
    versionId: v.novaId,
    number: v.number,
    criteria: v.criteria.map((c) => ({ id: c.novaId, text: c.text, importance: c.importance, order: c.order })),
    staleCount: await countStale(jobId, v.novaId),
  };
}

function countStale(jobId: string, activeNovaId: string): Promise<number> {
  return db.application.count({ where: { jobId, ...staleWhere(activeNovaId) } });
}
