import type { PrismaClient, SandboxScoringJob } from "@/lib/generated/prisma/client";
import type { ScoringInput } from "../engine";
import { criteriaOf } from "../store/criteria";

export type JobCriteria = ScoringInput["criteria"];

/**
 * The criteria a scoring job is scored against: the version it was accepted on
 * (`criteriaVersionId`), in the version's order — even if that version has since been replaced
 * or archived, as Nova keeps each score tied to its version. Null when the version is gone
 * or unreadable (the job then fails with AI_SCORING_FAILED; retrying would not bring it back).
 */
export async function loadCriteriaForJob(
  db: PrismaClient,
  job: Pick<SandboxScoringJob, "criteriaVersionId" | "tenantId" | "jobId">,
): Promise<JobCriteria | null> {
  const version = await db.sandboxCriteriaVersion.findFirst({
    where: { id: job.criteriaVersionId, tenantId: job.tenantId, jobId: job.jobId },
  });
  if (!version) return null;
  try {
    return criteriaOf(version)
      .sort((a, b) => a.order - b.order)
      .map(({ id, text, importance }) => ({ id, text, importance }));
  } catch {
    return null;
  }
}
