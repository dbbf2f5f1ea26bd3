import type { PollingLoop } from "./worker/loop";
import { startWebhookDispatcher } from "./webhooks";
import { startScoringWorker } from "./worker";

const holder = globalThis as unknown as { shortlistSandboxLoops?: PollingLoop[] };

/**
 * Starts the sandbox's background loops (queue worker, webhook dispatcher) in this process.
 * Called once from instrumentation.ts when the sandbox is enabled; a second call is a no-op.
 * Every instance may run them: rows are claimed atomically, so no job or delivery runs twice.
 */
export function startSandboxWorkers(): void {
  holder.shortlistSandboxLoops ??= [startScoringWorker(), startWebhookDispatcher()];
}

/** Graceful shutdown: stop claiming, let in-flight rows finish for up to graceMs, release the rest. */
export async function stopSandboxWorkers(graceMs: number): Promise<void> {
  const loops = holder.shortlistSandboxLoops ?? [];
  await Promise.all(loops.map((loop) => loop.stop(graceMs)));
}
