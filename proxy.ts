import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig, PUBLIC_PATHS } from "@/lib/auth/config";
import { ORG_COOKIE_NAME } from "@/lib/auth/cookie";
import { resolveMembership } from "@/lib/auth/membership";

// Sends anonymous browsers to /sign-in (and back afterwards), and answers admin pages with a
// real 403 for non-admins (a page can no longer change its status once streaming began).
// This is convenience, not protection: every page, action and route checks for itself.
const { auth } = NextAuth(() => authConfig());

const withAuth = auth(async (req) => {
  const { pathname, search } = req.nextUrl;
  if (PUBLIC_PATHS.some((p) => p.test(pathname))) return;
  if (!req.auth?.user?.id) {
    if (pathname.startsWith("/api/")) return Response.json({ error: "Sign in first.", code: "UNAUTHENTICATED" }, { status: 401 });
    const signIn = new URL("/sign-in", req.nextUrl);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  // Page views only: server actions POST to the page URL and must be refused by the action's
  // own check (tests forge such calls to prove it), not hidden behind this rewrite.
  if (/^\/admin(\/|$)/.test(pathname) && (req.method === "GET" || req.method === "HEAD")) {
    const resolved = await resolveMembership(req.auth.user.id, req.cookies.get(ORG_COOKIE_NAME)?.value);
    if (resolved?.role !== "ADMIN") {
      return NextResponse.rewrite(new URL("/forbidden", req.nextUrl), { status: 403 });
    }
  }
});

type Handler = (req: NextRequest, event: NextFetchEvent) => Promise<Response | undefined>;

export default async function proxy(req: NextRequest, event: NextFetchEvent) {
  // With a lazily built config (secrets are read at run time, not build time), Auth.js hands
  // back the wrapped handler as a promise.
  const handler = (await (withAuth as unknown as Promise<Handler>)) as Handler;
  return handler(req, event);
}

export const config = {
  // Machine-to-machine routes (the Nova sandbox, Nova's webhooks, signed resume links, health)
  // never pass through Auth.js: they authenticate themselves, and a sandbox that set session
  // cookies would be distinguishable from Nova.
  matcher: ["/((?!_next/static|_next/image|favicon.svg|robots.txt|api/nova-sandbox|api/webhooks|api/files|api/health).*)"],
};
