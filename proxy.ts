import { NextResponse, type NextRequest } from "next/server";
import { PUBLIC_PATHS } from "@/lib/auth/config";
import { ORG_COOKIE_NAME } from "@/lib/auth/cookie";
import { resolveMembership } from "@/lib/auth/membership";
import { sessionUserId } from "@/lib/auth/session";
import { getConfig } from "@/lib/config";
import { contentSecurityPolicy, HSTS, newNonce } from "@/lib/security/headers";

/**
 * Every page request passes here. It
 * - sets the Content-Security-Policy with a fresh nonce (on the request, so Next puts the nonce
 *   on its own scripts, and on the response), and HSTS when APP_URL is https;
 * - sends anonymous browsers to /sign-in (and back afterwards), and answers admin pages with a
 *   real 403 for non-admins (a page can no longer change its status once streaming began).
 * The redirects are convenience, not protection: every page, action and route checks for itself.
 *
 * It only READS the session. Auth.js's `auth()` wrapper re-issues the session cookie on every
 * response it wraps, so a request in flight during sign-out (a link prefetch, say) put the
 * session back after sign-out had cleared it. Sessions therefore last a fixed 12 hours from
 * sign-in (lib/auth/config.ts) instead of sliding, and end early when the user's session
 * version moves on (sign-out, password change, removal from an org).
 */
export default async function proxy(req: NextRequest) {
  const config = getConfig();
  const https = config.appUrl.startsWith("https:");
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { https, dev: config.nodeEnv === "development" });
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-nonce", nonce);
  const secured = <R extends NextResponse | Response>(res: R): R => {
    res.headers.set("Content-Security-Policy", csp);
    if (https) res.headers.set("Strict-Transport-Security", HSTS);
    return res;
  };

  const { pathname, search } = req.nextUrl;
  // API routes answer for themselves (orgRoute: 401 JSON without a session), so they skip the
  // check here: it decoded the session and read its version a second time on every status poll.
  if (PUBLIC_PATHS.some((p) => p.test(pathname)) || pathname.startsWith("/api/"))
    return secured(NextResponse.next({ request: { headers: requestHeaders } }));

  // A token from before a sign-out or password change is no session (lib/auth/session-version).
  const userId = await sessionUserId(req.headers.get("cookie"));
  if (!userId) {
    const signIn = new URL("/sign-in", req.nextUrl);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return secured(NextResponse.redirect(signIn));
  }
  // Page views only: server actions POST to the page URL and must be refused by the action's
  // own check (tests forge such calls to prove it), not hidden behind this rewrite.
  if (/^\/admin(\/|$)/.test(pathname) && (req.method === "GET" || req.method === "HEAD")) {
    const resolved = await resolveMembership(userId, req.cookies.get(ORG_COOKIE_NAME)?.value);
    if (resolved?.role !== "ADMIN") {
      return secured(
        NextResponse.rewrite(new URL("/forbidden", req.nextUrl), { status: 403, request: { headers: requestHeaders } }),
      );
    }
  }
  return secured(NextResponse.next({ request: { headers: requestHeaders } }));
}

export const config = {
  // Machine-to-machine routes (the Nova sandbox, Nova's webhooks, signed resume links, health)
  // never pass through here: they authenticate themselves, and a sandbox that touched session
  // cookies would be distinguishable from Nova.
  matcher: [
    "/((?!_next/static|_next/image|favicon.svg|robots.txt|api/nova-sandbox|api/webhooks|api/files|api/health|api/bench).*)",
  ],
};
