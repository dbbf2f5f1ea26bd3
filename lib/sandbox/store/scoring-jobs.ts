import { db } from "@/lib/db";
import type { Assessment } from "../engine";
import { ApiError, notFound } from "../http/errors";
import { intakeResume, type ResumeInput } from "../intake";
import { scoringRunAfter } from "../latency";
import { notifyJobsQueued } from "../queue";
import { MAX_RESUME_TEXT_BYTES } from "@/lib/nova/limits";
import { findVersion, requireActiveVersion } from "./criteria";
import { createOrFind } from "./unique";

export type ScoringJobRow = Awaited<ReturnType<typeof db.sandboxScoringJob.findFirstOrThrow>>;

export interface ApplicationData {
  applicationAnswers?: { question: string; answer: string }[];
  context?: string;
}

export interface Submission {
  tenantId: string;
  jobId: string;
  applicationId: string;
  resume: ResumeInput;
  /** Required by G5; the older /v1/score routes fall back to the generating job description. */
  jobDescription?: string;
  roleKnowledge?: string;
  applicationData?: ApplicationData;
  rescore?: { enabled: boolean; criteriaVersionId?: string };
  language?: string;
}

/** The §2.1 ScoringJob object: score/assessment only when completed, error only when failed. */
export function scoringJobJson(job: ScoringJobRow) {
  const completed = job.status === "completed";
  const failed = job.status === "failed";
  return {
    id: job.id,
    criteriaVersionId: job.criteriaVersionId,
    jobId: job.jobId,
    applicationId: job.applicationId,
    status: job.status,
    isRescore: job.isRescore,
    score: completed ? job.score : null,
    assessment: completed && job.assessment ? (JSON.parse(job.assessment) as Assessment) : null,
    errorCode: failed ? job.errorCode : null,
    errorMessage: failed ? job.errorMessage : null,
    queuedAt: job.queuedAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    completedAt: job.completedAt?.toISOString() ?? null,
    failedAt: job.failedAt?.toISOString() ?? null,
  };
}

/** Inline text over 100 KB is an intake verdict (422), checked before anything is fetched. */
export function checkResumeSize(resume: ResumeInput): { code: "RESUME_TOO_LARGE"; message: string } | null {
  if (resume.type === "text" && Buffer.byteLength(resume.content, "utf8") > MAX_RESUME_TEXT_BYTES) {
    return { code: "RESUME_TOO_LARGE", message: `Resume text exceeds ${MAX_RESUME_TEXT_BYTES / 1024} KB` };
  }
  return null;
}

/** What a submission resolves to before intake: the criteria version and the dedupe key. */
export async function planSubmission(s: Pick<Submission, "tenantId" | "jobId" | "rescore">) {
  const rescoring = s.rescore?.enabled === true;
  const version =
    rescoring && s.rescore?.criteriaVersionId
      ? await findVersion(s.tenantId, s.jobId, s.rescore.criteriaVersionId)
      : await requireActiveVersion(s.tenantId, s.jobId);
  return { version, rescoring, dedupeKey: rescoring ? `rescore:${version.id}` : "initial" };
}

export function findByDedupeKey(tenantId: string, jobId: string, applicationId: string, dedupeKey: string) {
  return db.sandboxScoringJob.findUnique({
    where: { tenantId_jobId_applicationId_dedupeKey: { tenantId, jobId, applicationId, dedupeKey } },
  });
}

/**
 * Built-in scoring idempotency (§2.2): (tenant, job, application) returns the existing job even
 * if the body changed; a rescore is idempotent per criteria version. Otherwise the resume goes
 * through intake *now* (a failure is a 422 and no job), and a pending row is queued.
 */
export async function submitScoring(s: Submission): Promise<{ job: ScoringJobRow; created: boolean }> {
  const plan = await planSubmission(s);
  const existing = await findByDedupeKey(s.tenantId, s.jobId, s.applicationId, plan.dedupeKey);
  if (existing) return { job: existing, created: false };
  const tooLarge = checkResumeSize(s.resume);
  if (tooLarge) throw new ApiError(422, tooLarge.code, tooLarge.message);
  const intake = await intakeResume(s.resume);
  if (!intake.ok) throw new ApiError(422, intake.code, intake.message);
  const result = await createOrFind(
    () => db.sandboxScoringJob.create({ data: pendingJobData(s, plan, intake.text, null) }),
    () => findByDedupeKey(s.tenantId, s.jobId, s.applicationId, plan.dedupeKey),
  );
  if (result.created) notifyJobsQueued();
  return { job: result.row, created: result.created };
}

export function pendingJobData(
  s: Submission,
  plan: Awaited<ReturnType<typeof planSubmission>>,
  resumeText: string,
  batchId: string | null,
) {
  const now = new Date();
  return {
    tenantId: s.tenantId,
    jobId: s.jobId,
    applicationId: s.applicationId,
    criteriaVersionId: plan.version.id,
    dedupeKey: plan.dedupeKey,
    isRescore: plan.rescoring,
    status: "pending",
    resumeText,
    applicationData: JSON.stringify({
      applicationAnswers: s.applicationData?.applicationAnswers ?? [],
      context: s.applicationData?.context,
    }),
    jobDescription: s.jobDescription ?? plan.version.jobDescription ?? "",
    roleKnowledge: s.roleKnowledge ?? null,
    language: s.language ?? null,
    batchId,
    queuedAt: now,
    // Nova takes 20–30 s per score; with NOVA_SANDBOX_LATENCY the worker waits as long before starting.
    runAfter: scoringRunAfter(now.getTime()),
  };
}

export async function findScoringJob(
  tenantId: string,
  id: string,
  where: { jobId?: string; applicationId?: string } = {},
): Promise<ScoringJobRow> {
  const job = await db.sandboxScoringJob.findFirst({ where: { id, tenantId, ...where } });
  if (!job) throw notFound("SCORING_JOB_NOT_FOUND", `Scoring job ${id} was not found.`);
  return job;
}

/** The newest job by submission time, so a rescore's result wins (§2.4). */
export async function latestForApplication(
  tenantId: string,
  jobId: string,
  applicationId: string,
): Promise<ScoringJobRow> {
  const job = await db.sandboxScoringJob.findFirst({
    where: { tenantId, jobId, applicationId },
    orderBy: [{ queuedAt: "desc" }, { id: "desc" }],
  });
  if (!job)
    throw notFound("APPLICATION_NOT_FOUND", `No scoring job exists for application ${applicationId} of job ${jobId}.`);
  return job;
}
