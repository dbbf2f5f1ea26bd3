/**
 * Server start-up hook (Next.js calls `register` once per server process). It starts the
 * in-process background loops; each claims database rows, so running several instances is safe.
 * This file is the composition root: the only place outside the sandbox's own routes that may
 * name lib/sandbox, and only to start it when it is enabled.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getConfig } = await import("@/lib/config");
  const config = getConfig();
  if (config.sandbox.enabled) {
    const { startSandboxWorkers } = await import("@/lib/sandbox/start");
    startSandboxWorkers();
  }
  const { startDashboardWorkers } = await import("@/lib/background");
  startDashboardWorkers();
}
