import { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { getConfig } from "@/lib/config";
import { DUMMY_HASH, verifyPassword } from "./password";
import { bumpSessionVersion, isSessionCurrent } from "./session-version";
import { checkSignInThrottle, clearAccountFailures, clientAddress, recordSignInFailure } from "./throttle";

const credentialsSchema = z.object({
  email: z.email().transform((e) => e.trim().toLowerCase()),
  password: z.string().min(1).max(200),
});

/** Auth.js puts `code` in the sign-in page's URL (`?error=CredentialsSignin&code=throttled`). */
export class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}

/** Paths the proxy lets anonymous requests through to (each still checks what it must). */
export const PUBLIC_PATHS = [
  /^\/sign-in$/,
  /^\/forbidden$/,
  /^\/api\/auth\//,
  /^\/api\/webhooks\//,
  /^\/api\/nova-sandbox\//,
  /^\/api\/files\//,
  /^\/api\/health$/,
];

export function authConfig(): NextAuthConfig {
  return {
    secret: getConfig().authSecret,
    trustHost: true,
    session: { strategy: "jwt", maxAge: 60 * 60 * 12 },
    pages: { signIn: "/sign-in" },
    providers: [
      Credentials({
        credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
        // Reached from both the sign-in action and POST /api/auth/callback/credentials, so the
        // throttle here covers both doors.
        async authorize(raw, request) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) return null;
          const { email, password } = parsed.data;
          const address = clientAddress(request.headers);
          if ((await checkSignInThrottle(email, address)).retryAt) throw new ThrottledSignIn();
          const user = await db.user.findUnique({ where: { email } });
          const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
          if (!user || !ok) {
            await recordSignInFailure(email, address);
            return null;
          }
          await clearAccountFailures(email);
          return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
        },
      }),
    ],
    callbacks: {
      // Runs on every auth() call: a token issued under an older session version (signed out,
      // password changed, removed from an org) is no session at all.
      async jwt({ token, user }) {
        if (user?.id) {
          token.sub = user.id;
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
          return token;
        }
        if (!token.sub || !(await isSessionCurrent(token.sub, token.sv))) return null;
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
    events: {
      // Both doors (the dashboard's button and POST /api/auth/signout) end every session of the
      // account, not only this cookie: a copied token stops working too.
      async signOut(message) {
        const sub = "token" in message ? message.token?.sub : undefined;
        if (sub) await bumpSessionVersion(sub);
      },
    },
  };
}
