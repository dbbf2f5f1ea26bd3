/**
 * Only same-site paths may be redirect targets after sign-in (no open redirects). Auth.js hands
 * us an absolute URL; we keep just its path and query, so the host can never be someone else's.
 */
export function safeCallbackUrl(value: unknown, fallback = "/jobs"): string {
  if (typeof value !== "string" || value === "") return fallback;
  let path = value;
  if (/^https?:\/\//i.test(value)) {
    try {
      const url = new URL(value);
      path = `${url.pathname}${url.search}${url.hash}`;
    } catch {
      return fallback;
    }
  }
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  if (path.startsWith("/sign-in") || path.startsWith("/api/")) return fallback;
  return path;
}
