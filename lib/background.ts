import { getConfig } from "@/lib/config";

const state = globalThis as unknown as { shortlistDashboardWorkers?: boolean };

/**
 * Starts the dashboard's background loops in this process: the submission outbox and the
 * reconciliation of stuck scores. Both claim or re-read database rows, so several instances
 * can run them at once. Each loop waits for its previous pass before the next.
 */
export function startDashboardWorkers(): void {
  if (state.shortlistDashboardWorkers) return;
  state.shortlistDashboardWorkers = true;
  const { dashboard } = getConfig();
  loop("outbox", dashboard.outboxPollMs, async () => {
    const { runOutboxOnce } = await import("@/lib/sending/outbox-worker");
    await runOutboxOnce();
  });
  loop("reconcile", Math.max(1000, Math.min(30_000, dashboard.reconcileAfterMs / 2)), async () => {
    const { reconcileOnce } = await import("@/lib/sending/reconcile");
    await reconcileOnce(dashboard.reconcileAfterMs);
  });
}

function loop(name: string, everyMs: number, pass: () => Promise<void>): void {
  const tick = async () => {
    try {
      await pass();
    } catch (err) {
      console.error(`[worker:${name}] pass failed`, err);
    }
    setTimeout(() => void tick(), everyMs).unref();
  };
  setTimeout(() => void tick(), everyMs).unref();
}
