/**
 * Puts scoring jobs straight into a test server's queue table, the way the sandbox API does
 * after intake (a pending SandboxScoringJob row), for tests of the asynchronous half.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createDbClient } from "@/lib/db-client";

export const TEST_JOB_DESCRIPTION =
  "Senior Backend Engineer. You will design and run Go services on PostgreSQL and Kubernetes, mentor engineers and own delivery end to end. Must have 5+ years of backend experience.";

export function resumeText(name: string): string {
  return `${name}
Senior Backend Engineer, Acme Corp (2018 - Present)
- Built and operated Go microservices on Kubernetes serving 2M users
- Designed PostgreSQL schemas and led a team of five engineers
Backend Engineer, Initech (2014 - 2018)
- Python and Go APIs, on-call ownership, CI/CD pipelines
Skills: Go, PostgreSQL, Kubernetes, Docker, AWS`;
}

export function openServerDb(env: Record<string, string>): PrismaClient {
  return createDbClient(env.DATABASE_URL!);
}

export async function ensureTenant(db: PrismaClient, externalId: string): Promise<string> {
  const t = await db.sandboxTenant.upsert({
    where: { environment_externalId: { environment: "test", externalId } },
    create: { environment: "test", externalId },
    update: {},
  });
  return t.id;
}

/** A criteria version for the job, as the API stores it after criteria generation. */
export async function ensureCriteriaVersion(db: PrismaClient, tenantId: string, jobId: string): Promise<string> {
  const existing = await db.sandboxCriteriaVersion.findFirst({ where: { tenantId, jobId, status: "ACTIVE" } });
  if (existing) return existing.id;
  const criteria = [
    {
      id: "crit_aaaaaaaaaaa1",
      text: "Five or more years building backend services in Go and PostgreSQL",
      importance: "MUST_HAVE",
      order: 1,
    },
    {
      id: "crit_aaaaaaaaaaa2",
      text: "Experience running services on Kubernetes in production environments",
      importance: "PREFERRED",
      order: 2,
    },
    {
      id: "crit_aaaaaaaaaaa3",
      text: "Has mentored engineers or led a small engineering team to delivery",
      importance: "NICE_TO_HAVE",
      order: 3,
    },
  ];
  const v = await db.sandboxCriteriaVersion.create({
    data: { tenantId, jobId, version: 1, status: "ACTIVE", source: "generate", criteria: JSON.stringify(criteria) },
  });
  return v.id;
}

export interface QueuedJob {
  tenantId: string;
  criteriaVersionId: string;
  jobId?: string;
  applicationId: string;
  resumeText?: string | null;
  batchId?: string;
  claimedBy?: string;
  claimedAt?: Date;
}

export async function queueJob(db: PrismaClient, j: QueuedJob): Promise<string> {
  const row = await db.sandboxScoringJob.create({
    data: {
      tenantId: j.tenantId,
      jobId: j.jobId ?? "job-backend",
      applicationId: j.applicationId,
      criteriaVersionId: j.criteriaVersionId,
      dedupeKey: "initial",
      resumeText: j.resumeText === undefined ? resumeText(j.applicationId) : j.resumeText,
      applicationData: JSON.stringify({
        applicationAnswers: [{ question: "Years of backend experience?", answer: "8" }],
      }),
      jobDescription: TEST_JOB_DESCRIPTION,
      batchId: j.batchId ?? null,
      claimedBy: j.claimedBy ?? null,
      claimedAt: j.claimedAt ?? null,
    },
  });
  return row.id;
}
