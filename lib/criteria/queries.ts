import "server-only";
import { db } from "@/lib/db";
import type { Importance } from "@/lib/nova/importance";
import { DRAFT } from "./index";

/** Reads for criteria. Versions are reached through their job, so the org scopes every read. */

export interface CriterionView {
  id: string;
  novaId: string;
  text: string;
  importance: Importance;
  order: number;
}

export interface VersionView {
  id: string;
  novaId: string;
  number: number;
  status: string;
  source: string;
  /** Nova's criteriaRevision (null when Nova did not send one). */
  criteriaRevision: string | null;
  createdAt: Date;
  criteria: CriterionView[];
}

const versionSelect = {
  id: true,
  novaId: true,
  number: true,
  status: true,
  source: true,
  criteriaRevision: true,
  createdAt: true,
  criteria: {
    orderBy: { order: "asc" },
    select: { id: true, novaId: true, text: true, importance: true, order: true },
  },
} as const;

/** Every version of a job, newest first, with its criteria (jobs have tens of versions at most). */
export function listCriteriaVersions(orgId: string, jobId: string): Promise<VersionView[]> {
  return db.criteriaVersion.findMany({
    where: { jobId, job: { orgId } },
    orderBy: { number: "desc" },
    select: versionSelect,
  });
}

/** Nova version id → local version number, for labelling the version a score used. */
export async function versionNumbers(orgId: string, jobId: string): Promise<Map<string, number>> {
  const rows = await db.criteriaVersion.findMany({
    where: { jobId, job: { orgId } },
    select: { novaId: true, number: true },
  });
  return new Map(rows.map((r) => [r.novaId, r.number]));
}

/**
 * The criteria the recruiter reviews before saving: the newest unsaved draft (status DRAFT, see
 * lib/criteria), or null when there is none. Read by the new-job page on a reload, so the
 * review resumes where it was.
 */
export async function getDraftCriteria(orgId: string, jobId: string): Promise<CriterionView[] | null> {
  const draft = await db.criteriaVersion.findFirst({
    where: { jobId, job: { orgId }, status: DRAFT },
    orderBy: { number: "desc" },
    select: versionSelect,
  });
  return draft?.criteria ?? null;
}
