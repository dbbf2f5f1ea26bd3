import { createHash } from "node:crypto";
import { getConfig } from "@/lib/config";
import { db } from "@/lib/db";
import { webhookPayload } from "@/lib/nova/schemas";
import { verifyWebhookSignature } from "@/lib/nova/webhook-signature";
import { nudgeApplier } from "./applier";
import { attributeDelivery, unattributed } from "./attribution";
import { createInboxWriter } from "./inbox-writer";
import { noteRejection } from "./rejections";

/** Nova's bodies are a few KB; anything this big is not a Nova webhook. */
export const MAX_WEBHOOK_BYTES = 1024 * 1024;
/** When the signature covers `X-Webhook-Timestamp`, a timestamp further off than this is a replay. */
export const TIMESTAMP_TOLERANCE_MS = 5 * 60_000;
/** Longer delivery ids are refused rather than cut: two cut ids could collide and be deduplicated. */
const MAX_DELIVERY_ID_CHARS = 200;
const MAX_EVENT_CHARS = 64;

/** This process's one writer: concurrent requests share its commits (group commit). */
const inboxWriter = createInboxWriter(() => db);

/** The parts of a webhook request the inbox needs, read by the route (the HTTP edge). */
export interface DeliveryHeaders {
  deliveryId: string | null;
  event: string | null;
  signature: string | null;
  timestamp: string | null;
}

export type StoreResult =
  | { kind: "stored" }
  | { kind: "duplicate" }
  | { kind: "ignored"; reason: string }
  | { kind: "unauthenticated"; reason: string }
  | { kind: "malformed"; reason: string };

/** Counts a request refused before its body was read (no signature, or too large). */
export function refuseUnread(headers: DeliveryHeaders, reason: string): Promise<void> {
  return noteRejection({ reason, deliveryId: headers.deliveryId, event: headers.event });
}

/**
 * The synchronous half of receiving: signature over the raw bytes → timestamp window → parse →
 * one durable insert keyed by delivery id and body hash, shared with the requests arriving at the
 * same moment (lib/webhooks/inbox-writer.ts). A duplicate (same delivery id, or the same signed
 * body replayed under a new id) writes nothing and is acknowledged. Applying the event is the
 * applier's job, so Nova gets its 2xx as soon as the delivery is safe on disk.
 */
export async function storeDelivery(headers: DeliveryHeaders, rawBody: Uint8Array): Promise<StoreResult> {
  const secret = getConfig().nova.webhookSecrets;
  const bodyOnly = verifyWebhookSignature({ rawBody, signature: headers.signature, secret });
  const withTimestamp =
    !bodyOnly &&
    !!headers.timestamp &&
    verifyWebhookSignature({ rawBody, signature: headers.signature, secret, timestamp: headers.timestamp });
  if (!bodyOnly && !withTimestamp) return unauthenticated(headers, "invalid signature");
  // Only a signed timestamp says anything about when Nova sent the body.
  if (withTimestamp && !isFresh(headers.timestamp!)) return unauthenticated(headers, "timestamp outside 5 minutes");

  if (headers.deliveryId !== null && headers.deliveryId.length > MAX_DELIVERY_ID_CHARS)
    return malformed(headers, "delivery id too long");
  const text = Buffer.from(rawBody).toString("utf8");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return malformed(headers, "body is not JSON");
  }
  const parsed = webhookPayload.safeParse(json);
  const event = (parsed.success ? parsed.data.event : (readEvent(json) ?? headers.event))?.slice(0, MAX_EVENT_CHARS);
  const attribution = parsed.success ? attributeDelivery(parsed.data) : unattributed;
  const detail = parsed.success ? null : `unusable payload: ${parsed.error.issues[0]?.message ?? "?"}`.slice(0, 500);
  const result = await inboxWriter.write({
    deliveryId: headers.deliveryId,
    bodyHash: createHash("sha256").update(rawBody).digest("hex"),
    event: event ?? null,
    payload: text,
    // Well signed but unusable: kept for the log as final, never applied.
    outcome: parsed.success ? "received" : "ignored",
    detail,
    ...attribution,
  });
  if (result === "duplicate") return { kind: "duplicate" };
  if (detail !== null) return { kind: "ignored", reason: detail };
  nudgeApplier();
  return { kind: "stored" };
}

function isFresh(timestamp: string): boolean {
  const at = Date.parse(timestamp);
  return Number.isFinite(at) && Math.abs(Date.now() - at) <= TIMESTAMP_TOLERANCE_MS;
}

async function unauthenticated(headers: DeliveryHeaders, reason: string): Promise<StoreResult> {
  await noteRejection({ reason, deliveryId: headers.deliveryId, event: headers.event });
  return { kind: "unauthenticated", reason };
}

async function malformed(headers: DeliveryHeaders, reason: string): Promise<StoreResult> {
  await noteRejection({ reason, deliveryId: headers.deliveryId, event: headers.event, signatureOk: true });
  return { kind: "malformed", reason };
}

function readEvent(json: unknown): string | null {
  return typeof json === "object" && json !== null && "event" in json && typeof json.event === "string"
    ? json.event
    : null;
}
