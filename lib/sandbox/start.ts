/** Starts the sandbox's background loops (queue worker, webhook dispatcher). Filled in by the sandbox work. */
export function startSandboxWorkers(): void {}
