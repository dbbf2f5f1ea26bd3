import { NextResponse } from "next/server";
import { MAX_WEBHOOK_BYTES, refuseUnread, storeDelivery, type DeliveryHeaders } from "@/lib/webhooks/inbox";
import { readCappedBody } from "@/lib/http/capped-body";

// Nova's webhook receiver. Not behind a session: the HMAC signature is the authentication.
// This file is the HTTP edge: it reads headers and a capped body and turns the inbox's answer
// into status codes (401 unauthenticated, 413 too large, 400 malformed, 2xx stored or
// deliberately ignored, 5xx when we failed so Nova redelivers).
export const dynamic = "force-dynamic";

const STATUS = { stored: 200, duplicate: 200, ignored: 200, unauthenticated: 401, malformed: 400 } as const;

export async function POST(req: Request) {
  const headers: DeliveryHeaders = {
    deliveryId: req.headers.get("x-webhook-id"),
    event: req.headers.get("x-webhook-event"),
    signature: req.headers.get("x-webhook-signature"),
    timestamp: req.headers.get("x-webhook-timestamp"),
  };
  try {
    // Nothing to authenticate with: refuse before reading a byte of the body.
    if (!headers.signature) {
      await refuseUnread(headers, "missing signature");
      return NextResponse.json({ error: "missing signature" }, { status: 401 });
    }
    const body = await readCappedBody(req, MAX_WEBHOOK_BYTES);
    if (!body) {
      await refuseUnread(headers, "body too large");
      return NextResponse.json({ error: "body too large" }, { status: 413 });
    }
    const result = await storeDelivery(headers, body);
    const payload =
      result.kind === "stored"
        ? { ok: true }
        : result.kind === "duplicate"
          ? { duplicate: true }
          : result.kind === "ignored"
            ? { ignored: true }
            : { error: result.reason };
    return NextResponse.json(payload, { status: STATUS[result.kind] });
  } catch (err) {
    console.error("[webhook] could not store delivery", headers.deliveryId?.slice(0, 100), err);
    return NextResponse.json({ error: "internal error" }, { status: 500 });
  }
}
