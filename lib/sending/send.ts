import { db } from "@/lib/db";
import { NovaApiError, novaFor } from "@/lib/nova";
import { novaRejectionReason } from "@/lib/nova/user-message";
import type { ApplicationData, ResumeInput } from "@/lib/nova/client";
import { resumeUrlFor } from "@/lib/storage";
import { recordScoringObservation, recordAcceptances } from "@/lib/scoring/results";

type AppRow = NonNullable<Awaited<ReturnType<typeof loadApplications>>[number]>;

export function loadApplications(ids: string[]) {
  return db.application.findMany({
    where: { id: { in: ids } },
    include: { job: true, org: { select: { tenantId: true } } },
  });
}

function resumeOf(app: AppRow): ResumeInput {
  if (app.resumeFileId) return { type: "url", url: resumeUrlFor(app.resumeFileId) };
  if (app.resumeUrl) return { type: "url", url: app.resumeUrl };
  return { type: "text", content: app.resumeText ?? "" };
}

function applicationDataOf(app: AppRow): ApplicationData | undefined {
  const answers = JSON.parse(app.screeningAnswers) as { question: string; answer: string }[];
  if (!answers.length && !app.coverNote) return undefined;
  return {
    ...(answers.length ? { applicationAnswers: answers } : {}),
    ...(app.coverNote ? { context: app.coverNote } : {}),
  };
}

/** What happened to one application's submission. "retry" = Nova unavailable; try again later. */
export type SendOutcome =
  { kind: "sent" } | { kind: "rejected"; code: string; message: string } | { kind: "retry"; message: string };

export async function markRejected(applicationId: string, code: string, message: string): Promise<void> {
  // An application that already has scores keeps them; the refusal is still shown.
  const hasJobs = (await db.scoringJob.count({ where: { applicationId } })) > 0;
  await db.application.update({
    where: { id: applicationId },
    data: hasJobs
      ? { errorCode: code, errorMessage: message }
      : { pipelineStatus: "REJECTED", errorCode: code, errorMessage: message },
  });
}

/** One application through the single endpoint (also how rescores go: batches cannot rescore). */
export async function sendOne(app: AppRow, rescore?: { criteriaVersionId?: string | null }): Promise<SendOutcome> {
  try {
    const job = await novaFor(app.org).submitScoringJob(app.jobId, app.id, {
      resume: resumeOf(app),
      jobDescription: app.job.description,
      ...(app.job.roleKnowledge ? { roleKnowledge: app.job.roleKnowledge } : {}),
      ...(applicationDataOf(app) ? { applicationData: applicationDataOf(app) } : {}),
      ...(rescore
        ? {
            rescore: {
              enabled: true as const,
              ...(rescore.criteriaVersionId ? { criteriaVersionId: rescore.criteriaVersionId } : {}),
            },
          }
        : {}),
    });
    await recordScoringObservation({
      orgId: app.orgId,
      applicationId: app.id,
      novaScoringJobId: job.id,
      status: job.status,
      criteriaVersionNovaId: job.criteriaVersionId,
      isRescore: job.isRescore,
      score: job.score,
      assessment: job.assessment,
      errorCode: job.errorCode,
      errorMessage: job.errorMessage,
      queuedAt: job.queuedAt ? new Date(job.queuedAt) : null,
    });
    await db.application.update({ where: { id: app.id }, data: { submittedAt: app.submittedAt ?? new Date() } });
    return { kind: "sent" };
  } catch (err) {
    return classify(app.id, err);
  }
}

async function classify(applicationId: string, err: unknown): Promise<SendOutcome> {
  if (err instanceof NovaApiError && err.retryable) return { kind: "retry", message: err.message };
  if (err instanceof NovaApiError) {
    const outcome = { kind: "rejected" as const, code: err.code, message: novaRejectionReason(err) };
    await markRejected(applicationId, outcome.code, outcome.message);
    return outcome;
  }
  throw err;
}

/**
 * Up to 25 first submissions of one job as a Nova batch. Accepted applications get their
 * scoring job stored; rejected ones are marked with Nova's reason. When Nova refuses the whole
 * batch (422: every application rejected) each is sent alone to learn its own reason.
 */
export async function sendBatch(apps: AppRow[]): Promise<Map<string, SendOutcome>> {
  const outcomes = new Map<string, SendOutcome>();
  if (apps.length === 1) {
    outcomes.set(apps[0]!.id, await sendOne(apps[0]!));
    return outcomes;
  }
  const job = apps[0]!.job;
  try {
    const res = await novaFor(apps[0]!.org).submitBatch(job.id, {
      jobDescription: job.description,
      ...(job.roleKnowledge ? { roleKnowledge: job.roleKnowledge } : {}),
      applications: apps.map((a) => ({
        applicationId: a.id,
        resume: resumeOf(a),
        ...(applicationDataOf(a) ? { applicationData: applicationDataOf(a) } : {}),
      })),
    });
    const batch = await db.scoringBatch.upsert({
      where: { novaBatchId: res.batch.id },
      create: {
        novaBatchId: res.batch.id,
        orgId: apps[0]!.orgId,
        jobId: job.id,
        status: res.batch.status,
        totalJobs: res.batch.totalJobs,
        completedJobs: res.batch.completedJobs,
        failedJobs: res.batch.failedJobs,
      },
      update: {},
    });
    const queuedAt = res.batch.createdAt ? new Date(res.batch.createdAt) : new Date();
    const rejectedIds = new Set(res.rejectedApplications.map((r) => r.applicationId));
    const acceptedApplications =
      res.acceptedApplications ??
      (await readBackAcceptance(
        apps[0]!.org,
        job.id,
        res.batch.id,
        apps.filter((a) => !rejectedIds.has(a.id)).map((a) => a.id),
      ));
    const byId = new Map(apps.map((a) => [a.id, a]));
    const acceptedHere = acceptedApplications.filter((a) => byId.has(a.applicationId));
    // One transaction for the whole batch's acceptances (not one per application).
    await recordAcceptances(
      acceptedHere.map((accepted) => ({
        orgId: byId.get(accepted.applicationId)!.orgId,
        applicationId: accepted.applicationId,
        novaScoringJobId: accepted.scoringJobId,
        status: "pending" as const,
        queuedAt,
        batchId: batch.id,
        isRescore: false,
      })),
    );
    if (acceptedHere.length)
      await db.application.updateMany({
        where: { id: { in: acceptedHere.map((a) => a.applicationId) }, submittedAt: null },
        data: { submittedAt: new Date() },
      });
    for (const accepted of acceptedHere) outcomes.set(accepted.applicationId, { kind: "sent" });
    for (const rejected of res.rejectedApplications) {
      if (!apps.some((a) => a.id === rejected.applicationId)) continue;
      await markRejected(rejected.applicationId, rejected.error.reason, rejected.error.message);
      outcomes.set(rejected.applicationId, {
        kind: "rejected",
        code: rejected.error.reason,
        message: rejected.error.message,
      });
    }
    // Anything Nova did not mention is not known to be sent: try it again later.
    for (const a of apps)
      if (!outcomes.has(a.id)) outcomes.set(a.id, { kind: "retry", message: "not acknowledged by Nova" });
    return outcomes;
  } catch (err) {
    if (err instanceof NovaApiError && err.status === 422) {
      for (const a of apps) outcomes.set(a.id, await sendOne(a));
      return outcomes;
    }
    if (err instanceof NovaApiError && err.retryable) {
      for (const a of apps) outcomes.set(a.id, { kind: "retry", message: err.message });
      return outcomes;
    }
    if (err instanceof NovaApiError) {
      for (const a of apps) outcomes.set(a.id, await classify(a.id, err));
      return outcomes;
    }
    throw err;
  }
}

/**
 * A G3/G4 batch reply (`{ batch, scoringJobIds }`) does not say which application got which
 * scoring job. Read it back before deciding anything: the batch's status lists its jobs, and
 * whatever that misses is asked per application (latest score). An application neither knows
 * stays unacknowledged and is retried; a resubmission is idempotent, so that is safe.
 */
async function readBackAcceptance(
  org: { tenantId: string },
  jobId: string,
  batchId: string,
  applicationIds: string[],
): Promise<{ applicationId: string; scoringJobId: string }[]> {
  const nova = novaFor(org);
  const found = new Map<string, string>();
  try {
    for (const j of (await nova.getBatch(jobId, batchId)).scoringJobs) found.set(j.applicationId, j.id);
  } catch (err) {
    if (!(err instanceof NovaApiError)) throw err;
    console.warn("[submit] could not read batch", batchId, "back:", err.code);
  }
  for (const applicationId of applicationIds) {
    if (found.has(applicationId)) continue;
    try {
      found.set(applicationId, (await nova.getLatestScore(jobId, applicationId)).id);
    } catch (err) {
      if (!(err instanceof NovaApiError)) throw err;
      // APPLICATION_NOT_FOUND: Nova has no job for it (yet); it is retried later.
    }
  }
  return applicationIds.flatMap((applicationId) => {
    const scoringJobId = found.get(applicationId);
    return scoringJobId ? [{ applicationId, scoringJobId }] : [];
  });
}
