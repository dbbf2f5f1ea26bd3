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

describe("verifyWebhookSignature: the documented candidates (§3.4)", () => {
  const raw = Buffer.from("0123456789abcdef0123456789abcdef");
  const b64Secret = `whsec_${raw.toString("base64")}`;
  const ts = "2026-05-01T10:00:00Z";
  const mac = (key: string | Buffer, msg: string) => createHmac("sha256", key).update(msg).digest();

  it("accepts a base64 digest keyed with the decoded secret over timestamp.body", () => {
    const signature = `sha256=${mac(raw, `${ts}.${body}`).toString("base64")}`;
    expect(verifyWebhookSignature({ rawBody: body, signature, secret: b64Secret, timestamp: ts })).toBe(true);
    expect(verifyWebhookSignature({ rawBody: body, signature, secret: b64Secret })).toBe(false);
  });

  it("accepts hex or base64url digests keyed with the full text or the decoded bytes", () => {
    for (const key of [b64Secret, raw])
      for (const encode of [(b: Buffer) => b.toString("hex"), (b: Buffer) => b.toString("base64url")])
        expect(verifyWebhookSignature({ rawBody: body, signature: encode(mac(key, body)), secret: b64Secret })).toBe(
          true,
        );
  });

  it("accepts deliveries signed with either of two configured secrets (rotation), and no other", () => {
    const secrets = ["whsec_newnewnewnewnewnewnew", "whsec_oldoldoldoldoldoldold"];
    expect(verifyWebhookSignature({ rawBody: body, signature: hmac(body, secrets[0]), secret: secrets })).toBe(true);
    expect(verifyWebhookSignature({ rawBody: body, signature: hmac(body, secrets[1]), secret: secrets })).toBe(true);
    expect(
      verifyWebhookSignature({ rawBody: body, signature: hmac(body, "whsec_otherotherotherother"), secret: secrets }),
    ).toBe(false);
    expect(verifyWebhookSignature({ rawBody: body, signature: hmac(body, secrets[0]), secret: [] })).toBe(false);
  });

  it("rejects a base64 digest of the wrong length or a tampered body", () => {
    expect(verifyWebhookSignature({ rawBody: body, signature: "c2hvcnQ=", secret: b64Secret })).toBe(false);
    const signature = mac(raw, body).toString("base64");
    expect(verifyWebhookSignature({ rawBody: `${body} `, signature, secret: b64Secret })).toBe(false);
  });
});
