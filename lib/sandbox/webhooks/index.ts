import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db";
import { newClaimerId } from "../worker/claim";
import { startPollingLoop, type PollingLoop } from "../worker/loop";
import { attemptDelivery, claimDueDeliveries } from "./dispatcher";
import { DEFAULT_RETRY_BASE_MS } from "./retry";

export { enqueueBatchCompleted, enqueueTestWebhook } from "./enqueue";
export { retryDelayMs, MAX_DELIVERY_ATTEMPTS } from "./retry";
export { sign } from "./sign";

/** Deliveries wait on the network, not the CPU: more of them may be in flight at once. */
const CONCURRENCY = 8;
const POLL_MS = 250;

/** Starts this process's webhook dispatcher over the SandboxWebhookDelivery queue. */
export function startWebhookDispatcher(): PollingLoop {
  const db = getDb();
  const claimerId = newClaimerId("webhooks");
  return startPollingLoop({
    name: "webhooks",
    queue: "webhooks",
    pollMs: POLL_MS,
    concurrency: CONCURRENCY,
    claim: (limit) => claimDueDeliveries(db, claimerId, limit),
    run: async (delivery) => {
      // Read per attempt, so the target and secret always match the current configuration.
      const config = getConfig();
      await attemptDelivery(db, delivery, claimerId, {
        url: config.sandbox.webhookUrl,
        secret: config.nova.webhookSecret,
        retryBaseMs: config.sandbox.retryBaseMs ?? DEFAULT_RETRY_BASE_MS,
      });
    },
    release: async () => {
      await db.sandboxWebhookDelivery.updateMany({
        where: { claimedBy: claimerId, status: "pending" },
        data: { claimedBy: null, claimedAt: null },
      });
    },
  });
}
