/**
 * Server start-up hook (Next.js calls `register` once per server process). It starts the
 * in-process background loops; each claims database rows, so running several instances is safe.
 * This file is the composition root: the only place outside the sandbox's own routes that may
 * name lib/sandbox, and only to start (and stop) it when it is enabled.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getConfig } = await import("@/lib/config");
  const config = getConfig();
  const { getDb } = await import("@/lib/db");
  const { setProcessPacer } = await import("@/lib/nova/pacing");
  const { SharedPacer } = await import("@/lib/pacing/shared-pacer");
  // Nova's rate limits hold for all instances together: pace through the database.
  setProcessPacer(new SharedPacer(getDb()));

  const { installSignalHandlers, onShutdown } = await import("@/lib/shutdown");
  if (config.sandbox.enabled) {
    const { startSandboxWorkers, stopSandboxWorkers } = await import("@/lib/sandbox/start");
    startSandboxWorkers();
    onShutdown(stopSandboxWorkers);
  }
  const { startDashboardWorkers, stopDashboardWorkers } = await import("@/lib/background");
  startDashboardWorkers();
  onShutdown(stopDashboardWorkers);
  installSignalHandlers(config.shutdownGraceMs);
}
