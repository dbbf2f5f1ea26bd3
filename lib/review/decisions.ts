import { UserError } from "@/lib/errors";
import type { Actor } from "@/lib/actor";
import { requireJob } from "@/lib/jobs/guards";
import { decisionOf } from "@/lib/applications/counts";
import { getJobTallies } from "@/lib/applications/queries";
import { transaction } from "@/lib/transaction";
import type { DecisionValue, RejectReasonValue } from "./labels";

/** Ids per statement/transaction: keeps IN lists and write locks short whatever the selection. */
export const DECISION_CHUNK = 500;

export interface DecisionInput {
  decision: DecisionValue;
  /** Required for REJECT, ignored otherwise. */
  reason?: RejectReasonValue | null;
  /** Required when the reason is OTHER; an optional detail for any other reason. */
  reasonText?: string | null;
  /**
   * The decider had Hide identities on: stored with the decision and in its audit row. Read
   * from the user's saved preference on the server, never taken from the client.
   */
  blind?: boolean;
}

/** Reason fields as stored: only a rejection carries a reason; OTHER must say what. */
function normalise(input: DecisionInput): { reason: RejectReasonValue | null; reasonText: string | null } {
  if (input.decision !== "REJECT") return { reason: null, reasonText: null };
  const text = input.reasonText?.trim() || null;
  if (!input.reason)
    throw new UserError("Choose a reason for the rejection.", "VALIDATION_ERROR", {
      reason: ["Choose a reason for the rejection."],
    });
  if (input.reason === "OTHER" && !text)
    throw new UserError("Say why in a few words when the reason is Other.", "VALIDATION_ERROR", {
      reasonText: ["Say why in a few words when the reason is Other."],
    });
  return { reason: input.reason, reasonText: text };
}

interface Current {
  id: string;
  jobId: string;
  decision: DecisionValue;
  rejectReason: RejectReasonValue | null;
  rejectReasonText: string | null;
  currentCriteriaVersionNovaId: string | null;
}

const currentSelect = {
  id: true,
  jobId: true,
  decision: true,
  rejectReason: true,
  rejectReasonText: true,
  currentCriteriaVersionNovaId: true,
} as const;

function unchanged(c: Current, to: DecisionValue, reason: RejectReasonValue | null, text: string | null) {
  return c.decision === to && c.rejectReason === reason && c.rejectReasonText === text;
}

export interface DecisionResult {
  applicationId: string;
  jobId: string;
  decision: DecisionValue;
  changed: boolean;
}

/**
 * Records a person's decision on one application (UNDECIDED undoes it). The decision is
 * independent of the score: rescoring never changes it. The audit row (who, from → to, reason)
 * commits with the change; deciding the same thing twice writes nothing.
 */
export async function decide(actor: Actor, applicationId: string, input: DecisionInput): Promise<DecisionResult> {
  const { reason, reasonText } = normalise(input);
  return transaction(async (tx) => {
    const app = await tx.application.findFirst({
      where: { id: applicationId, orgId: actor.orgId },
      select: currentSelect,
    });
    if (!app) throw new UserError("That candidate does not exist.", "NOT_FOUND");
    if (unchanged(app, input.decision, reason, reasonText))
      return { applicationId, jobId: app.jobId, decision: input.decision, changed: false };
    const undecided = input.decision === "UNDECIDED";
    await tx.application.update({
      where: { id: app.id },
      data: {
        decision: input.decision,
        rejectReason: reason,
        rejectReasonText: reasonText,
        decidedById: undecided ? null : actor.userId,
        decidedAt: undecided ? null : new Date(),
        decidedCriteriaVersionNovaId: undecided ? null : app.currentCriteriaVersionNovaId,
        decidedBlind: !undecided && Boolean(input.blind),
      },
    });
    await tx.auditEvent.create({
      data: auditRow(actor, app, input.decision, reason, reasonText, { bulk: false, blind: Boolean(input.blind) }),
    });
    return { applicationId, jobId: app.jobId, decision: input.decision, changed: true };
  });
}

function auditRow(
  actor: Actor,
  app: Current,
  to: DecisionValue,
  reason: RejectReasonValue | null,
  reasonText: string | null,
  how: { bulk: boolean; blind: boolean },
) {
  return {
    orgId: actor.orgId,
    actorId: actor.userId,
    action: "decision.changed",
    targetType: "application",
    targetId: app.id,
    jobId: app.jobId,
    data: JSON.stringify({
      jobId: app.jobId,
      from: app.decision,
      to,
      reason,
      reasonText,
      ...(how.bulk ? { bulk: true } : {}),
      ...(how.blind ? { blind: true } : {}),
    }),
  };
}

/**
 * The same decision (and reason) for many applications of one job, with one audit row per
 * application that changed. Ids are processed in chunks of DECISION_CHUNK, each chunk its own
 * short transaction; ids not in this org's job are ignored (never another org's).
 */
export async function decideMany(
  actor: Actor,
  jobId: string,
  applicationIds: string[],
  input: DecisionInput,
): Promise<{ changed: number; unchanged: number; missing: number }> {
  const { reason, reasonText } = normalise(input);
  await requireJob(actor.orgId, jobId);
  const ids = [...new Set(applicationIds)];
  const undecided = input.decision === "UNDECIDED";
  let changed = 0;
  let same = 0;
  let found = 0;
  for (let i = 0; i < ids.length; i += DECISION_CHUNK) {
    const chunk = ids.slice(i, i + DECISION_CHUNK);
    const result = await transaction(async (tx) => {
      const apps = await tx.application.findMany({
        where: { id: { in: chunk }, orgId: actor.orgId, jobId },
        select: currentSelect,
      });
      const toChange = apps.filter((a) => !unchanged(a, input.decision, reason, reasonText));
      // The decided-on criteria version is per row; rows share few versions, so one update each.
      const byVersion = new Map<string | null, string[]>();
      for (const a of toChange) {
        const key = undecided ? null : a.currentCriteriaVersionNovaId;
        const same = byVersion.get(key);
        if (same) same.push(a.id);
        else byVersion.set(key, [a.id]);
      }
      const now = new Date();
      for (const [version, versionIds] of byVersion) {
        await tx.application.updateMany({
          where: { id: { in: versionIds }, orgId: actor.orgId },
          data: {
            decision: input.decision,
            rejectReason: reason,
            rejectReasonText: reasonText,
            decidedById: undecided ? null : actor.userId,
            decidedAt: undecided ? null : now,
            decidedCriteriaVersionNovaId: version,
            decidedBlind: !undecided && Boolean(input.blind),
          },
        });
      }
      if (toChange.length)
        await tx.auditEvent.createMany({
          data: toChange.map((a) =>
            auditRow(actor, a, input.decision, reason, reasonText, { bulk: true, blind: Boolean(input.blind) }),
          ),
        });
      return { found: apps.length, changed: toChange.length };
    });
    found += result.found;
    changed += result.changed;
    same += result.found - result.changed;
  }
  return { changed, unchanged: same, missing: ids.length - found };
}

export interface DecisionCounts {
  undecided: number;
  advanced: number;
  onHold: number;
  rejected: number;
}

/** From the job's tallies (per request, lib/applications/queries.ts): no count over the whole job. */
export async function getDecisionCounts(orgId: string, jobId: string): Promise<DecisionCounts> {
  const tallies = await getJobTallies(orgId, jobId);
  const n = (d: DecisionValue) => decisionOf(tallies, d);
  return { undecided: n("UNDECIDED"), advanced: n("ADVANCE"), onHold: n("HOLD"), rejected: n("REJECT") };
}
