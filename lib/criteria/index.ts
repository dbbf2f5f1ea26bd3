import { recordAudit } from "@/lib/audit";
import { UserError } from "@/lib/errors";
import type { Actor } from "@/lib/actor";
import { db, type Prisma } from "@/lib/db";
import { transaction } from "@/lib/transaction";
import { staleWhere } from "@/lib/applications/stale";
import { requireActiveCriteria, requireOpenJob } from "@/lib/jobs/guards";
import { lockJobForScoring } from "@/lib/jobs/scoring-lock";
import { NovaApiError, novaFor } from "@/lib/nova";
import type { JobContext } from "@/lib/nova/client";
import type { Importance } from "@/lib/nova/importance";
import { CRITERIA_CONFLICT_MESSAGE, NO_CRITERIA_MESSAGE, isRevisionConflict, withNova } from "@/lib/nova/user-message";

/**
 * Local status of a generated version the recruiter has not saved yet. Nova made it active at
 * generation (nova-api.md §2.7), but the job does not point at it, so nothing is scored
 * against it (scoring needs the job's active version) until the recruiter saves the review.
 */
export const DRAFT = "DRAFT";

export interface CriteriaVersionView {
  versionId: string;
  number: number;
  /** Nova's criteriaRevision: what the next edit sends back as its expected revision. */
  revision: string | null;
  criteria: { id: string; text: string; importance: Importance; order: number }[];
  staleCount: number;
}

type Source = "GENERATED" | "ADDED" | "EDITED" | "REMOVED" | "REPLACED" | "SYNCED";

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
  // Refuse before asking Nova (no stray version there), and again in the write's transaction.
  await assertMayReplaceCriteria(db, actor, jobId);
  await withNova(() => novaFor(actor).generateCriteria(jobId, { jobContext: jobContextOf(job), ...input }));
  // A job without criteria (a new job, a reopened one) gets a draft: it is the recruiter's to
  // review, and nothing is scored against it until they save it (saveDraftCriteria).
  return storeCurrentVersion(
    actor,
    jobId,
    "GENERATED",
    "criteria.generated",
    {},
    (tx) => assertMayStillReplaceCriteria(tx, actor, jobId),
    { draft: !job.activeCriteriaVersionId },
  );
}

/**
 * The criteriaRevision an edit is based on: the one the user's page showed, else the one of our
 * active copy. Nova refuses the mutation (409) when its criteria moved on since.
 */
export type ExpectedRevision = string | null | undefined;

export async function addCriterion(
  actor: Actor,
  jobId: string,
  item: { text: string; importance: Importance },
  expected?: ExpectedRevision,
) {
  const revision = await requireEditable(actor, jobId, expected);
  await mutate(actor, jobId, (nova) => nova.addCriterion(jobId, item, revision));
  return storeCurrentVersion(actor, jobId, "ADDED", "criteria.criterion_added", item);
}

export async function editCriterion(
  actor: Actor,
  jobId: string,
  criterionId: string,
  patch: { text?: string; importance?: Importance },
  expected?: ExpectedRevision,
) {
  const revision = await requireEditable(actor, jobId, expected);
  await mutate(actor, jobId, (nova) => nova.editCriterion(jobId, criterionId, patch, revision));
  return storeCurrentVersion(actor, jobId, "EDITED", "criteria.criterion_edited", { criterionId, ...patch });
}

export async function removeCriterion(actor: Actor, jobId: string, criterionId: string, expected?: ExpectedRevision) {
  const revision = await requireEditable(actor, jobId, expected);
  await mutate(actor, jobId, (nova) => nova.removeCriterion(jobId, criterionId, revision));
  return storeCurrentVersion(actor, jobId, "REMOVED", "criteria.criterion_removed", { criterionId });
}

export async function replaceCriteria(
  actor: Actor,
  jobId: string,
  criteria: { text: string; importance: Importance }[],
  expected?: ExpectedRevision,
) {
  const revision = await requireEditable(actor, jobId, expected);
  await mutate(actor, jobId, (nova) => nova.replaceCriteria(jobId, criteria, revision));
  return storeCurrentVersion(actor, jobId, "REPLACED", "criteria.replaced", { count: criteria.length });
}

/**
 * The recruiter's own review step: the generated draft (or, while nothing was submitted, the
 * active criteria), as edited, becomes the job's active version. Allowed to recruiters only
 * while nothing was submitted for scoring yet, because then no score depends on the criteria;
 * afterwards edits are an admin's (replaceCriteria). A draft saved unchanged is promoted as it
 * is: Nova already holds exactly that version, so no second one is made.
 */
export async function saveDraftCriteria(
  actor: Actor,
  jobId: string,
  criteria: { text: string; importance: Importance }[],
  expected?: ExpectedRevision,
) {
  const job = await requireOpenJob(actor.orgId, jobId);
  const draft = await latestDraft(jobId);
  const baseId = draft?.id ?? job.activeCriteriaVersionId;
  if (!baseId) throw new UserError(NO_CRITERIA_MESSAGE, "NO_CRITERIA");
  await assertMayReplaceCriteria(db, actor, jobId);
  const guard = (tx: Prisma.TransactionClient) => assertMayStillReplaceCriteria(tx, actor, jobId);
  if (draft && sameCriteria(draft.criteria, criteria)) {
    await transaction(async (tx) => {
      await guard(tx);
      await activate(tx, jobId, draft.id);
      await recordAudit(tx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: "criteria.draft_saved",
        targetType: "job",
        targetId: jobId,
        data: { version: draft.number, count: criteria.length, unchanged: true },
      });
    });
    return versionView(jobId, draft.id);
  }
  const base = await db.criteriaVersion.findUniqueOrThrow({
    where: { id: baseId },
    select: { criteriaRevision: true },
  });
  const revision = expected || base.criteriaRevision;
  await mutate(actor, jobId, (nova) => nova.replaceCriteria(jobId, criteria, revision));
  return storeCurrentVersion(actor, jobId, "REPLACED", "criteria.draft_saved", { count: criteria.length }, guard);
}

/** The newest generated version still waiting for the recruiter's review, with its criteria. */
function latestDraft(jobId: string) {
  return db.criteriaVersion.findFirst({
    where: { jobId, status: DRAFT },
    orderBy: { number: "desc" },
    include: { criteria: { orderBy: { order: "asc" } } },
  });
}

function sameCriteria(a: { text: string; importance: string }[], b: { text: string; importance: string }[]): boolean {
  return a.length === b.length && a.every((c, i) => c.text === b[i]!.text && c.importance === b[i]!.importance);
}

/** Makes a stored version the job's active one; every other current or draft copy is archived. */
async function activate(tx: Prisma.TransactionClient, jobId: string, versionId: string) {
  await tx.criteriaVersion.updateMany({
    where: { jobId, id: { not: versionId }, status: { in: ["ACTIVE", DRAFT] } },
    data: { status: "ARCHIVED", archivedAt: new Date() },
  });
  await tx.criteriaVersion.update({ where: { id: versionId }, data: { status: "ACTIVE" } });
  await tx.job.update({ where: { id: jobId }, data: { activeCriteriaVersionId: versionId } });
}

/**
 * Once any candidate of the job was submitted for scoring, scores depend on the criteria:
 * generating or replacing them (which stales every score) is then an admin's decision. Checked
 * before asking Nova and again, locked, in the transaction that stores the new version
 * (assertMayStillReplaceCriteria).
 */
export async function assertMayReplaceCriteria(
  client: Pick<Prisma.TransactionClient, "application">,
  actor: Pick<Actor, "orgId" | "role">,
  jobId: string,
): Promise<void> {
  if (actor.role === "ADMIN") return;
  const submitted = await client.application.findFirst({
    where: { orgId: actor.orgId, jobId, pipelineStatus: { not: "NOT_SUBMITTED" } },
    select: { id: true },
  });
  if (submitted)
    throw new UserError(
      "Candidates were already submitted for scoring, so only an admin can change these criteria now.",
      "FORBIDDEN",
    );
}

/**
 * assertMayReplaceCriteria inside the transaction that stores the new version, under the job
 * row's lock: submissions take it too, so none can commit between this check and the write
 * (on PostgreSQL a plain read would not see a submission still in flight and let it slip past).
 */
export async function assertMayStillReplaceCriteria(
  tx: Prisma.TransactionClient,
  actor: Pick<Actor, "orgId" | "role">,
  jobId: string,
): Promise<void> {
  if (actor.role === "ADMIN") return;
  await lockJobForScoring(tx, jobId);
  await assertMayReplaceCriteria(tx, actor, jobId);
}

export async function archiveCriteria(actor: Actor, jobId: string): Promise<{ jobId: string }> {
  const job = await requireActiveCriteria(actor.orgId, jobId);
  const revision = await requireEditable(actor, jobId);
  await withNova(() => novaFor(actor).archiveCriteria(jobId, revision));
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
 * One criteria mutation at Nova. When Nova refuses it because the criteria changed elsewhere
 * (a stale revision), Nova's current version is stored first, so "reload" shows theirs; then
 * the refusal goes to the user, whose edit stays on their screen.
 */
async function mutate(actor: Actor, jobId: string, call: (nova: ReturnType<typeof novaFor>) => Promise<unknown>) {
  try {
    await withNova(async () => {
      try {
        await call(novaFor(actor));
      } catch (err) {
        if (err instanceof NovaApiError && isRevisionConflict(err, true))
          throw new UserError(CRITERIA_CONFLICT_MESSAGE, "CRITERIA_CONFLICT");
        throw err;
      }
    });
  } catch (err) {
    if (err instanceof UserError && err.code === "CRITERIA_CONFLICT")
      await storeCurrentVersion(actor, jobId, "SYNCED", "criteria.synced").catch((syncErr: unknown) =>
        console.warn("[criteria] could not read the changed criteria back", syncErr),
      );
    throw err;
  }
}

/** Checks the job can be edited; returns the revision to send as X-Expected-Criteria-Revision. */
async function requireEditable(actor: Actor, jobId: string, expected?: ExpectedRevision): Promise<string | null> {
  const job = await requireActiveCriteria(actor.orgId, jobId);
  if (expected) return expected;
  const active = await db.criteriaVersion.findUnique({
    where: { id: job.activeCriteriaVersionId },
    select: { criteriaRevision: true },
  });
  return active?.criteriaRevision ?? null;
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
  guard?: (tx: Prisma.TransactionClient) => Promise<void>,
  options: { draft?: boolean } = {},
): Promise<CriteriaVersionView> {
  const current = await withNova(() => novaFor(actor).getCurrentCriteria(jobId));
  const version = await transaction(async (tx) => {
    if (guard) await guard(tx);
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
          status: options.draft ? DRAFT : current.version.status,
          source,
          criteriaRevision: current.criteriaRevision,
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
    if (options.draft) {
      // An earlier draft is superseded by this one; the job still has no active criteria.
      await tx.criteriaVersion.updateMany({
        where: { jobId, id: { not: stored.id }, status: DRAFT },
        data: { status: "ARCHIVED", archivedAt: new Date() },
      });
    } else {
      // Older local copies (and an unsaved draft) are no longer active at Nova.
      await activate(tx, jobId, stored.id);
    }
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
    revision: v.criteriaRevision,
    criteria: v.criteria.map((c) => ({ id: c.novaId, text: c.text, importance: c.importance, order: c.order })),
    staleCount: await countStale(jobId, v.novaId),
  };
}

function countStale(jobId: string, activeNovaId: string): Promise<number> {
  return db.application.count({ where: { jobId, ...staleWhere(activeNovaId) } });
}
