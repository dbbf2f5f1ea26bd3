import { UserError } from "@/lib/errors";
import type { Actor } from "@/lib/actor";
import { inChunks } from "@/lib/chunks";
import { db } from "@/lib/db";
import { staleWhere } from "@/lib/applications/stale";
import { requireActiveCriteria } from "@/lib/jobs/guards";
import { lockJobForScoring } from "@/lib/jobs/scoring-lock";
import { transaction } from "@/lib/transaction";
import { createOperation } from "./operations";
import { loadApplications, sendOne } from "@/lib/sending/send";
import { BANDS, scoreBand } from "@/lib/nova/bands";
import { DECISION_LABEL, DECISIONS, type DecisionValue } from "@/lib/review/labels";

/** Queues first submissions: the given applications, or every one not yet accepted by Nova. */
export async function submitApplications(
  actor: Actor,
  jobId: string,
  applicationIds?: string[],
): Promise<{ operationId: string | null; count: number }> {
  await requireActiveCriteria(actor.orgId, jobId);
  const apps = applicationIds
    ? await inChunks([...new Set(applicationIds)], (ids) =>
        db.application.findMany({ where: { jobId, orgId: actor.orgId, id: { in: ids } }, select: { id: true } }),
      )
    : await db.application.findMany({ where: { jobId, orgId: actor.orgId }, select: { id: true } });
  if (applicationIds && apps.length !== new Set(applicationIds).size)
    throw new UserError("Some of those applications do not belong to this job.", "NOT_FOUND");
  return createOperation({
    orgId: actor.orgId,
    jobId,
    kind: "SUBMIT",
    applicationIds: apps.map((a) => a.id),
    actorId: actor.userId,
  });
}

export type RescoreScope = "one" | "selected" | "stale";

/**
 * Queues rescores (billable: one new Nova scoring job each) for applications that have been
 * scored before: one, a selection, or all whose current score used an older criteria version.
 * Optionally pinned to a stored criteria version of this job.
 */
export async function rescoreApplications(
  actor: Actor,
  input: RescoreInput,
): Promise<{ operationId: string | null; count: number }> {
  const { job, apps } = await rescoreTargets(actor, input);
  return createOperation({
    orgId: actor.orgId,
    jobId: job.id,
    kind: "RESCORE",
    applicationIds: apps.map((a) => a.id),
    actorId: actor.userId,
    criteriaVersionNovaId: input.criteriaVersionId ?? null,
    audit: {
      action: "rescore.requested",
      data: { scope: input.scope, criteriaVersionId: input.criteriaVersionId ?? null },
    },
  });
}

export interface RescorePreview {
  total: number;
  /** Count per current band (Nova's five bands, best first; bands with none are left out). */
  byBand: { key: string; label: string; count: number }[];
  /** Count per screening decision (undecided first). */
  byDecision: { decision: DecisionValue; label: string; count: number }[];
}

/**
 * What a rescore would take, for the confirmation dialog: the very selection the rescore makes
 * (same checks, same errors), counted by current band and by decision. Nothing is written.
 */
export async function previewRescore(actor: Actor, input: RescoreInput): Promise<RescorePreview> {
  const { apps } = await rescoreTargets(actor, input);
  const bands = new Map<string, number>();
  const decisions = new Map<DecisionValue, number>();
  for (const a of apps) {
    const band = a.currentScore === null ? NO_SCORE.key : scoreBand(a.currentScore).key;
    bands.set(band, (bands.get(band) ?? 0) + 1);
    decisions.set(a.decision, (decisions.get(a.decision) ?? 0) + 1);
  }
  return {
    total: apps.length,
    byBand: [...BANDS, NO_SCORE].flatMap((b) =>
      bands.get(b.key) ? [{ key: b.key, label: b.label, count: bands.get(b.key)! }] : [],
    ),
    byDecision: DECISIONS.flatMap((d) =>
      decisions.get(d) ? [{ decision: d, label: DECISION_LABEL[d], count: decisions.get(d)! }] : [],
    ),
  };
}

/** A failed last attempt has no score to band: rescoring it is still billed. */
const NO_SCORE = { key: "none", label: "No current score" } as const;

type RescoreInput = { jobId: string; scope: RescoreScope; applicationIds?: string[]; criteriaVersionId?: string };

/**
 * The applications a rescore takes (only those scored before): one, a selection, or all whose
 * current score used an older criteria version. Refuses ids of another job and, for an explicit
 * choice, applications never scored.
 */
async function rescoreTargets(actor: Actor, input: RescoreInput) {
  const job = await requireActiveCriteria(actor.orgId, input.jobId);
  if (input.criteriaVersionId) {
    const v = await db.criteriaVersion.findFirst({ where: { jobId: job.id, novaId: input.criteriaVersionId } });
    if (!v) throw new UserError("That criteria version does not belong to this job.", "NOT_FOUND");
  }
  const active = await db.criteriaVersion.findUniqueOrThrow({ where: { id: job.activeCriteriaVersionId } });
  if (input.scope !== "stale" && !input.applicationIds?.length)
    throw new UserError("Choose the applications to rescore.", "VALIDATION_ERROR");
  if (input.scope === "one" && input.applicationIds!.length !== 1)
    throw new UserError("Rescore one means exactly one application.", "VALIDATION_ERROR");
  const select = { id: true, currentScoringJobId: true, currentScore: true, decision: true } as const;
  const apps =
    input.scope === "stale"
      ? await db.application.findMany({
          where: { jobId: job.id, orgId: actor.orgId, ...staleWhere(active.novaId) },
          select,
        })
      : await inChunks([...new Set(input.applicationIds)], (ids) =>
          db.application.findMany({ where: { jobId: job.id, orgId: actor.orgId, id: { in: ids } }, select }),
        );
  if (input.scope !== "stale" && apps.length !== new Set(input.applicationIds).size)
    throw new UserError("Some of those applications do not belong to this job.", "NOT_FOUND");
  const scored = apps.filter((a) => a.currentScoringJobId);
  if (input.scope !== "stale" && scored.length !== apps.length)
    throw new UserError("Only applications that were scored before can be rescored; submit the others.", "NOT_SCORED");
  return { job, apps: scored };
}

/**
 * Sends one just-added application at once (the per-file upload's "submit now"), so an intake
 * rejection shows next to that very file. When Nova is unavailable it goes to the outbox and
 * is retried in the background. Returns the message to show, if any.
 */
export async function submitNewApplication(actor: Actor, applicationId: string): Promise<string | undefined> {
  const [app] = await loadApplications([applicationId]);
  if (!app || app.orgId !== actor.orgId) throw new UserError("That application does not exist.", "NOT_FOUND");
  if (!app.job.activeCriteriaVersionId) return "Saved, but not submitted: generate criteria first.";
  // Under the job row's lock, like every submission (see lockJobForScoring).
  await transaction(async (tx) => {
    await lockJobForScoring(tx, app.jobId);
    await tx.application.update({ where: { id: applicationId }, data: { pipelineStatus: "PENDING" } });
  });
  const outcome = await sendOne(app);
  if (outcome.kind === "rejected") return outcome.message;
  if (outcome.kind === "retry") {
    await db.application.update({ where: { id: applicationId }, data: { pipelineStatus: "NOT_SUBMITTED" } });
    await submitApplications(actor, app.jobId, [applicationId]);
  }
  return undefined;
}
