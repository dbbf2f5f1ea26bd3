import { getConfig } from "@/lib/config";

const state = globalThis as unknown as { shortlistDashboardWorkers?: boolean };

/**
 * Starts the dashboard's background loops in this process: the submission outbox, the webhook
 * inbox's applier and the reconciliation of stuck scores. Each claims or re-reads database rows,
 * so several instances can run them at once. Each loop waits for its previous pass before the next.
 */
export function startDashboardWorkers(): void {
  if (state.shortlistDashboardWorkers) return;
  state.shortlistDashboardWorkers = true;
  const { dashboard } = getConfig();
  loop("outbox", dashboard.outboxPollMs, async () => {
    const { runOutboxOnce } = await import("@/lib/sending/outbox-worker");
    await runOutboxOnce();
  });
  // The receiver nudges the applier on every stored delivery; this poll picks up the rest
  // (deliveries stored by another instance, or left unapplied by a crash before a restart).
  loop("webhook-inbox", 1000, async () => {
    const { drainInbox } = await import("@/lib/webhooks/applier");
    await drainInbox();
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
