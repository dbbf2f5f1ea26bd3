import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyWebhookSignature } from "./webhook-signature";

const secret = "whsec_abcdefghijklmnopqrstuvwx";
const body = JSON.stringify({ event: "test", message: "hello" });
const hmac = (msg: string, key = secret) => createHmac("sha256", key).update(msg).digest("hex");

describe("verifyWebhookSignature", () => {
  it("accepts the body signature with or without the sha256= prefix", () => {
    expect(verifyWebhookSignature({ rawBody: body, signature: `sha256=${hmac(body)}`, secret })).toBe(true);
    expect(verifyWebhookSignature({ rawBody: body, signature: hmac(body), secret })).toBe(true);
  });

  it("accepts timestamp.body when the timestamp is given", () => {
    const ts = "2026-05-01T10:00:00Z";
    expect(
      verifyWebhookSignature({ rawBody: body, signature: `sha256=${hmac(`${ts}.${body}`)}`, secret, timestamp: ts }),
    ).toBe(true);
    expect(verifyWebhookSignature({ rawBody: body, signature: `sha256=${hmac(`${ts}.${body}`)}`, secret })).toBe(false);
  });

  it("rejects missing, malformed, wrong-key and tampered-body signatures", () => {
    expect(verifyWebhookSignature({ rawBody: body, signature: null, secret })).toBe(false);
    expect(verifyWebhookSignature({ rawBody: body, signature: "sha256=zz", secret })).toBe(false);
    expect(verifyWebhookSignature({ rawBody: body, signature: hmac(body, "whsec_other"), secret })).toBe(false);
    expect(verifyWebhookSignature({ rawBody: body + " ", signature: hmac(body), secret })).toBe(false);
  });
});
