import { db } from "@/lib/db";
import { bucketOf, bucketStarts, granularityOf, percentile, periodOf, type TimeRange } from "../analytics/series";
import { json, parseInput, type ApiResult, type RequestContext } from "../http/context";
import { tenantIdsOf } from "../store/tenants";
import { timeRangeSchema } from "./schemas";

// Partner-level analytics (§2.13), computed from the sandbox's own rows for the key's
// environment. Responses may be cached for a minute, as Nova's are.
const CACHE = { "Cache-Control": "private, max-age=60" };

const ERROR_DESCRIPTIONS: Record<string, string> = {
  AI_SCORING_FAILED: "The scoring model could not produce a result",
  RESUME_FETCH_FAILED: "The resume could not be downloaded",
  RESUME_TOO_LARGE: "The resume exceeds the size limit",
  RESUME_ENCRYPTED: "The resume is password-protected",
  RESUME_EMPTY: "The resume has no extractable text",
  RESUME_CORRUPTED: "The resume file is truncated or malformed",
  RESUME_PARSE_FAILED: "The resume could not be parsed",
  CRITERIA_NOT_FOUND: "The job had no active criteria",
  TASK_STUCK: "The scoring task stopped making progress",
  TIMEOUT: "Scoring timed out",
  MAX_RETRIES_EXCEEDED: "Scoring failed after all retries",
  INTERNAL_ERROR: "Internal error",
};

async function jobsInPeriod(ctx: RequestContext) {
  const { timeRange } = parseInput(timeRangeSchema, { timeRange: ctx.query.get("timeRange") ?? undefined });
  const now = new Date();
  const period = periodOf(timeRange, now);
  const tenantIds = await tenantIdsOf(ctx.partner.environment);
  const jobs = await db.sandboxScoringJob.findMany({
    where: { tenantId: { in: tenantIds }, queuedAt: { gte: period.start, lte: period.end } },
    select: { status: true, queuedAt: true, completedAt: true, failedAt: true, errorCode: true },
  });
  return { timeRange, now, period, tenantIds, jobs };
}

const periodJson = (p: { start: Date; end: Date }) => ({ start: p.start.toISOString(), end: p.end.toISOString() });
const durationMs = (j: { queuedAt: Date; completedAt: Date | null; failedAt: Date | null }) => {
  const end = j.completedAt ?? j.failedAt;
  return end ? end.getTime() - j.queuedAt.getTime() : null;
};

export async function getOverview(ctx: RequestContext): Promise<ApiResult> {
  const { period, tenantIds, jobs } = await jobsInPeriod(ctx);
  const completed = jobs.filter((j) => j.status === "completed");
  const finished = jobs.filter((j) => j.status !== "pending");
  const durations = finished.map(durationMs).filter((d): d is number => d !== null);
  const deliveries = await db.sandboxWebhookDelivery.groupBy({
    by: ["status"],
    where: { tenantId: { in: tenantIds }, createdAt: { gte: period.start, lte: period.end } },
    _count: { _all: true },
  });
  const countOf = (status: string) => deliveries.find((d) => d.status === status)?._count._all ?? 0;
  const totalDeliveries = deliveries.reduce((n, d) => n + d._count._all, 0);
  const settled = countOf("delivered") + countOf("failed");
  return json(
    200,
    {
      period: periodJson(period),
      scoring: {
        totalRequests: jobs.length,
        successRate: finished.length ? completed.length / finished.length : 0,
        avgDurationMs: durations.length ? Math.round(durations.reduce((a, b) => a + b, 0) / durations.length) : null,
        scoresGenerated: completed.length,
      },
      webhooks: { deliveryRate: settled ? countOf("delivered") / settled : 0, totalDeliveries },
    },
    CACHE,
  );
}

function series<T>(range: TimeRange, now: Date, jobs: { at: Date; value: T }[], summarise: (values: T[]) => object) {
  const groups = new Map<number, T[]>(bucketStarts(range, now).map((t) => [t, []]));
  for (const j of jobs) groups.get(bucketOf(j.at, range))?.push(j.value);
  return [...groups].map(([t, values]) => ({ timestamp: new Date(t).toISOString(), ...summarise(values) }));
}

export async function getScoringVolume(ctx: RequestContext): Promise<ApiResult> {
  const { timeRange, now, period, jobs } = await jobsInPeriod(ctx);
  const finished = jobs.flatMap((j) =>
    j.completedAt || j.failedAt ? [{ at: (j.completedAt ?? j.failedAt)!, value: j.status }] : [],
  );
  const data = series(timeRange, now, finished, (statuses) => {
    const completed = statuses.filter((s) => s === "completed").length;
    const failed = statuses.filter((s) => s === "failed").length;
    return { total: completed + failed, completed, failed };
  });
  return json(200, { period: periodJson(period), granularity: granularityOf(timeRange), data }, CACHE);
}

export async function getScoringLatency(ctx: RequestContext): Promise<ApiResult> {
  const { timeRange, now, period, jobs } = await jobsInPeriod(ctx);
  const done = jobs.flatMap((j) =>
    j.status === "completed" && j.completedAt ? [{ at: j.completedAt, value: durationMs(j)! }] : [],
  );
  const data = series(timeRange, now, done, (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return { p50Ms: percentile(sorted, 50), p95Ms: percentile(sorted, 95), p99Ms: percentile(sorted, 99) };
  });
  return json(200, { period: periodJson(period), granularity: granularityOf(timeRange), data }, CACHE);
}

export async function getErrors(ctx: RequestContext): Promise<ApiResult> {
  const { period, jobs } = await jobsInPeriod(ctx);
  const failed = jobs.filter((j) => j.status === "failed");
  const counts = new Map<string, number>();
  for (const j of failed)
    counts.set(j.errorCode ?? "INTERNAL_ERROR", (counts.get(j.errorCode ?? "INTERNAL_ERROR") ?? 0) + 1);
  const data = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([errorCode, count]) => ({
      errorCode,
      description: ERROR_DESCRIPTIONS[errorCode] ?? errorCode,
      count,
      percentage: Math.round((count / failed.length) * 10_000) / 100,
    }));
  return json(200, { period: periodJson(period), data }, CACHE);
}
