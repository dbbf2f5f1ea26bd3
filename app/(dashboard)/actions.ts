"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import * as authjs from "@/lib/auth";
import { orgAction } from "@/lib/auth/action";
import { ORG_COOKIE_NAME } from "@/lib/auth/cookie";
import { ForbiddenError } from "@/lib/errors";
import * as prefs from "@/lib/blind/prefs";

/**
 * Switch the org the user acts in. Membership is checked against the session's own list, so any
 * member (a hiring manager too) may switch between their own orgs.
 */
export const switchOrg = orgAction(
  { role: "HIRING_MANAGER", schema: z.object({ orgId: z.string().min(1) }) },
  async ({ orgId }, ctx) => {
    if (!ctx.memberships.some((m) => m.orgId === orgId))
      throw new ForbiddenError("You are not a member of that organization.");
    (await cookies()).set(ORG_COOKIE_NAME, orgId, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: process.env.NODE_ENV === "production" && !process.env.APP_URL?.startsWith("http://"),
    });
    return { orgId };
  },
);

export async function signOut() {
  await authjs.signOut({ redirectTo: "/sign-in" });
}

/** Blind review on or off for the signed-in user (any role: it only changes what they see). */
export const setHideIdentities = orgAction(
  { role: "HIRING_MANAGER", schema: z.object({ on: z.boolean() }) },
  async ({ on }, ctx) => prefs.setHideIdentities(ctx.actor, on),
);
