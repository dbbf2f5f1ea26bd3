import { latencyHeaders } from "../latency";
import { db } from "@/lib/db";
import type { z } from "zod";
import { json, parseInput, type ApiResult, type TenantContext } from "../http/context";
import { notFound } from "../http/errors";
import type { ResumeInput } from "../intake";
import { acceptedOf, jobsOf, rejectedOf, submitBatch, type BatchEntry } from "../store/batches";
import { criteriaOf } from "../store/criteria";
import { generateCriteria } from "../store/generate-criteria";
import { findScoringJob, submitScoring, type ApplicationData, type ScoringJobRow } from "../store/scoring-jobs";
import { MAX_CONTEXT_CHARS } from "@/lib/nova/limits";
import { g1BatchSchema, g1CandidateSchema, g1GenerateSchema, g1ScoreSchema } from "./schemas";

// The older flat routes (G1) that the product brief quotes verbatim, mapped onto the same
// internals as the G5 routes: same scoring jobs, batches, idempotency and criteria versions.

/** G1 said ~30 s end to end; the sandbox is faster, but clients only use this as a hint. */
const ESTIMATED_COMPLETION_SECONDS = 30;

type G1Candidate = z.infer<typeof g1CandidateSchema>;

/** G1's statuses: `pending` splits into queued (not started) and processing (started). */
export function g1Status(job: ScoringJobRow): "queued" | "processing" | "completed" | "failed" {
  if (job.status === "completed" || job.status === "failed") return job.status;
  return job.startedAt ? "processing" : "queued";
}

function answerText(answer: string | number | boolean | string[] | null): string {
  if (Array.isArray(answer)) return answer.join(", ");
  if (typeof answer === "boolean") return answer ? "Yes" : "No";
  return answer === null ? "" : String(answer);
}

/** G1 candidate → the G5 resume + applicationData the internals take. */
export function fromG1Candidate(candidate: G1Candidate): { resume: ResumeInput; applicationData: ApplicationData } {
  const resume: ResumeInput = candidate.resumeUrl
    ? { type: "url", url: candidate.resumeUrl }
    : { type: "text", content: candidate.resumeText! };
  const raw = candidate.applicationAnswers;
  const applicationAnswers = Array.isArray(raw)
    ? raw.map((a) => ({
        question: typeof a.question === "string" ? a.question : a.question.text,
        answer: answerText(a.answer),
      }))
    : Object.entries(raw ?? {}).map(([question, answer]) => ({ question, answer: answerText(answer) }));
  // Structured resume data has no G5 field; it reaches the engine as context.
  const context = candidate.parsedResume
    ? `Parsed resume: ${JSON.stringify(candidate.parsedResume)}`.slice(0, MAX_CONTEXT_CHARS)
    : undefined;
  return { resume, applicationData: { applicationAnswers, context } };
}

/** POST /v1/score → 202 {scoringJobId, status, estimatedCompletionSeconds}. */
export async function postScore(ctx: TenantContext): Promise<ApiResult> {
  const body = parseInput(g1ScoreSchema, ctx.body);
  const { job } = await submitScoring({
    tenantId: ctx.tenant.id,
    jobId: body.jobId,
    applicationId: body.applicationId,
    ...fromG1Candidate(body.candidate),
    language: body.language,
    rescore: body.rescore ? { enabled: true } : undefined,
  });
  return json(202, {
    scoringJobId: job.id,
    status: g1Status(job),
    estimatedCompletionSeconds: ESTIMATED_COMPLETION_SECONDS,
  });
}

export function g1ResultJson(job: ScoringJobRow) {
  return {
    scoringJobId: job.id,
    status: g1Status(job),
    jobId: job.jobId,
    applicationId: job.applicationId,
    criteriaVersionId: job.criteriaVersionId,
    result:
      job.status === "completed"
        ? { score: job.score, assessment: job.assessment ? (JSON.parse(job.assessment) as unknown) : null }
        : null,
    error: job.status === "failed" ? { code: job.errorCode, message: job.errorMessage } : null,
    completedAt: job.completedAt?.toISOString() ?? null,
  };
}

export async function getScore(ctx: TenantContext): Promise<ApiResult> {
  return json(200, g1ResultJson(await findScoringJob(ctx.tenant.id, ctx.params.scoringJobId!)));
}

/** POST /v1/score/batch (1–100 candidates) → 202 {batchId, jobs, totalQueued, totalSkipped, …}. */
export async function postScoreBatch(ctx: TenantContext): Promise<ApiResult> {
  const body = parseInput(g1BatchSchema, ctx.body);
  const entries: BatchEntry[] = body.candidates.map((c, index) => {
    const parsed = g1CandidateSchema.safeParse(c.candidate);
    if (parsed.success) return { applicationId: c.applicationId, index, ok: true, ...fromG1Candidate(parsed.data) };
    const issue = parsed.error.issues[0]!;
    const field = [`candidates.${index}.candidate`, ...issue.path.map(String)].join(".");
    return {
      applicationId: c.applicationId,
      index,
      ok: false,
      reason: "VALIDATION_ERROR",
      message: issue.message,
      field,
    };
  });
  const { batch } = await submitBatch({
    tenantId: ctx.tenant.id,
    jobId: body.jobId,
    language: body.language,
    rescore: body.rescore,
    entries,
  });
  const jobs = await jobsOf(batch);
  const accepted = acceptedOf(batch);
  const byId = new Map(jobs.map((j) => [j.id, j]));
  // "skipped" = already scored before this batch (G1), i.e. an existing job joined it.
  const items = accepted.map((a) => {
    const job = byId.get(a.scoringJobId);
    const skipped = job ? job.queuedAt < batch.createdAt : false;
    return { applicationId: a.applicationId, scoringJobId: a.scoringJobId, status: skipped ? "skipped" : "queued" };
  });
  return json(202, {
    batchId: batch.id,
    jobs: items,
    totalQueued: items.filter((i) => i.status === "queued").length,
    totalSkipped: items.filter((i) => i.status === "skipped").length,
    rejectedApplications: rejectedOf(batch),
    estimatedCompletionSeconds: ESTIMATED_COMPLETION_SECONDS,
  });
}

/** GET /v1/score/batch/{batchId} (G1 shape). */
export async function getScoreBatch(ctx: TenantContext): Promise<ApiResult> {
  const batch = await db.sandboxBatch.findFirst({ where: { id: ctx.params.batchId!, tenantId: ctx.tenant.id } });
  if (!batch) throw notFound("BATCH_NOT_FOUND", `Batch ${ctx.params.batchId} was not found.`);
  const jobs = await jobsOf(batch);
  const statuses = jobs.map((j) => ({ applicationId: j.applicationId, scoringJobId: j.id, status: g1Status(j) }));
  const count = (s: string) => statuses.filter((j) => j.status === s).length;
  return json(200, {
    batchId: batch.id,
    status: batch.status === "pending" ? "processing" : "completed",
    jobId: batch.jobId,
    totalJobs: batch.totalJobs,
    completed: count("completed"),
    failed: count("failed"),
    processing: count("queued") + count("processing"),
    jobs: statuses,
    completedAt: batch.completedAt?.toISOString() ?? null,
  });
}

/** POST /v1/criteria/generate (G1: `jobContext.jobId`) → {jobId, criteria, status:"active", createdAt}. */
export async function postLegacyGenerate(ctx: TenantContext): Promise<ApiResult> {
  const { jobContext, questionSetId, answers } = parseInput(g1GenerateSchema, ctx.body);
  const { jobId, ...context } = jobContext;
  const { version, latencyMs } = await generateCriteria(ctx.tenant.id, jobId, {
    jobContext: context,
    questionSetId,
    answers,
  });
  const criteria = criteriaOf(version).map(({ id, text, importance }) => ({ id, text, importance }));
  return json(
    200,
    { jobId, criteriaVersionId: version.id, criteria, status: "active", createdAt: version.createdAt.toISOString() },
    latencyHeaders(latencyMs),
  );
}
