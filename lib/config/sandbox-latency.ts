/**
 * `NOVA_SANDBOX_LATENCY`: how long the embedded sandbox takes, so the slow paths a real Nova
 * has (spinners, time-outs, reconciliation) can be seen and tested locally. The default answers
 * at once, which keeps the demo and the test suite fast.
 *
 * - `off` (default): no added latency.
 * - `realistic`: what Nova documents (nova-api.md §2.2, §2.7, §2.8): criteria generation and
 *   clarification questions 10–20 s (synchronous), scoring 20–30 s from acceptance to result.
 * - `criteria=A-B,scoring=C-D` (seconds, either part optional): explicit ranges, for a quicker
 *   demo of the same behaviour or a test that must not wait the full time.
 */

/** Inclusive range in milliseconds; a delay is drawn uniformly from it. */
export type LatencyRange = readonly [min: number, max: number];

export interface SandboxLatency {
  criteriaMs: LatencyRange;
  scoringMs: LatencyRange;
}

const NONE: LatencyRange = [0, 0];

export const REALISTIC_LATENCY: SandboxLatency = { criteriaMs: [10_000, 20_000], scoringMs: [20_000, 30_000] };

export const NO_LATENCY: SandboxLatency = { criteriaMs: NONE, scoringMs: NONE };

/**
 * Scoring: ten minutes, beyond any reconciliation a test would wait for, so a larger figure is a
 * typo. Criteria: the request itself waits and holds one of the 4 shared criteria_ai in-flight
 * slots, whose lease (lib/sandbox/http/shared-rate-limit.ts) is 120 s; 100 s stays inside it
 * and is still long enough to watch the dashboard's 60 s time-out.
 */
const MAX_SECONDS = { criteria: 100, scoring: 600 } as const;

/** Parses the setting; throws an Error whose message says what is wrong (without the setting's name). */
export function parseSandboxLatency(raw: string | undefined): SandboxLatency {
  const value = (raw ?? "off").trim().toLowerCase();
  if (value === "off" || value === "0") return NO_LATENCY;
  if (value === "realistic") return REALISTIC_LATENCY;
  const result: { criteriaMs: LatencyRange; scoringMs: LatencyRange } = { criteriaMs: NONE, scoringMs: NONE };
  for (const part of value.split(",")) {
    const m = /^\s*(criteria|scoring)\s*=\s*(\d+(?:\.\d+)?)(?:\s*-\s*(\d+(?:\.\d+)?))?\s*$/.exec(part);
    if (!m) throw new Error('must be "off", "realistic" or ranges in seconds like "criteria=10-20,scoring=20-30"');
    const min = Number(m[2]);
    const max = m[3] === undefined ? min : Number(m[3]);
    if (max < min) throw new Error(`${m[1]}: the range must run from low to high`);
    const kind = m[1] as keyof typeof MAX_SECONDS;
    if (max > MAX_SECONDS[kind]) throw new Error(`${kind}: at most ${MAX_SECONDS[kind]} seconds`);
    result[kind === "criteria" ? "criteriaMs" : "scoringMs"] = [Math.round(min * 1000), Math.round(max * 1000)];
  }
  return result;
}

/** A delay drawn from the range; `random` is injectable so the draw is testable. */
export function drawDelayMs([min, max]: LatencyRange, random: () => number = Math.random): number {
  return min + Math.round((max - min) * random());
}
