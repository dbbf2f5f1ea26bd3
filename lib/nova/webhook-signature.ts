import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Verifies `X-Webhook-Signature` (nova-api.md §3.4): hex HMAC-SHA256 keyed with the full
 * `whsec_…` secret over the raw body (its bytes exactly as received: decoding first would change
 * a body that is not valid UTF-8), with or without the `sha256=` prefix. Nova's docs do not
 * show whether G5 also signs the timestamp, so `timestamp + "." + body` is accepted as well.
 * Comparisons are constant-time.
 */
export function verifyWebhookSignature(input: {
  rawBody: string | Uint8Array;
  signature: string | null;
  secret: string;
  timestamp?: string | null;
}): boolean {
  if (!input.signature) return false;
  const given = input.signature
    .trim()
    .replace(/^sha256=/i, "")
    .toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(given)) return false;
  const body = typeof input.rawBody === "string" ? Buffer.from(input.rawBody, "utf8") : Buffer.from(input.rawBody);
  const candidates = [body];
  if (input.timestamp) candidates.push(Buffer.concat([Buffer.from(`${input.timestamp}.`, "utf8"), body]));
  let ok = false;
  // Check every candidate (no early exit) so timing does not reveal which form matched.
  for (const message of candidates) ok = safeEqualHex(given, sign(input.secret, message)) || ok;
  return ok;
}

export function sign(secret: string, message: string | Uint8Array): string {
  return createHmac("sha256", secret)
    .update(typeof message === "string" ? Buffer.from(message, "utf8") : message)
    .digest("hex");
}

function safeEqualHex(a: string, b: string): boolean {
  const ab = Buffer.from(a, "hex");
  const bb = Buffer.from(b, "hex");
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}
