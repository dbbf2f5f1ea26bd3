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
  input: { jobId: string; scope: RescoreScope; applicationIds?: string[]; criteriaVersionId?: string },
): Promise<{ operationId: string | null; count: number }> {
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
  const select = { id: true, currentScoringJobId: true } as const;
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
  return createOperation({
    orgId: actor.orgId,
    jobId: job.id,
    kind: "RESCORE",
    applicationIds: scored.map((a) => a.id),
    actorId: actor.userId,
    criteriaVersionNovaId: input.criteriaVersionId ?? null,
    audit: {
      action: "rescore.requested",
      data: { scope: input.scope, criteriaVersionId: input.criteriaVersionId ?? null },
    },
  });
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
