import { onQueued } from "../queue";

export interface PollingLoopOptions<T extends { id: string }> {
  name: string;
  queue: "jobs" | "webhooks";
  pollMs: number;
  concurrency: number;
  /** Claims up to `limit` due rows and returns them. */
  claim: (limit: number) => Promise<T[]>;
  /** Processes one claimed row. Must not throw for a bad row; a throw is logged and survived. */
  run: (row: T) => Promise<void>;
  /** Hands back claims this loop still holds (called by stop, after the in-flight rows). */
  release?: () => Promise<void>;
}

export interface PollingLoop {
  /**
   * Stops claiming new rows, waits for the ones in flight (at most `graceMs`), then releases
   * whatever is still claimed: its writes are conditional on the claim, so a row another
   * instance took over cannot be finished twice.
   */
  stop(graceMs?: number): Promise<void>;
}

/**
 * An in-process loop that claims rows every `pollMs` (or at once when woken) and runs up to
 * `concurrency` of them at a time. Nothing in it matters after a crash: the rows are the state.
 */
export function startPollingLoop<T extends { id: string }>(o: PollingLoopOptions<T>): PollingLoop {
  const inFlight = new Set<Promise<void>>();
  let stopped = false;
  let ticking = false;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  const schedule = (ms: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void tick(), ms);
    // The loop must never keep a process (a test runner, a script) alive on its own.
    timer.unref();
  };

  const tick = async () => {
    if (stopped) return;
    if (ticking) {
      again = true;
      return;
    }
    ticking = true;
    let claimedFull = false;
    try {
      const free = o.concurrency - inFlight.size;
      if (free > 0) {
        const rows = await o.claim(free);
        claimedFull = rows.length === free;
        for (const row of rows) {
          const p: Promise<void> = o
            .run(row)
            .catch((err: unknown) => console.error(`[sandbox:${o.name}] ${row.id} failed unexpectedly:`, err))
            .finally(() => {
              inFlight.delete(p);
              // A slot freed up: look for more work now rather than at the next poll.
              schedule(0);
            });
          inFlight.add(p);
        }
      }
    } catch (err) {
      // A database hiccup (locked, restarting) must not end the loop; try again at the next poll.
      console.error(`[sandbox:${o.name}] claiming failed:`, err);
    } finally {
      ticking = false;
    }
    schedule(again || claimedFull ? 0 : o.pollMs);
    again = false;
  };

  const unsubscribe = onQueued(o.queue, () => schedule(0));
  schedule(0);
  return {
    async stop(graceMs = Infinity) {
      stopped = true;
      clearTimeout(timer);
      unsubscribe();
      const settled = Promise.allSettled([...inFlight]);
      if (Number.isFinite(graceMs)) await Promise.race([settled, new Promise((r) => setTimeout(r, graceMs))]);
      else await settled;
      await o.release?.();
    },
  };
}
