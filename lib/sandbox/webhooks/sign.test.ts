import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sign } from "./sign";

describe("sign", () => {
  it("matches the RFC 4231-style public vector", () => {
    // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog"), as printed by openssl.
    expect(sign("key", "The quick brown fox jumps over the lazy dog")).toBe(
      "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
    );
  });

  it("keys with the whole whsec_ string and signs the raw body bytes", () => {
    const body = '{"event":"test","message":"hi","timestamp":"2026-01-01T00:00:00.000Z"}';
    expect(sign("whsec_abcdefghijklmnop1234", body)).toBe(
      "sha256=856b571f74927bcd69282bc064c7950810e5ce4f4245054ad4b0d3cd206a224d",
    );
    // Not the decoded remainder of the secret, and not a re-serialised body.
    const withoutPrefix = createHmac("sha256", "abcdefghijklmnop1234").update(body).digest("hex");
    expect(sign("whsec_abcdefghijklmnop1234", body)).not.toBe(`sha256=${withoutPrefix}`);
    expect(sign("whsec_abcdefghijklmnop1234", JSON.stringify(JSON.parse(body), null, 1))).not.toBe(
      sign("whsec_abcdefghijklmnop1234", body),
    );
  });

  it("is lowercase hex with the sha256= prefix, and UTF-8 for non-ASCII bodies", () => {
    const s = sign("whsec_x", '{"verdict":"Stærk kandidat — ✓"}');
    expect(s).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(s).toBe(
      `sha256=${createHmac("sha256", Buffer.from("whsec_x")).update(Buffer.from('{"verdict":"Stærk kandidat — ✓"}', "utf8")).digest("hex")}`,
    );
  });
});
