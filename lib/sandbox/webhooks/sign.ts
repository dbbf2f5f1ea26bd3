import { createHmac } from "node:crypto";

/**
 * `X-Webhook-Signature` value: lowercase hex HMAC-SHA256 of the raw body, keyed with the whole
 * secret string (`whsec_…` included) as UTF-8 — the scheme nova-api.md §3.4 recommends, so the
 * dashboard's verifier needs no sandbox-specific branch.
 */
export function sign(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", Buffer.from(secret, "utf8")).update(body, "utf8").digest("hex")}`;
}
