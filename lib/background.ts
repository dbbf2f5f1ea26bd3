import { getConfig } from "@/lib/config";

interface Loop {
  /** Stops scheduling passes; resolves when the pass in progress (if any) has ended. */
  stop(): Promise<void>;
}

const state = globalThis as unknown as { shortlistDashboardLoops?: Loop[] };

/**
 * Starts the dashboard's background loops in this process: the submission outbox and the
 * reconciliation of stuck scores. Both claim database rows, so several instances can run them
 * at once. Each loop waits for its previous pass before the next.
 */
export function startDashboardWorkers(): void {
  if (state.shortlistDashboardLoops) return;
  const { dashboard } = getConfig();
  state.shortlistDashboardLoops = [
    loop("outbox", dashboard.outboxPollMs, async () => {
      const { runOutboxOnce } = await import("@/lib/scoring/worker");
      await runOutboxOnce();
    }),
    loop("reconcile", Math.max(1000, Math.min(30_000, dashboard.reconcileAfterMs / 2)), async () => {
      const { reconcileOnce } = await import("@/lib/scoring/reconcile");
      await reconcileOnce(dashboard.reconcileAfterMs);
    }),
  ];
}

/**
 * Graceful shutdown: no new passes; the pass in progress may finish for up to graceMs; then
 * this process's outbox claims are handed back so another instance sends them at once.
 */
export async function stopDashboardWorkers(graceMs: number): Promise<void> {
  const loops = state.shortlistDashboardLoops ?? [];
  await Promise.race([Promise.all(loops.map((l) => l.stop())), new Promise((r) => setTimeout(r, graceMs))]);
  const { releaseOutboxClaims } = await import("@/lib/scoring/worker");
  const released = await releaseOutboxClaims();
  if (released) console.log(`[shutdown] released ${released} outbox item(s) to other instances`);
}

function loop(name: string, everyMs: number, pass: () => Promise<void>): Loop {
  let stopped = false;
  let current: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout;
  const tick = () => {
    if (stopped) return;
    current = pass()
      .catch((err: unknown) => console.error(`[worker:${name}] pass failed`, err))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, everyMs).unref();
      });
  };
  timer = setTimeout(tick, everyMs).unref();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
