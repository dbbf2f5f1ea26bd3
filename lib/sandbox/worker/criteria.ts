import type { SandboxScoringJob } from "@/lib/generated/prisma/client";
import { engine, type ScoringInput } from "../engine";

export type JobCriteria = ScoringInput["criteria"];

/**
 * The criteria a scoring job is scored against (its `criteriaVersionId`), or null when that
 * version does not exist.
 *
 * TODO(sandbox-api merge): PLACEHOLDER. The criteria tables belong to the sandbox API work and
 * are not in this branch yet. Until they are, the criteria are derived from the job's own
 * description with the engine's criteria generator, so the worker runs end to end. When the
 * API's table lands, read the version's items here (ordered) and return null if it is missing.
 */
export async function loadCriteriaForJob(job: Pick<SandboxScoringJob, "criteriaVersionId" | "jobId" | "jobDescription" | "roleKnowledge">): Promise<JobCriteria | null> {
  return placeholderCriteriaFromDescription(job);
}

function placeholderCriteriaFromDescription(job: Pick<SandboxScoringJob, "jobId" | "jobDescription" | "roleKnowledge">): JobCriteria {
  const generated = engine.generateCriteria({
    jobTitle: job.jobId,
    jobDescription: job.jobDescription ?? "",
    additionalInfo: job.roleKnowledge ?? undefined,
  });
  return generated.map((c, i) => ({ id: `crit_placeholder_${i + 1}`, text: c.text, importance: c.importance }));
}
