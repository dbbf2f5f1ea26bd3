import { db } from "@/lib/db";
import { NovaApiError, novaFor } from "@/lib/nova";
import { recordScoringObservation } from "@/lib/scoring/results";

/**
 * Webhooks can be lost (endpoint down past Nova's last retry, misconfigured URL). Scoring jobs
 * pending longer than `olderThanMs` are read back from Nova; `updatedAt` doubles as "last
 * checked", so each stuck job is asked about at most once per threshold.
 */
export async function reconcileOnce(olderThanMs: number, limit = 50): Promise<number> {
  const cutoff = new Date(Date.now() - olderThanMs);
  const stuck = await db.scoringJob.findMany({
    where: { status: "PENDING", submittedAt: { lt: cutoff }, updatedAt: { lt: cutoff } },
    include: { application: { select: { jobId: true, org: { select: { tenantId: true } } } } },
    orderBy: { updatedAt: "asc" },
    take: limit,
  });
  let updated = 0;
  for (const row of stuck) {
    try {
      const job = await novaFor(row.application.org).getScoringJob(
        row.application.jobId,
        row.applicationId,
        row.novaScoringJobId,
      );
      await recordScoringObservation({
        orgId: row.orgId,
        applicationId: row.applicationId,
        novaScoringJobId: row.novaScoringJobId,
        status: job.status,
        criteriaVersionNovaId: job.criteriaVersionId,
        score: job.score,
        assessment: job.assessment,
        errorCode: job.errorCode,
        errorMessage: job.errorMessage,
        queuedAt: new Date(job.queuedAt),
        startedAt: job.startedAt ? new Date(job.startedAt) : null,
        completedAt: job.completedAt ? new Date(job.completedAt) : null,
        failedAt: job.failedAt ? new Date(job.failedAt) : null,
      });
      if (job.status !== "pending") updated++;
    } catch (err) {
      const gone = err instanceof NovaApiError && err.code === "SCORING_JOB_NOT_FOUND";
      if (gone) {
        await recordScoringObservation({
          orgId: row.orgId,
          applicationId: row.applicationId,
          novaScoringJobId: row.novaScoringJobId,
          status: "failed",
          errorCode: "SCORING_JOB_NOT_FOUND",
          errorMessage: "Nova no longer knows this scoring job. Rescore it.",
        });
      } else {
        console.warn(
          "[reconcile] could not check scoring job",
          row.novaScoringJobId,
          err instanceof Error ? err.message : err,
        );
      }
    }
    // Mark as checked even when nothing changed.
    await db.scoringJob.updateMany({ where: { id: row.id, status: "PENDING" }, data: { updatedAt: new Date() } });
  }
  return updated;
}
