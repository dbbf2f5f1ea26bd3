import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { isUniqueViolation } from "../store/unique";
import type { ApiResult, TenantContext } from "./context";
import { ApiError, validationError } from "./errors";

/** A key whose request died mid-flight (crash, restart) may be reused after this long. */
const IN_FLIGHT_STALE_MS = 60_000;
/** Stored responses are replayed for a day, like Stripe's keys; Nova documents no TTL. */
const REPLAY_TTL_MS = 24 * 60 * 60 * 1000;

function requestHash(ctx: TenantContext): string {
  return createHash("sha256")
    .update(`${ctx.method} ${ctx.path}\n${JSON.stringify(ctx.body ?? null)}`)
    .digest("hex");
}

/**
 * `Idempotency-Key` on criteria and library mutations (nova-api.md §1.3, §2.9):
 * - first use: runs the request; a 2xx response is stored and replayed later with
 *   `Idempotent-Replayed: true`; an error frees the key so the fixed request can retry;
 * - same key while the first is still running: 409 IDEMPOTENCY_REQUEST_IN_PROGRESS;
 * - same key, different method/path/body: 422 IDEMPOTENCY_KEY_MISMATCH.
 * The unique (tenant, key) row is the lock, so this holds across instances.
 */
export async function withIdempotency(ctx: TenantContext, run: () => Promise<ApiResult>): Promise<ApiResult> {
  const key = ctx.req.headers.get("idempotency-key");
  if (key === null) return run();
  if (key.length < 1 || key.length > 255) {
    throw validationError([
      { field: "Idempotency-Key", code: "invalid_length", message: "Idempotency-Key must be 1–255 characters" },
    ]);
  }
  const hash = requestHash(ctx);
  const tenantId = ctx.tenant.id;
  // Expired records are dropped as the tenant makes new keyed requests: no cleanup job needed.
  await db.sandboxIdempotencyKey.deleteMany({
    where: { tenantId, status: "completed", createdAt: { lt: new Date(Date.now() - REPLAY_TTL_MS) } },
  });
  const claimed = await claim(tenantId, key, hash);
  if (claimed !== "claimed") return claimed;

  let result: ApiResult;
  try {
    result = await run();
  } catch (err) {
    await db.sandboxIdempotencyKey.deleteMany({ where: { tenantId, key, status: "in_flight" } });
    throw err;
  }
  if (result.status >= 200 && result.status < 300) {
    await db.sandboxIdempotencyKey.updateMany({
      where: { tenantId, key },
      data: {
        status: "completed",
        responseStatus: result.status,
        responseBody: JSON.stringify(result.body),
        completedAt: new Date(),
      },
    });
  } else {
    await db.sandboxIdempotencyKey.deleteMany({ where: { tenantId, key, status: "in_flight" } });
  }
  return result;
}

async function claim(tenantId: string, key: string, hash: string): Promise<"claimed" | ApiResult> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await db.sandboxIdempotencyKey.create({ data: { tenantId, key, requestHash: hash, status: "in_flight" } });
      return "claimed";
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
    const existing = await db.sandboxIdempotencyKey.findUnique({ where: { tenantId_key: { tenantId, key } } });
    if (!existing) continue; // freed between our insert and read: try again
    const age = Date.now() - existing.createdAt.getTime();
    const abandoned = existing.status === "in_flight" && age > IN_FLIGHT_STALE_MS;
    const expired = existing.status === "completed" && age > REPLAY_TTL_MS;
    if (abandoned || expired) {
      await db.sandboxIdempotencyKey.deleteMany({ where: { id: existing.id, createdAt: existing.createdAt } });
      continue;
    }
    if (existing.status === "in_flight") {
      throw new ApiError(
        409,
        "IDEMPOTENCY_REQUEST_IN_PROGRESS",
        "A request with this Idempotency-Key is still in progress. Retry later with the same key.",
        {
          retryable: true,
        },
      );
    }
    if (existing.requestHash !== hash) {
      throw new ApiError(
        422,
        "IDEMPOTENCY_KEY_MISMATCH",
        "This Idempotency-Key was already used with different request parameters.",
      );
    }
    return {
      status: existing.responseStatus ?? 200,
      body: JSON.parse(existing.responseBody ?? "null") as unknown,
      headers: { "Idempotent-Replayed": "true" },
    };
  }
  throw new ApiError(
    409,
    "IDEMPOTENCY_REQUEST_IN_PROGRESS",
    "A request with this Idempotency-Key is still in progress. Retry later with the same key.",
    {
      retryable: true,
    },
  );
}
