// Wake-ups for the sandbox's background loops. The database rows are the queue; these signals
// only spare the local loops their poll interval. Other instances find the rows by polling.
//
// Kept on globalThis: Next.js compiles instrumentation.ts (which starts the loops) and each
// route handler (which calls notify…) into separate bundles, each with its own copy of this
// module, so module-level state would not reach the running loops.
type Wake = () => void;
type Wakers = { jobs: Set<Wake>; webhooks: Set<Wake> };

const holder = globalThis as unknown as { shortlistSandboxWakers?: Wakers };

function wakers(): Wakers {
  holder.shortlistSandboxWakers ??= { jobs: new Set(), webhooks: new Set() };
  return holder.shortlistSandboxWakers;
}

/**
 * The API calls this after inserting pending SandboxScoringJob rows (or SandboxWebhookDelivery
 * rows) so this process's loops look now instead of at their next poll.
 */
export function notifyJobsQueued(): void {
  for (const wake of wakers().jobs) wake();
  notifyWebhooksQueued();
}

/** New SandboxWebhookDelivery rows are due: wake the dispatcher. */
export function notifyWebhooksQueued(): void {
  for (const wake of wakers().webhooks) wake();
}

/** Registers a loop's wake-up; returns the unsubscribe. */
export function onQueued(queue: keyof Wakers, wake: Wake): () => void {
  wakers()[queue].add(wake);
  return () => wakers()[queue].delete(wake);
}
