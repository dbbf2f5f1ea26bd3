import "server-only";
import { getConfig } from "@/lib/config";
import { db } from "@/lib/db";
import { novaFor, NovaApiError } from "@/lib/nova";
import type { AnalyticsOverview, RateLimitStatus } from "@/lib/nova/schemas";

/** Either Nova's answer or why we could not get it: the page shows both kinds. */
export type Fetched<T> = { ok: true; value: T } | { ok: false; error: string };

async function fetched<T>(p: Promise<T>): Promise<Fetched<T>> {
  try {
    return { ok: true, value: await p };
  } catch (err) {
    const error =
      err instanceof NovaApiError ? `${err.message} (${err.code})` : err instanceof Error ? err.message : String(err);
    return { ok: false, error };
  }
}

export interface LocalFigures {
  /** Our own view of this tenant over the last 24 h, from the scoring attempts we stored. */
  submitted24h: number;
  completed24h: number;
  failed24h: number;
  errorRate24h: number | null;
  p50LatencyMs: number | null;
  p95LatencyMs: number | null;
  pendingTooLong: number;
  pendingAfterMs: number;
  outboxBacklog: number;
  lastWebhook: { receivedAt: Date; event: string | null; outcome: string; signatureOk: boolean } | null;
  failingWebhooks24h: number;
  /** Scores overdue and no webhook since they were due: the admin home's warning. */
  webhookQuiet: boolean;
}

function percentile(sorted: number[], p: number): number | null {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Latency sample cap: enough for stable percentiles without reading a day of rows. */
const LATENCY_SAMPLE = 2000;

export async function getLocalFigures(orgId: string): Promise<LocalFigures> {
  const since = new Date(Date.now() - 24 * 3600_000);
  const pendingAfterMs = getConfig().dashboard.reconcileAfterMs;
  const [groups, latest, pendingTooLong, outboxBacklog, lastWebhook, failingWebhooks24h] = await Promise.all([
    db.scoringJob.groupBy({ by: ["status"], where: { orgId, submittedAt: { gte: since } }, _count: { _all: true } }),
    db.scoringJob.findMany({
      where: { orgId, status: "COMPLETED", submittedAt: { gte: since }, completedAt: { not: null } },
      select: { submittedAt: true, completedAt: true },
      orderBy: { submittedAt: "desc" },
      take: LATENCY_SAMPLE,
    }),
    db.scoringJob.count({
      where: { orgId, status: "PENDING", submittedAt: { lt: new Date(Date.now() - pendingAfterMs) } },
    }),
    db.outboxItem.count({ where: { orgId, status: "pending" } }),
    // Deliveries are not tagged with an org until they are applied, so this is the install's last one.
    db.webhookEvent.findFirst({
      where: { signatureOk: true },
      orderBy: { receivedAt: "desc" },
      select: { receivedAt: true, event: true, outcome: true, signatureOk: true },
    }),
    db.webhookEvent.count({ where: { receivedAt: { gte: since }, outcome: { in: ["error", "rejected"] } } }),
  ]);
  const n = (s: string) => groups.find((g) => g.status === s)?._count._all ?? 0;
  const completed = n("COMPLETED");
  const failed = n("FAILED");
  const durations = latest
    .map((j) => j.completedAt!.getTime() - j.submittedAt.getTime())
    .filter((d) => d >= 0)
    .sort((a, b) => a - b);
  return {
    submitted24h: completed + failed + n("PENDING"),
    completed24h: completed,
    failed24h: failed,
    errorRate24h: completed + failed ? failed / (completed + failed) : null,
    p50LatencyMs: percentile(durations, 50),
    p95LatencyMs: percentile(durations, 95),
    pendingTooLong,
    pendingAfterMs,
    outboxBacklog,
    lastWebhook,
    failingWebhooks24h,
    webhookQuiet:
      pendingTooLong > 0 && (!lastWebhook || lastWebhook.receivedAt.getTime() < Date.now() - pendingAfterMs),
  };
}

export interface NovaFigures {
  rateLimits: Fetched<RateLimitStatus>;
  overview: Fetched<AnalyticsOverview>;
  latency: Fetched<{ p50Ms: number | null; p95Ms: number | null; p99Ms: number | null }>;
  errors: Fetched<{ errorCode: string; description?: string | null; count: number; percentage: number }[]>;
}

/** Nova's own figures (rate-limit status and 24 h analytics), each independently fallible. */
export async function getNovaFigures(org: { tenantId: string }): Promise<NovaFigures> {
  const nova = novaFor(org);
  const [rateLimits, overview, latency, errors] = await Promise.all([
    fetched(nova.getRateLimitStatus()),
    fetched(nova.getAnalyticsOverview("24h")),
    fetched(
      nova.getAnalyticsLatency("24h").then((r) => {
        // The newest bucket with data is the one worth a glance.
        const withData = r.data.filter((d) => d.p50Ms !== null);
        const last = withData[withData.length - 1];
        return { p50Ms: last?.p50Ms ?? null, p95Ms: last?.p95Ms ?? null, p99Ms: last?.p99Ms ?? null };
      }),
    ),
    fetched(nova.getAnalyticsErrors("24h").then((r) => r.data)),
  ]);
  return { rateLimits, overview, latency, errors };
}
