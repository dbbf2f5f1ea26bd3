import "server-only";
import { db } from "@/lib/db";

/** Reads for the jobs pages. Every query is scoped by the org it reads for. */

export interface JobListItem {
  id: string;
  title: string;
  company: string;
  status: "OPEN" | "CLOSED";
  createdAt: Date;
  hasCriteria: boolean;
  counts: { total: number; scored: number; pending: number; failed: number; notSubmitted: number };
  topScore: number | null;
  lastActivity: Date;
}

/** `onlyJobIds`: a hiring manager's assigned jobs; omitted = every job of the org. */
export async function listJobsWithStats(orgId: string, onlyJobIds?: string[]): Promise<JobListItem[]> {
  const [jobs, groups] = await Promise.all([
    db.job.findMany({
      where: { orgId, ...(onlyJobIds ? { id: { in: onlyJobIds } } : {}) },
      orderBy: [{ status: "asc" }, { createdAt: "desc" }],
      select: {
        id: true,
        title: true,
        company: true,
        status: true,
        createdAt: true,
        updatedAt: true,
        activeCriteriaVersionId: true,
      },
    }),
    // One grouped query for every job's counters instead of N per-job counts.
    db.application.groupBy({
      by: ["jobId", "pipelineStatus"],
      where: { orgId, ...(onlyJobIds ? { jobId: { in: onlyJobIds } } : {}) },
      _count: { _all: true },
      _max: { currentScore: true, updatedAt: true },
    }),
  ]);
  return jobs.map((job) => {
    const mine = groups.filter((g) => g.jobId === job.id);
    const count = (s: string) => mine.find((g) => g.pipelineStatus === s)?._count._all ?? 0;
    const scores = mine.map((g) => g._max.currentScore).filter((s): s is number => s !== null);
    const touched = mine.map((g) => g._max.updatedAt?.getTime() ?? 0);
    return {
      id: job.id,
      title: job.title,
      company: job.company,
      status: job.status,
      createdAt: job.createdAt,
      hasCriteria: job.activeCriteriaVersionId !== null,
      counts: {
        total: mine.reduce((n, g) => n + g._count._all, 0),
        scored: count("SCORED"),
        pending: count("PENDING"),
        failed: count("FAILED") + count("REJECTED"),
        notSubmitted: count("NOT_SUBMITTED"),
      },
      topScore: scores.length ? Math.max(...scores) : null,
      lastActivity: new Date(Math.max(job.updatedAt.getTime(), ...touched)),
    };
  });
}

export interface JobSummary {
  id: string;
  title: string;
  company: string;
  description: string;
  roleKnowledge: string | null;
  status: "OPEN" | "CLOSED";
  activeVersion: { id: string; novaId: string; number: number } | null;
}

/**
 * Whether the org has this job, and the Nova id of its active criteria version: one statement
 * for the status poll, which runs every few seconds per open ranking (getJob reads the
 * description too, and Prisma reads the version separately).
 */
export async function getJobActiveNovaId(
  orgId: string,
  jobId: string,
): Promise<{ activeNovaId: string | null } | null> {
  const [row] = await db.$queryRaw<{ novaId: string | null }[]>`
    SELECT cv."novaId" FROM "Job" j LEFT JOIN "CriteriaVersion" cv ON cv."id" = j."activeCriteriaVersionId"
    WHERE j."id" = ${jobId} AND j."orgId" = ${orgId}`;
  return row ? { activeNovaId: row.novaId } : null;
}

/** One job of the org, or null (callers turn null into notFound()). */
export async function getJob(orgId: string, jobId: string): Promise<JobSummary | null> {
  const job = await db.job.findFirst({
    where: { id: jobId, orgId },
    select: {
      id: true,
      title: true,
      company: true,
      description: true,
      roleKnowledge: true,
      status: true,
      activeCriteriaVersion: { select: { id: true, novaId: true, number: true } },
    },
  });
  if (!job) return null;
  const { activeCriteriaVersion, ...rest } = job;
  return { ...rest, activeVersion: activeCriteriaVersion };
}
