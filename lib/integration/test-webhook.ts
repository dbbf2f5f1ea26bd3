import "server-only";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { novaFor, NovaApiError } from "@/lib/nova";

export interface TestWebhookResult {
  deliveryId: string;
  /** null when Nova accepted the request but the delivery had not arrived when we stopped waiting. */
  received: { receivedAt: string; signatureOk: boolean; outcome: string } | null;
}

const WAIT_MS = 15_000;
const POLL_MS = 200;

/**
 * The round trip: ask Nova to send a signed `test` webhook, then wait for our own receiver to
 * log that delivery id. Receipt proves URL, signature secret and receiver end to end.
 */
export async function sendTestWebhook(org: { tenantId: string; orgId: string }): Promise<TestWebhookResult> {
  let deliveryId: string;
  try {
    deliveryId = (await novaFor(org).sendTestWebhook()).deliveryId;
  } catch (err) {
    if (err instanceof NovaApiError && (err.status === 404 || err.status === 405))
      throw new UserError(
        "This Nova has no test-webhook API. Send one from the Embed Portal's Webhook Playground and watch “Last webhook received”.",
      );
    if (err instanceof NovaApiError) throw new UserError(`Nova refused the test webhook: ${err.message}`);
    throw err;
  }
  const until = Date.now() + WAIT_MS;
  for (;;) {
    const row = await db.webhookEvent.findUnique({
      where: { deliveryId },
      select: { receivedAt: true, signatureOk: true, outcome: true },
    });
    if (row && row.outcome !== "processing") {
      // A test event names no tenant: the org that asked for it owns it in the delivery log.
      await db.webhookEvent.updateMany({ where: { deliveryId, orgId: null }, data: { orgId: org.orgId } });
      return {
        deliveryId,
        received: { receivedAt: row.receivedAt.toISOString(), signatureOk: row.signatureOk, outcome: row.outcome },
      };
    }
    if (Date.now() > until) return { deliveryId, received: null };
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}
