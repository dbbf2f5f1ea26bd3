import { getConfig } from "@/lib/config";
import { drawDelayMs, type SandboxLatency } from "@/lib/config/sandbox-latency";

/**
 * The time the sandbox takes, per `NOVA_SANDBOX_LATENCY` (lib/config/sandbox-latency.ts).
 * Criteria generation and question sets are synchronous at Nova, so the request itself waits;
 * scoring is asynchronous, so an accepted job is only scheduled later (its `runAfter`) and the
 * 202 stays immediate, as Nova's does.
 */
export interface LatencyPolicy {
  /** How long a criteria-generation or question-set request takes before answering. */
  criteriaDelayMs(): number;
  /** How long after acceptance a scoring job may start, so its result arrives that much later. */
  scoringDelayMs(): number;
}

export function latencyPolicy(latency: SandboxLatency, random: () => number = Math.random): LatencyPolicy {
  return {
    criteriaDelayMs: () => drawDelayMs(latency.criteriaMs, random),
    scoringDelayMs: () => drawDelayMs(latency.scoringMs, random),
  };
}

const configured = (): LatencyPolicy => latencyPolicy(getConfig().sandbox.latency);

/** Waits as long as Nova's synchronous criteria AI would; returns the delay taken (0 when off). */
export async function criteriaLatency(): Promise<number> {
  const ms = configured().criteriaDelayMs();
  if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
  return ms;
}

/** When a scoring job accepted now may run. */
export function scoringRunAfter(now = Date.now()): Date {
  return new Date(now + configured().scoringDelayMs());
}

/**
 * The sandbox's own response header saying how long it waited on purpose, so a test can see the
 * setting honoured without timing the request. Real Nova sends no such header; clients ignore it.
 */
export function latencyHeaders(latencyMs: number): Record<string, string> | undefined {
  return latencyMs > 0 ? { "X-Sandbox-Latency-Ms": String(latencyMs) } : undefined;
}
