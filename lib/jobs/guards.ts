import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { NO_CRITERIA_MESSAGE } from "@/lib/nova/user-message";

/**
 * The checks a command makes before touching a job. Kept apart from lib/jobs' commands so that
 * criteria, scoring and applications can use them while closing a job uses criteria (no cycle).
 */

/** The job, if it belongs to the org; a NOT_FOUND UserError otherwise (never another org's). */
export async function requireJob(orgId: string, jobId: string) {
  const job = await db.job.findFirst({ where: { id: jobId, orgId } });
  if (!job) throw new UserError("That job does not exist.", "NOT_FOUND");
  return job;
}

export async function requireOpenJob(orgId: string, jobId: string) {
  const job = await requireJob(orgId, jobId);
  if (job.status === "CLOSED") throw new UserError("This job is closed.", "JOB_CLOSED");
  return job;
}

/** An open job with active criteria: what editing criteria and scoring both need. */
export async function requireActiveCriteria(orgId: string, jobId: string) {
  const job = await requireOpenJob(orgId, jobId);
  if (!job.activeCriteriaVersionId) throw new UserError(NO_CRITERIA_MESSAGE, "NO_CRITERIA");
  return { ...job, activeCriteriaVersionId: job.activeCriteriaVersionId };
}
