/**
 * Security headers for every page response, built per request by proxy.ts.
 *
 * Scripts run only with this request's nonce (Next adds it to its own script tags when it finds
 * the policy on the request), so an injected <script> or inline handler never runs; no
 * 'unsafe-inline' for scripts. Styles keep 'unsafe-inline': React style attributes need it,
 * and CSS cannot run code. Pages must render per request to carry a fresh nonce, so the root
 * layout reads the request headers (which makes every page dynamic).
 */
export function contentSecurityPolicy(nonce: string, opts: { https: boolean; dev: boolean }): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': chunks loaded by a nonced Next script are trusted too. 'unsafe-eval'
    // only in `next dev` (React's dev tooling needs it).
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Two years, the preload list's minimum; only ever sent when the app is served over HTTPS. */
export const HSTS = "max-age=63072000; includeSubDomains";

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
