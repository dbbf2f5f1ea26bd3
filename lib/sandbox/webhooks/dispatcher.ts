import { Prisma, type PrismaClient, type SandboxWebhookDelivery } from "@/lib/generated/prisma/client";
import { claimRowIds, freeOrStale } from "@/lib/claims";
import { staleBefore } from "../worker/claim";
import { EVENT_HEADER, type WebhookEvent } from "./payloads";
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from "./retry";
import { sign } from "./sign";

/** Nova's receiver contract: any 2xx within 30 s is a delivery (nova-api.md §3.5). */
export const DELIVERY_TIMEOUT_MS = 30_000;

export interface DispatchSettings {
  url: string;
  secret: string;
  retryBaseMs: number;
  timeoutMs?: number;
  /** Jitter source, injectable for tests. */
  rand?: () => number;
}

/** Claims up to `limit` deliveries that are due, oldest due first; returns the claimed rows. */
export async function claimDueDeliveries(
  db: PrismaClient,
  claimerId: string,
  limit: number,
  now = new Date(),
): Promise<SandboxWebhookDelivery[]> {
  const ids = await claimRowIds(db, {
    table: "SandboxWebhookDelivery",
    where: Prisma.sql`"status" = 'pending' AND "nextAttemptAt" <= ${now} AND ${freeOrStale(staleBefore(now))}`,
    orderBy: Prisma.sql`"nextAttemptAt" ASC`,
    set: Prisma.sql`"claimedBy" = ${claimerId}, "claimedAt" = ${now}`,
    limit,
  });
  if (ids.length === 0) return [];
  return db.sandboxWebhookDelivery.findMany({ where: { id: { in: ids } }, orderBy: { nextAttemptAt: "asc" } });
}

export type DeliveryOutcome = "delivered" | "retry" | "failed" | "lost";

/**
 * Makes one HTTP attempt for a claimed delivery, logs it, and either marks the delivery
 * delivered, schedules the next attempt (claim released) or, after the 5th failure, marks it
 * failed. Every write is conditional on still holding the claim.
 */
export async function attemptDelivery(
  db: PrismaClient,
  d: SandboxWebhookDelivery,
  claimerId: string,
  s: DispatchSettings,
): Promise<DeliveryOutcome> {
  const id = d.id;
  const attempt = d.attempts + 1;
  const startedAt = new Date();
  let statusCode: number | null = null;
  let error: string | null = null;
  try {
    const res = await fetch(s.url, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "X-Webhook-Id": d.id,
        "X-Webhook-Signature": sign(s.secret, d.payload),
        "X-Webhook-Event": EVENT_HEADER[d.event as WebhookEvent] ?? d.event,
        "X-Webhook-Timestamp": startedAt.toISOString(),
      },
      body: d.payload,
      // A redirect is not a 2xx: Nova does not follow it, and neither do we.
      redirect: "manual",
      signal: AbortSignal.timeout(s.timeoutMs ?? DELIVERY_TIMEOUT_MS),
    });
    statusCode = res.status;
    await res.body?.cancel();
    if (!res.ok) error = `HTTP ${res.status}`;
  } catch (err) {
    const e = err as Error;
    error =
      e.name === "TimeoutError" ? `No answer within ${(s.timeoutMs ?? DELIVERY_TIMEOUT_MS) / 1000} s` : errorText(e);
  }
  const durationMs = Date.now() - startedAt.getTime();
  const delivered = error === null;
  const outcome: DeliveryOutcome = delivered ? "delivered" : attempt >= MAX_DELIVERY_ATTEMPTS ? "failed" : "retry";
  const now = new Date();
  const [, updated] = await db.$transaction([
    db.sandboxWebhookAttempt.create({ data: { deliveryId: id, attempt, startedAt, durationMs, statusCode, error } }),
    db.sandboxWebhookDelivery.updateMany({
      where: { id, claimedBy: claimerId, status: "pending" },
      data: {
        attempts: attempt,
        lastStatusCode: statusCode,
        lastError: error,
        status: outcome === "retry" ? "pending" : outcome,
        deliveredAt: delivered ? now : null,
        nextAttemptAt:
          outcome === "retry"
            ? new Date(now.getTime() + retryDelayMs(attempt, s.retryBaseMs, (s.rand ?? Math.random)()))
            : d.nextAttemptAt,
        // Released, so any instance may make the next attempt when it is due.
        claimedBy: null,
        claimedAt: null,
      },
    }),
  ]);
  // Claim taken over as stale meanwhile: the attempt is logged, the new holder decides.
  return updated.count === 1 ? outcome : "lost";
}

/** fetch's "fetch failed" hides the reason (ECONNREFUSED, …) in `cause`. */
function errorText(e: Error): string {
  const cause = (e as Error & { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? e.message;
}
