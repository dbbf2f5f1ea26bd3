/** What the in-process benchmarks share: a fresh migrated database, and a job to put work on. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTempDb, type TempDb } from "../../tests/support/db";

/**
 * A fresh database (SQLite, or PostgreSQL with TEST_POSTGRES_URL) and the settings the app's
 * modules read, for a benchmark that imports them in-process: call it before importing `@/lib/…`.
 * Nova's URL is never reached: these benchmarks send nothing.
 */
export async function benchDatabase(prefix: string): Promise<TempDb> {
  const t = await createTempDb(`${prefix}-`);
  Object.assign(process.env, {
    // A directory of its own: the app locks its DATA_DIR down to 0700 (never point it at /tmp itself).
    DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-data-`)),
    DATABASE_URL: t.url,
    AUTH_SECRET: "a".repeat(40),
    NOVA_API_URL: "http://127.0.0.1:9",
    NOVA_API_KEY: "sk_test_0123456789abcdefgh",
    NOVA_WEBHOOK_SECRET: "whsec_0123456789abcdefgh",
  });
  return t;
}

/** An org and a job with `n` applications (not submitted), for webhooks to land on. */
export async function jobWithApplications(db: PrismaClient, tag: string, n: number) {
  const org = await db.organization.create({ data: { name: "Bench", tenantId: `bench_${tag}` } });
  const job = await db.job.create({ data: { orgId: org.id, title: "Bench", company: "B", description: "Bench" } });
  await db.application.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      orgId: org.id,
      jobId: job.id,
      candidateName: `Candidate ${i}`,
      resumeText: "Resume",
    })),
  });
  const appIds = (await db.application.findMany({ where: { jobId: job.id }, select: { id: true } })).map((a) => a.id);
  return { org, job, appIds };
}

/**
 * The i-th `score.completed` body of a run: Nova job `sj_<tag>_<i>` for the i-th application (round
 * robin), queued i ms after `firstQueuedAt`, so later deliveries are newer results.
 */
export function scoreCompletedBody(
  target: { tenantId: string; jobId: string; appIds: string[] },
  tag: string,
  i: number,
  firstQueuedAt: number,
): string {
  return JSON.stringify({
    event: "score.completed",
    tenantId: target.tenantId,
    scoringJobId: `sj_${tag}_${i}`,
    criteriaVersionId: "cv_1",
    jobId: target.jobId,
    applicationId: target.appIds[i % target.appIds.length],
    result: { score: i % 11, assessment: { verdict: "Bench", strengths: ["Go"], concerns: [], interviewFocus: [] } },
    completedAt: new Date().toISOString(),
    queuedAt: new Date(firstQueuedAt + i).toISOString(),
  });
}
