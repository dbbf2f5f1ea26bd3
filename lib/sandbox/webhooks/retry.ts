/** Nova delivers each webhook at most 5 times (nova-api.md §3.5). */
export const MAX_DELIVERY_ATTEMPTS = 5;

/** Nova's smallest retry delay; the largest is 30× this (1 min … 30 min by default). */
export const DEFAULT_RETRY_BASE_MS = 60_000;
const MAX_FACTOR = 30;

/**
 * Delay before the next delivery after `failedAttempt` (1-based) failed: exponential
 * (base, 2·base, 4·base, …) plus up to 50 % jitter so a receiver that was down is not hit by
 * every retry at once, clamped to [base, 30·base]. `rand` in [0, 1) is injected for tests.
 * `baseMs` is NOVA_SANDBOX_RETRY_BASE_MS (tests use 200 ms), which shortens the whole schedule.
 */
export function retryDelayMs(
  failedAttempt: number,
  baseMs: number = DEFAULT_RETRY_BASE_MS,
  rand: number = Math.random(),
): number {
  const exponential = baseMs * 2 ** Math.max(0, failedAttempt - 1);
  const jittered = exponential * (1 + 0.5 * Math.min(Math.max(rand, 0), 1));
  return Math.round(Math.min(baseMs * MAX_FACTOR, Math.max(baseMs, jittered)));
}
