import { getConfig } from "@/lib/config";

interface Loop {
  /** Stops scheduling passes; resolves when the pass in progress (if any) has ended. */
  stop(): Promise<void>;
}

const state = globalThis as unknown as { shortlistDashboardLoops?: Loop[] };

/**
 * Starts the dashboard's background loops in this process: the submission outbox, the webhook
 * inbox's applier and the reconciliation of stuck scores. Each claims database rows, so several
 * instances can run them at once. Each loop waits for its previous pass before the next.
 */
export function startDashboardWorkers(): void {
  if (state.shortlistDashboardLoops) return;
  const { dashboard } = getConfig();
  state.shortlistDashboardLoops = [
    loop("outbox", dashboard.outboxPollMs, async () => {
      const { OUTBOX_CLAIM, runOutboxOnce } = await import("@/lib/sending/outbox-worker");
      // A full claim means more is due: the next pass starts at once, so a 2,000-candidate import
      // keeps Nova's intake busy instead of idling a poll interval between every ten batches.
      return (await runOutboxOnce()) >= OUTBOX_CLAIM;
    }),
    // The receiver nudges the applier on every stored delivery; this poll picks up the rest
    // (deliveries stored by another instance, or left unapplied by a crash before a restart).
    loop("webhook-inbox", 1000, async () => {
      const { drainInbox } = await import("@/lib/webhooks/applier");
      await drainInbox();
    }),
    loop("reconcile", Math.max(1000, Math.min(30_000, dashboard.reconcileAfterMs / 2)), async () => {
      const { reconcileBatchesOnce, reconcileOnce } = await import("@/lib/sending/reconcile");
      await reconcileOnce(dashboard.reconcileAfterMs);
      await reconcileBatchesOnce(dashboard.reconcileAfterMs);
    }),
    loop("deletions", DELETION_POLL_MS, async () => {
      const { pollDeletionsOnce } = await import("@/lib/deletions");
      await pollDeletionsOnce(DELETION_POLL_MS);
    }),
  ];
}

/** Nova deletes within minutes; a few seconds between checks keeps the audit log current. */
const DELETION_POLL_MS = 3000;

/**
 * Graceful shutdown: no new passes; the pass in progress may finish for up to graceMs; then
 * this process's outbox and inbox claims are handed back so another instance takes them at once.
 */
export async function stopDashboardWorkers(graceMs: number): Promise<void> {
  const loops = state.shortlistDashboardLoops ?? [];
  await Promise.race([Promise.all(loops.map((l) => l.stop())), new Promise((r) => setTimeout(r, graceMs))]);
  const { releaseOutboxClaims } = await import("@/lib/sending/outbox-worker");
  const { releaseInboxClaims } = await import("@/lib/webhooks/applier");
  const [outbox, inbox] = await Promise.all([releaseOutboxClaims(), releaseInboxClaims()]);
  if (outbox || inbox) console.log(`[shutdown] released ${outbox} outbox item(s) and ${inbox} inbox delivery(ies)`);
}

/** A pass resolving `true` has more work waiting: the next one starts without the pause. */
function loop(name: string, everyMs: number, pass: () => Promise<boolean | void>): Loop {
  let stopped = false;
  let current: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout;
  const tick = () => {
    if (stopped) return;
    current = pass().then(
      (more) => {
        if (!stopped) timer = setTimeout(tick, more ? 0 : everyMs).unref();
      },
      (err: unknown) => {
        console.error(`[worker:${name}] pass failed`, err);
        if (!stopped) timer = setTimeout(tick, everyMs).unref();
      },
    );
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
