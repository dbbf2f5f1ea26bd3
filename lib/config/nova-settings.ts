/**
 * Rules for the settings that point Shortlist at a real Nova. Kept apart from the zod schema
 * because they are about *where* things are reachable from, not about the shape of a value.
 */

/** Nova documents the prefixes (§1.2), not the alphabet: any printable, non-space body of a sane length. */
export const API_KEY_PATTERN = /^sk_(test|live)_[\x21-\x7e]{16,512}$/;
export const WEBHOOK_SECRET_PATTERN = /^whsec_[\x21-\x7e]{16,512}$/;

/**
 * `https://embed.nova.dweet.com/v1/` and `https://embed.nova.dweet.com` mean the same Nova: the
 * client adds `/v1/…` itself, so a copied base URL ending in /v1 would otherwise give /v1/v1/….
 */
export function normaliseNovaApiUrl(raw: string): string {
  return raw.replace(/\/+$/, "").replace(/\/v1$/i, "");
}

/** NOVA_WEBHOOK_SECRET may list several secrets (comma-separated) so one can be rotated without missed deliveries. */
export function splitSecrets(raw: string): string[] {
  return raw
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}
