import type { NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { getConfig } from "@/lib/config";
import { DUMMY_HASH, verifyPassword } from "./password";

const credentialsSchema = z.object({
  email: z.email().transform((e) => e.trim().toLowerCase()),
  password: z.string().min(1).max(200),
});

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
        async authorize(raw) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) return null;
          const user = await db.user.findUnique({ where: { email: parsed.data.email } });
          const ok = await verifyPassword(parsed.data.password, user?.passwordHash ?? DUMMY_HASH);
          if (!user || !ok) return null;
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user?.id) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
}
