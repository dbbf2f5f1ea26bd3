import { json, type ApiResult, type RequestContext } from "../http/context";
import { getRateLimiter, partnerKey } from "../http/limiter";
import { BUCKETS } from "../http/rate-limit";

/**
 * GET /v1/rate-limit-status: every bucket's window without spending it (only this route's own
 * bucket was charged). Nesting is undocumented; buckets are top-level keys as in the field list.
 */
export async function getRateLimitStatus(ctx: RequestContext): Promise<ApiResult> {
  const limiter = getRateLimiter();
  const key = partnerKey(ctx);
  const nowMs = Date.now();
  const states = await Promise.all(BUCKETS.map((bucket) => limiter.peek(key, bucket, nowMs)));
  const buckets = Object.fromEntries(
    states.map((s) => {
      const bucket = s.bucket;
      return [
        bucket,
        {
          limit: s.limit,
          remaining: s.remaining,
          resetAt: s.resetAt,
          resetInSeconds: Math.max(0, Math.ceil(s.resetAt - nowMs / 1000)),
        },
      ];
    }),
  );
  const active = await limiter.activeInflight(key, nowMs);
  return json(200, {
    partnerId: ctx.partner.partnerId,
    environment: ctx.partner.environment,
    generatedAt: new Date(nowMs).toISOString(),
    degraded: false,
    ...buckets,
    criteria_ai_inflight: {
      limit: limiter.limits.criteriaAiInflight,
      active,
      retryAfterSeconds: active >= limiter.limits.criteriaAiInflight ? 1 : 0,
    },
  });
}
