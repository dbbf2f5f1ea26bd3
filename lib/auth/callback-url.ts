// Any origin works as the base: we only ever keep what the URL parser puts in path, query and
// hash, so the host of the result is always our own.
const BASE = "http://shortlist.invalid";

/**
 * Only same-site paths may be redirect targets after sign-in (no open redirects). The value is
 * parsed against our own origin and only path + query + hash survive. Control characters and
 * backslashes are refused outright: browsers strip or reinterpret them (`/\t/evil.example`
 * became `//evil.example` in Chromium, and a CR in a Location header made Next answer 500).
 * Auth.js hands us absolute URLs; their host is dropped the same way.
 */
export function safeCallbackUrl(value: unknown, fallback = "/jobs"): string {
  if (typeof value !== "string" || value === "" || value.length > 2000) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(value) || /%(0[0-9a-f]|1[0-9a-f]|7f|5c)/i.test(value)) return fallback;
  const absolute = /^https?:\/\//i.test(value);
  if (!absolute && (!value.startsWith("/") || value.startsWith("//"))) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (!absolute && url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!path.startsWith("/") || path.startsWith("//")) return fallback;
  if (path === "/sign-in" || path.startsWith("/sign-in?") || path.startsWith("/api/")) return fallback;
  return path;
}
