import { json, parseInput, type ApiResult, type TenantContext } from "../http/context";
import {
  acceptedOf,
  batchJson,
  findBatch,
  jobsOf,
  rejectedOf,
  submitBatch,
  type BatchEntry,
  type BatchRow,
} from "../store/batches";
import { findScoringJob, latestForApplication, scoringJobJson, submitScoring } from "../store/scoring-jobs";
import { batchApplicationSchema, batchSchema, scoringJobSchema } from "./schemas";

/** POST /v1/jobs/{jobId}/applications/{applicationId}/scoring-jobs → 202 {scoringJob}. */
export async function postScoringJob(ctx: TenantContext): Promise<ApiResult> {
  const body = parseInput(scoringJobSchema, ctx.body);
  const { job } = await submitScoring({
    tenantId: ctx.tenant.id,
    jobId: ctx.params.jobId!,
    applicationId: ctx.params.applicationId!,
    resume: body.resume,
    jobDescription: body.jobDescription,
    roleKnowledge: body.roleKnowledge,
    applicationData: body.applicationData,
    rescore: body.rescore,
  });
  return json(202, { scoringJob: scoringJobJson(job) });
}

export async function getScoringJob(ctx: TenantContext): Promise<ApiResult> {
  const { jobId, applicationId, scoringJobId } = ctx.params as Record<string, string>;
  return json(200, {
    scoringJob: scoringJobJson(await findScoringJob(ctx.tenant.id, scoringJobId!, { jobId, applicationId })),
  });
}

export async function getLatestScore(ctx: TenantContext): Promise<ApiResult> {
  const { jobId, applicationId } = ctx.params as Record<string, string>;
  return json(200, { scoringJob: scoringJobJson(await latestForApplication(ctx.tenant.id, jobId!, applicationId!)) });
}

/** POST /v1/jobs/{jobId}/scoring-batches → 202 {batch, scoringJobIds, acceptedApplications, rejectedApplications}. */
export async function postBatch(ctx: TenantContext): Promise<ApiResult> {
  const body = parseInput(batchSchema, ctx.body);
  const entries: BatchEntry[] = body.applications.map((app, index) => {
    const parsed = batchApplicationSchema.safeParse({ resume: app.resume, applicationData: app.applicationData });
    if (parsed.success) return { applicationId: app.applicationId, index, ok: true, ...parsed.data };
    const issue = parsed.error.issues[0]!;
    return {
      applicationId: app.applicationId,
      index,
      ok: false,
      reason: "VALIDATION_ERROR",
      message: issue.message,
      field: [`applications.${index}`, ...issue.path.map(String)].join("."),
    };
  });
  const { batch } = await submitBatch({
    tenantId: ctx.tenant.id,
    jobId: ctx.params.jobId!,
    jobDescription: body.jobDescription,
    roleKnowledge: body.roleKnowledge,
    entries,
  });
  return json(202, submittedBatchJson(batch));
}

export function submittedBatchJson(batch: BatchRow) {
  const accepted = acceptedOf(batch);
  return {
    batch: batchJson(batch),
    scoringJobIds: accepted.map((a) => a.scoringJobId),
    acceptedApplications: accepted,
    rejectedApplications: rejectedOf(batch),
  };
}

export async function getBatchStatus(ctx: TenantContext): Promise<ApiResult> {
  const batch = await findBatch(ctx.tenant.id, ctx.params.jobId!, ctx.params.scoringBatchId!);
  const jobs = await jobsOf(batch);
  return json(200, {
    batch: batchJson(batch),
    scoringJobs: jobs.map(scoringJobJson),
    rejectedApplications: rejectedOf(batch),
  });
}
