import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { PUBLIC_PATHS } from "@/lib/auth/config";
import { ORG_COOKIE_NAME } from "@/lib/auth/cookie";
import { resolveMembership } from "@/lib/auth/membership";
import { getConfig } from "@/lib/config";

/**
 * Sends anonymous browsers to /sign-in (and back afterwards), and answers admin pages with a
 * real 403 for non-admins (a page can no longer change its status once streaming began).
 * This is convenience, not protection: every page, action and route checks for itself.
 *
 * It only READS the session. Auth.js's `auth()` wrapper re-issues the session cookie on every
 * response it wraps, so a request in flight during sign-out (a link prefetch, say) put the
 * session back after sign-out had cleared it. Sessions therefore last a fixed 12 hours from
 * sign-in (lib/auth/config.ts) instead of sliding.
 */
export default async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  if (PUBLIC_PATHS.some((p) => p.test(pathname))) return NextResponse.next();

  const token = await getToken({
    req,
    secret: getConfig().authSecret,
    // Auth.js names the cookie __Secure-… when the app is served over HTTPS.
    secureCookie: req.cookies.has("__Secure-authjs.session-token"),
  });
  const userId = token?.sub;
  if (!userId) {
    if (pathname.startsWith("/api/"))
      return Response.json({ error: "Sign in first.", code: "UNAUTHENTICATED" }, { status: 401 });
    const signIn = new URL("/sign-in", req.nextUrl);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  // Page views only: server actions POST to the page URL and must be refused by the action's
  // own check (tests forge such calls to prove it), not hidden behind this rewrite.
  if (/^\/admin(\/|$)/.test(pathname) && (req.method === "GET" || req.method === "HEAD")) {
    const resolved = await resolveMembership(userId, req.cookies.get(ORG_COOKIE_NAME)?.value);
    if (resolved?.role !== "ADMIN") {
      return NextResponse.rewrite(new URL("/forbidden", req.nextUrl), { status: 403 });
    }
  }
  return NextResponse.next();
}

export const config = {
  // Machine-to-machine routes (the Nova sandbox, Nova's webhooks, signed resume links, health)
  // never pass through here: they authenticate themselves, and a sandbox that touched session
  // cookies would be distinguishable from Nova.
  matcher: [
    "/((?!_next/static|_next/image|favicon.svg|robots.txt|api/nova-sandbox|api/webhooks|api/files|api/health|api/bench).*)",
  ],
};
