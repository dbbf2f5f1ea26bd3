import { getConfig } from "@/lib/config";
import type { Partner } from "./auth";
import { parseRateLimits, RateLimiter } from "./rate-limit";

const globalForLimiter = globalThis as unknown as { novaSandboxLimiter?: RateLimiter };

/** The process's limiter, built from NOVA_SANDBOX_RATE_LIMITS on first use. */
export function getRateLimiter(): RateLimiter {
  globalForLimiter.novaSandboxLimiter ??= new RateLimiter(parseRateLimits(getConfig().sandbox.rateLimits));
  return globalForLimiter.novaSandboxLimiter;
}

/** Limits apply per partner and environment, shared across tenants (§5.1). */
export const partnerKey = (ctx: { partner: Partner }) => `${ctx.partner.partnerId}:${ctx.partner.environment}`;
