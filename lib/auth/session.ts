import { getToken } from "next-auth/jwt";
import { getConfig } from "@/lib/config";
import { isSessionCurrent } from "./session-version";

/** Auth.js names the session cookie __Secure-… when the app is served over HTTPS. */
const SECURE_COOKIE = "__Secure-authjs.session-token";

/**
 * The signed-in user's id, read from the session cookie alone: decrypt the token (which checks
 * its expiry) and compare its session version with the user's current one
 * (lib/auth/session-version.ts). The proxy and every page, action and route (lib/auth/context.ts)
 * ask this. Not Auth.js's `auth()`: that ran the whole session endpoint per call, re-encrypting
 * a cookie nobody could set from a page or route (7 of the status poll's ~20 ms). Only the
 * Cookie header is passed, so a bearer token in Authorization is no session here.
 */
export async function sessionUserId(cookieHeader: string | null): Promise<string | null> {
  if (!cookieHeader) return null;
  const token = await getToken({
    req: { headers: { cookie: cookieHeader } },
    secret: getConfig().authSecret,
    secureCookie: cookieHeader.includes(SECURE_COOKIE),
  });
  return token?.sub && (await isSessionCurrent(token.sub, token.sv)) ? token.sub : null;
}
