/**
 * Graceful shutdown on SIGTERM (and SIGINT): stop claiming work, let what is in flight finish
 * for up to SHUTDOWN_GRACE_MS, hand back claims still held, then exit. Other instances pick the
 * released rows up at their next poll, not after a stale-claim timeout.
 *
 * Next's own signal handler (next start) closes the HTTP server and calls process.exit as soon
 * as open requests are done, which would cut our clean-up short. Our handler therefore holds
 * process.exit back until the clean-up has finished (bounded by the grace period).
 */
export type StopTask = (graceMs: number) => Promise<unknown>;

const state = globalThis as unknown as { shortlistShutdown?: { tasks: StopTask[]; draining: boolean } };

function registry() {
  state.shortlistShutdown ??= { tasks: [], draining: false };
  return state.shortlistShutdown;
}

/** True once a shutdown began: /api/health answers 503 so load balancers stop sending traffic. */
export function isDraining(): boolean {
  return registry().draining;
}

/** Registers a stop task (stop loops, release claims); all run in parallel on the first signal. */
export function onShutdown(task: StopTask): void {
  registry().tasks.push(task);
}

export function installSignalHandlers(graceMs: number): void {
  const reg = registry();
  const handler = (signal: NodeJS.Signals) => {
    if (reg.draining) return;
    reg.draining = true;
    const started = Date.now();
    console.log(`[shutdown] ${signal}: no new claims; finishing or releasing work (≤ ${graceMs} ms)`);
    const done = Promise.race([
      Promise.allSettled(reg.tasks.map((task) => task(graceMs))),
      new Promise((r) => setTimeout(r, graceMs + 2000)),
    ]).then(() => console.log(`[shutdown] clean-up finished in ${Date.now() - started} ms; exiting`));
    const exit = process.exit.bind(process);
    // Hold back Next's exit until our clean-up is done (see above).
    process.exit = ((code?: number) => {
      void done.then(() => exit(code));
    }) as typeof process.exit;
    void done.then(() => exit(0));
  };
  process.once("SIGTERM", handler);
  process.once("SIGINT", handler);
}
