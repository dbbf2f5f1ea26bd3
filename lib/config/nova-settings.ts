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

/**
 * True for hosts only this machine or its private network can reach: loopback, RFC 1918,
 * link-local, unique-local IPv6, `localhost` and `*.local`/`*.internal` names. Nova downloads
 * resumes from APP_URL over the internet, so such an APP_URL cannot work with a hosted Nova.
 */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  if (host === "localhost" || host.endsWith(".localhost") || host.endsWith(".local") || host.endsWith(".internal"))
    return true;
  if (host === "::1" || host === "::" || host.startsWith("fe80:") || /^f[cd][0-9a-f]{2}:/.test(host)) return true;
  const mapped = host.startsWith("::ffff:") ? host.slice(7) : host;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(mapped);
  if (!v4) return false;
  const [a, b] = [Number(v4[1]), Number(v4[2])];
  return (
    a === 127 ||
    a === 10 ||
    a === 0 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) ||
    (a === 100 && b >= 64 && b <= 127)
  );
}
