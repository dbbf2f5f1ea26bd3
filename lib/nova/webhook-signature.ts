import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Verifies `X-Webhook-Signature` (nova-api.md §3.4). Nova documents HMAC-SHA256 with the
 * endpoint's `whsec_…` secret, but not whether the key is the secret's text or its decoded
 * bytes, whether the digest is hex or base64, nor whether the timestamp is signed. So every
 * documented candidate is accepted:
 *  - digest: hex (with or without `sha256=`) or base64 / base64url;
 *  - key: the full `whsec_…` text, or the part after `whsec_` decoded from base64;
 *  - message: the raw body, or `timestamp + "." + body` when a timestamp header came.
 * Several secrets may be given (rotation: the old and the new one are both valid for a while).
 * Every candidate is computed and compared in constant time, with no early exit, so timing
 * reveals neither which form matched nor which secret.
 */
export function verifyWebhookSignature(input: {
  rawBody: string | Uint8Array;
  signature: string | null;
  /** One secret, or every secret currently accepted. */
  secret: string | readonly string[];
  timestamp?: string | null;
}): boolean {
  if (!input.signature) return false;
  const given = decodeSignature(input.signature);
  if (!given) return false;
  // The body's bytes exactly as received: decoding first would change a body that is not valid UTF-8.
  const body = typeof input.rawBody === "string" ? Buffer.from(input.rawBody, "utf8") : Buffer.from(input.rawBody);
  const messages = [body];
  if (input.timestamp) messages.push(Buffer.concat([Buffer.from(`${input.timestamp}.`, "utf8"), body]));
  const secrets = typeof input.secret === "string" ? [input.secret] : input.secret;
  let ok = false;
  for (const secret of secrets)
    for (const key of keysOf(secret)) for (const message of messages) ok = safeEqual(given, hmac(key, message)) || ok;
  return ok;
}

/** The hex signature our sandbox sends: HMAC keyed with the full secret text, over `message`. */
export function sign(secret: string, message: string | Uint8Array): string {
  return hmac(secret, message).toString("hex");
}

function hmac(key: string | Buffer, message: string | Uint8Array): Buffer {
  return createHmac("sha256", key)
    .update(typeof message === "string" ? Buffer.from(message, "utf8") : message)
    .digest();
}

/** The 32 digest bytes from a hex or base64 header value; null when it is neither. */
function decodeSignature(header: string): Buffer | null {
  const value = header.trim().replace(/^(sha256|v1)[=,]/i, "");
  if (/^[0-9a-f]{64}$/i.test(value)) return Buffer.from(value, "hex");
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(value)) {
    const bytes = Buffer.from(value.replace(/-/g, "+").replace(/_/g, "/"), "base64");
    if (bytes.length === 32) return bytes;
  }
  return null;
}

/** The secret as text, and (when the part after `whsec_` is base64) its decoded bytes. */
function keysOf(secret: string): (string | Buffer)[] {
  const keys: (string | Buffer)[] = [secret];
  const body = secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret;
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(body)) {
    const decoded = Buffer.from(body.replace(/-/g, "+").replace(/_/g, "/"), "base64");
    if (decoded.length > 0) keys.push(decoded);
  }
  return keys;
}

function safeEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
