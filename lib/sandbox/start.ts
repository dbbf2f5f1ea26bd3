import { startWebhookDispatcher } from "./webhooks";
import { startScoringWorker } from "./worker";

const holder = globalThis as unknown as { shortlistSandboxWorkersStarted?: boolean };

/**
 * Starts the sandbox's background loops (queue worker, webhook dispatcher) in this process.
 * Called once from instrumentation.ts when the sandbox is enabled; a second call is a no-op.
 * Every instance may run them: rows are claimed atomically, so no job or delivery runs twice.
 */
export function startSandboxWorkers(): void {
  if (holder.shortlistSandboxWorkersStarted) return;
  holder.shortlistSandboxWorkersStarted = true;
  startScoringWorker();
  startWebhookDispatcher();
}
