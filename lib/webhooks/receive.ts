import { getConfig } from "@/lib/config";
import { db } from "@/lib/db";
import { verifyWebhookSignature } from "@/lib/nova/webhook-signature";
import { webhookPayload } from "@/lib/nova/schemas";
import { applyWebhook } from "@/lib/scoring/events";

/** Nova's bodies are a few KB; anything this big is not a Nova webhook. */
export const MAX_WEBHOOK_BYTES = 1024 * 1024;

export interface DeliveryResponse {
  status: number;
  body: Record<string, unknown>;
}

/**
 * One webhook delivery: signature on the raw body (401) → size (413) → parse (400 / 2xx
 * ignored) → dedupe on X-Webhook-Id → apply. Every delivery is logged in WebhookEvent.
 * Unexpected failures answer 5xx so Nova redelivers.
 */
export async function receiveDelivery(req: Request): Promise<DeliveryResponse> {
  const deliveryId = req.headers.get("x-webhook-id");
  const headerEvent = req.headers.get("x-webhook-event");
  const signature = req.headers.get("x-webhook-signature");
  // A forged request must not occupy a real delivery id, so rejected ones are logged without it.
  const reject = async (status: number, outcome: string, detail: string, signatureOk = false) => {
    await db.webhookEvent.create({
      data: {
        deliveryId: null,
        event: headerEvent,
        signatureOk,
        outcome,
        detail: `${detail}${deliveryId ? ` (id ${deliveryId.slice(0, 100)})` : ""}`,
      },
    });
    return { status, body: { error: detail } };
  };

  if (!signature) return reject(401, "rejected", "missing signature");
  if (Number(req.headers.get("content-length") ?? 0) > MAX_WEBHOOK_BYTES)
    return reject(413, "rejected", "body too large");
  const rawBody = await req.text();
  if (Buffer.byteLength(rawBody) > MAX_WEBHOOK_BYTES) return reject(413, "rejected", "body too large");
  const ok = verifyWebhookSignature({
    rawBody,
    signature,
    secret: getConfig().nova.webhookSecret,
    timestamp: req.headers.get("x-webhook-timestamp"),
  });
  if (!ok) return reject(401, "rejected", "invalid signature");

  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return reject(400, "rejected", "body is not JSON", true);
  }
  const parsed = webhookPayload.safeParse(json);
  const event = parsed.success ? parsed.data.event : (readEvent(json) ?? headerEvent);

  // Claim the delivery id. A row already there means a redelivery (or one in flight).
  let eventRowId: string;
  if (deliveryId) {
    const prior = await db.webhookEvent.findUnique({ where: { deliveryId } });
    if (prior && prior.outcome !== "error") {
      await db.webhookEvent.create({
        data: {
          deliveryId: null,
          event,
          signatureOk: true,
          outcome: "duplicate",
          detail: `redelivery of ${deliveryId}`,
        },
      });
      // Still processing elsewhere: not a success yet, so ask Nova to come back.
      return prior.outcome === "processing"
        ? { status: 409, body: { error: "delivery in progress" } }
        : { status: 200, body: { duplicate: true } };
    }
    if (prior) {
      eventRowId = prior.id;
      await db.webhookEvent.update({
        where: { id: prior.id },
        data: { outcome: "processing", receivedAt: new Date() },
      });
    } else {
      try {
        eventRowId = (
          await db.webhookEvent.create({ data: { deliveryId, event, signatureOk: true, outcome: "processing" } })
        ).id;
      } catch {
        return { status: 409, body: { error: "delivery in progress" } };
      }
    }
  } else {
    eventRowId = (
      await db.webhookEvent.create({ data: { deliveryId: null, event, signatureOk: true, outcome: "processing" } })
    ).id;
  }

  if (!parsed.success) {
    await db.webhookEvent.update({
      where: { id: eventRowId },
      data: { outcome: "ignored", detail: `unusable payload: ${parsed.error.issues[0]?.message ?? "?"}`.slice(0, 500) },
    });
    return { status: 200, body: { ignored: true } };
  }
  try {
    const result = await applyWebhook(parsed.data);
    await db.webhookEvent.update({
      where: { id: eventRowId },
      data: { outcome: result.outcome, detail: result.detail },
    });
    return { status: 200, body: { ok: true, outcome: result.outcome } };
  } catch (err) {
    console.error("[webhook] failed to apply delivery", deliveryId, err);
    await db.webhookEvent
      .update({ where: { id: eventRowId }, data: { outcome: "error", detail: String(err).slice(0, 500) } })
      .catch(() => undefined);
    return { status: 500, body: { error: "internal error" } };
  }
}

function readEvent(json: unknown): string | null {
  return typeof json === "object" && json !== null && "event" in json && typeof json.event === "string"
    ? json.event
    : null;
}
