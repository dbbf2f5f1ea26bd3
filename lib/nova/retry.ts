/** Backoff for retryable Nova failures: exponential with full jitter, capped, and Nova's Retry-After wins. */
export interface RetryPolicy {
  maxRetries: number;
  initialDelayMs: number;
  maxDelayMs: number;
  multiplier: number;
}

// Close to the official SDK's defaults (§1.6), with two more attempts: the worker would
// otherwise park the item in the outbox for a later pass, which is slower for the user.
export const DEFAULT_RETRY: RetryPolicy = { maxRetries: 4, initialDelayMs: 500, maxDelayMs: 30_000, multiplier: 2 };

/** `Retry-After` is seconds or an HTTP date; returns milliseconds, or null when absent/unusable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Delay before retry number `attempt` (0-based). */
export function backoffDelay(
  attempt: number,
  policy: RetryPolicy,
  retryAfterMs: number | null,
  random = Math.random,
): number {
  if (retryAfterMs !== null) return Math.min(retryAfterMs, policy.maxDelayMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.initialDelayMs * policy.multiplier ** attempt);
  // Half fixed, half jitter: never hammer immediately, never synchronise with other clients.
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
