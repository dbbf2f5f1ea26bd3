import { ConfigError } from "@/lib/config";
import { ApiError } from "./errors";

/** Nova's per-second buckets (nova-api.md §5.1); every /v1 request falls into exactly one. */
export const BUCKETS = [
  "criteria_ai",
  "criteria_current_reads",
  "scoring_intake_batch",
  "scoring_intake_single",
  "read_and_ops",
  "analytics",
  "rate_limit_status",
] as const;
export type Bucket = (typeof BUCKETS)[number];

export interface RateLimits {
  perSecond: Record<Bucket, number>;
  /** criteria_ai also caps concurrent requests: 429 even when tokens remain. */
  criteriaAiInflight: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  perSecond: {
    criteria_ai: 2,
    criteria_current_reads: 60,
    scoring_intake_batch: 1,
    scoring_intake_single: 10,
    read_and_ops: 20,
    analytics: 20,
    rate_limit_status: 2,
  },
  criteriaAiInflight: 4,
};

const SETTING = "NOVA_SANDBOX_RATE_LIMITS";

/**
 * `NOVA_SANDBOX_RATE_LIMITS=bucket=n,bucket=n` overrides single buckets (plus
 * `criteria_ai_inflight=n`). A typo must not silently leave a limit in place, so an unknown
 * bucket or a non-positive number is a ConfigError naming the setting.
 */
export function parseRateLimits(raw: string | undefined): RateLimits {
  const limits: RateLimits = {
    perSecond: { ...DEFAULT_RATE_LIMITS.perSecond },
    criteriaAiInflight: DEFAULT_RATE_LIMITS.criteriaAiInflight,
  };
  if (!raw?.trim()) return limits;
  for (const part of raw.split(",")) {
    const entry = part.trim();
    if (!entry) continue;
    const match = /^([a-z_]+)\s*=\s*(\d+)$/.exec(entry);
    if (!match) throw new ConfigError(SETTING, `"${entry}" is not of the form bucket=number`);
    const [, name, value] = match as unknown as [string, string, string];
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < 1) throw new ConfigError(SETTING, `${name} must be a positive integer`);
    if (name === "criteria_ai_inflight") limits.criteriaAiInflight = n;
    else if ((BUCKETS as readonly string[]).includes(name)) limits.perSecond[name as Bucket] = n;
    else
      throw new ConfigError(
        SETTING,
        `unknown bucket "${name}" (known: ${[...BUCKETS, "criteria_ai_inflight"].join(", ")})`,
      );
  }
  return limits;
}

export interface WindowState {
  bucket: Bucket;
  limit: number;
  remaining: number;
  /** Unix seconds at which the current one-second window ends. */
  resetAt: number;
}

export function rateLimited(state: WindowState, nowMs: number, reason: string): ApiError {
  const retryAfter = Math.max(1, Math.ceil(state.resetAt - nowMs / 1000));
  return new ApiError(
    429,
    "RATE_LIMITED",
    `${reason}. Retry after ${retryAfter} second${retryAfter === 1 ? "" : "s"}.`,
    {
      retryable: true,
      headers: { "Retry-After": String(retryAfter), ...rateLimitHeaders(state) },
    },
  );
}

export function rateLimitHeaders(state: WindowState): Record<string, string> {
  return {
    "X-RateLimit-Bucket": state.bucket,
    "X-RateLimit-Limit": String(state.limit),
    "X-RateLimit-Remaining": String(state.remaining),
    "X-RateLimit-Reset": String(state.resetAt),
  };
}
