/** Starts the dashboard's background loops (submission outbox, reconciliation). Filled in by the integration work. */
export function startDashboardWorkers(): void {}
