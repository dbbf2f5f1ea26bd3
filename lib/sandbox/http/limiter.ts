import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db";
import type { Partner } from "./auth";
import { parseRateLimits } from "./rate-limit";
import { SharedRateLimiter } from "./shared-rate-limit";

const globalForLimiter = globalThis as unknown as { novaSandboxLimiter?: SharedRateLimiter };

/** The limiter (windows and in-flight slots in the database, shared by all instances), built from NOVA_SANDBOX_RATE_LIMITS on first use. */
export function getRateLimiter(): SharedRateLimiter {
  globalForLimiter.novaSandboxLimiter ??= new SharedRateLimiter(
    getDb(),
    parseRateLimits(getConfig().sandbox.rateLimits),
  );
  return globalForLimiter.novaSandboxLimiter;
}

/** Limits apply per partner and environment, shared across tenants (§5.1). */
export const partnerKey = (ctx: { partner: Partner }) => `${ctx.partner.partnerId}:${ctx.partner.environment}`;
