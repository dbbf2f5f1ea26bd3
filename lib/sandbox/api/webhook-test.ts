import { json, type ApiResult, type TenantContext } from "../http/context";
import { enqueueTestWebhook } from "../webhooks";

/**
 * POST /v1/webhooks/test — the sandbox's stand-in for the Portal's "Send Test Webhook" (real
 * Nova has no API for it, nova-api.md §3.1). Queues a signed `test` delivery through the normal
 * dispatcher, so the dashboard can prove the whole round trip; answers with its X-Webhook-Id.
 */
export async function postTestWebhook(ctx: TenantContext): Promise<ApiResult> {
  const deliveryId = await enqueueTestWebhook(ctx.tenant.id, `Test webhook for tenant ${ctx.tenant.externalId}`);
  return json(202, { deliveryId });
}
