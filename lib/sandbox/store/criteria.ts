import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { transaction } from "@/lib/transaction";
import type { Importance } from "../engine";
import { ApiError, notFound } from "../http/errors";
import { isUniqueViolation } from "./unique";

export interface Criterion {
  id: string;
  text: string;
  importance: Importance;
  order: number;
}

export type VersionRow = Awaited<ReturnType<typeof db.sandboxCriteriaVersion.findFirstOrThrow>>;
export type VersionSource = "generate" | "replace" | "add" | "edit" | "remove" | "archive";

export const newCriterionId = () => `crit_${randomBytes(6).toString("hex")}`;

export function criteriaOf(version: VersionRow): Criterion[] {
  return JSON.parse(version.criteria) as Criterion[];
}

/** Opaque concurrency token for `X-Expected-Criteria-Revision`: changes with every version. */
export function revisionOf(version: VersionRow): string {
  return `rev_${createHash("sha256").update(version.id).digest("hex").slice(0, 12)}`;
}

export function versionJson(version: VersionRow) {
  return {
    id: version.id,
    version: version.version,
    status: version.status,
    createdAt: version.createdAt.toISOString(),
    archivedAt: version.archivedAt?.toISOString() ?? null,
  };
}

/**
 * Assigns ids by text match (§9.10): a criterion whose text equals one in the previous
 * version keeps that id; anything new gets a fresh `crit_…`. Order follows the input.
 */
export function assignIds(
  previous: Criterion[],
  next: { text: string; importance: Importance; id?: string }[],
): Criterion[] {
  const unused = new Map<string, string[]>();
  for (const c of previous) unused.set(c.text, [...(unused.get(c.text) ?? []), c.id]);
  return next.map((c, i) => {
    const reused = c.id ?? unused.get(c.text)?.shift();
    return { id: reused ?? newCriterionId(), text: c.text, importance: c.importance, order: i + 1 };
  });
}

export function activeVersion(tenantId: string, jobId: string): Promise<VersionRow | null> {
  return db.sandboxCriteriaVersion.findFirst({
    where: { tenantId, jobId, status: "ACTIVE" },
    orderBy: { version: "desc" },
  });
}

export async function requireActiveVersion(tenantId: string, jobId: string): Promise<VersionRow> {
  const version = await activeVersion(tenantId, jobId);
  if (!version) throw notFound("CRITERIA_NOT_FOUND", `Job ${jobId} has no active criteria. Generate criteria first.`);
  return version;
}

export function latestVersion(tenantId: string, jobId: string): Promise<VersionRow | null> {
  return db.sandboxCriteriaVersion.findFirst({ where: { tenantId, jobId }, orderBy: { version: "desc" } });
}

export async function findVersion(tenantId: string, jobId: string, versionId: string): Promise<VersionRow> {
  const version = await db.sandboxCriteriaVersion.findFirst({ where: { id: versionId, tenantId, jobId } });
  if (!version)
    throw notFound("CRITERIA_VERSION_NOT_FOUND", `Criteria version ${versionId} was not found for job ${jobId}.`);
  return version;
}

export function listVersions(tenantId: string, jobId: string): Promise<VersionRow[]> {
  return db.sandboxCriteriaVersion.findMany({ where: { tenantId, jobId }, orderBy: { version: "desc" } });
}

interface NewVersion {
  /** Computes the new criteria from the current active version (null when none). */
  build: (active: VersionRow | null) => Criterion[];
  source: VersionSource;
  jobDescription?: string;
  /** `X-Expected-Criteria-Revision`: the active version must still be this one. */
  expectedRevision?: string;
  /** Whether the mutation needs active criteria (item edits and archive do; generate and PUT don't). */
  requireActive: boolean;
  status?: "ACTIVE" | "ARCHIVED";
}

/**
 * Every mutation makes a new version: in one transaction the active version (if any) is
 * archived and the next number is written. Two concurrent mutations race for the unique
 * (tenant, job, version) key; the loser re-reads and re-applies its change on the winner. N at
 * once need up to N attempts (one winner per round), so the bound is generous and the retries
 * are jittered apart (six at once on PostgreSQL ran out of five attempts).
 */
export async function createVersion(tenantId: string, jobId: string, change: NewVersion): Promise<VersionRow> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await transaction(async (tx) => {
        const latest = await tx.sandboxCriteriaVersion.findFirst({
          where: { tenantId, jobId },
          orderBy: { version: "desc" },
        });
        const active = latest?.status === "ACTIVE" ? latest : null;
        if (change.requireActive && !active)
          throw notFound("CRITERIA_NOT_FOUND", `Job ${jobId} has no active criteria.`);
        if (change.expectedRevision !== undefined && (!active || revisionOf(active) !== change.expectedRevision)) {
          throw new ApiError(
            409,
            "CRITERIA_REVISION_MISMATCH",
            "The criteria changed since you read them (X-Expected-Criteria-Revision is stale). Re-fetch the current version and retry.",
          );
        }
        const criteria = change.build(active);
        const now = new Date();
        if (active)
          await tx.sandboxCriteriaVersion.update({
            where: { id: active.id },
            data: { status: "ARCHIVED", archivedAt: now },
          });
        const archived = change.status === "ARCHIVED";
        return tx.sandboxCriteriaVersion.create({
          data: {
            tenantId,
            jobId,
            version: (latest?.version ?? 0) + 1,
            status: archived ? "ARCHIVED" : "ACTIVE",
            archivedAt: archived ? now : null,
            criteria: JSON.stringify(criteria),
            source: change.source,
            jobDescription: change.jobDescription ?? latest?.jobDescription ?? null,
          },
        });
      });
    } catch (err) {
      if (!isUniqueViolation(err) || attempt >= 19) throw err;
      await new Promise((r) => setTimeout(r, Math.random() * 20 * (attempt + 1)));
    }
  }
}
