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

/**
 * Fixed one-second windows per (partner, environment, bucket), in this process's memory. The
 * running sandbox counts in the database instead (SharedRateLimiter, shared-rate-limit.ts),
 * so several instances share one limit; this class keeps the criteria_ai in-flight cap, which
 * is per process, and the window arithmetic the unit tests pin down.
 */
export class RateLimiter {
  private windows = new Map<string, { second: number; used: number }>();
  private inflight = new Map<string, number>();

  constructor(readonly limits: RateLimits) {}

  /** Takes one token, or throws 429 RATE_LIMITED (with the state for the headers). */
  take(partnerKey: string, bucket: Bucket, nowMs = Date.now()): WindowState {
    const state = this.peek(partnerKey, bucket, nowMs);
    if (state.remaining <= 0) throw rateLimited(state, nowMs, "Rate limit exceeded");
    const second = Math.floor(nowMs / 1000);
    const key = `${partnerKey}:${bucket}`;
    const current = this.windows.get(key);
    this.windows.set(key, { second, used: current && current.second === second ? current.used + 1 : 1 });
    return { ...state, remaining: state.remaining - 1 };
  }

  /** The bucket's state without consuming (rate-limit-status must not spend other buckets). */
  peek(partnerKey: string, bucket: Bucket, nowMs = Date.now()): WindowState {
    const second = Math.floor(nowMs / 1000);
    const limit = this.limits.perSecond[bucket];
    const current = this.windows.get(`${partnerKey}:${bucket}`);
    const used = current && current.second === second ? current.used : 0;
    return { bucket, limit, remaining: Math.max(0, limit - used), resetAt: second + 1 };
  }

  /** Reserves a criteria_ai concurrency slot; call the returned function when done. */
  enter(partnerKey: string, state: WindowState, nowMs = Date.now()): () => void {
    const active = this.inflight.get(partnerKey) ?? 0;
    if (active >= this.limits.criteriaAiInflight) {
      throw rateLimited(
        state,
        nowMs,
        `Too many criteria AI requests in flight (max ${this.limits.criteriaAiInflight})`,
      );
    }
    this.inflight.set(partnerKey, active + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inflight.set(partnerKey, Math.max(0, (this.inflight.get(partnerKey) ?? 1) - 1));
    };
  }

  activeInflight(partnerKey: string): number {
    return this.inflight.get(partnerKey) ?? 0;
  }
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
