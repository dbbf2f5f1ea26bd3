import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { Actor } from "@/lib/actor";
import { AuthRequiredError, ForbiddenError } from "@/lib/errors";
import { ORG_COOKIE_NAME } from "./cookie";
import { resolveMembership } from "./membership";
import { sessionUserId } from "./session";
import { hasRole, type Role } from "./roles";

/**
 * The session as the edge (pages, actions, routes) sees it: the `actor` every domain call
 * takes, plus what only the UI needs (names for display, the orgs one may switch to).
 */
export interface OrgContext {
  actor: Actor;
  user: { email: string; name: string };
  orgName: string;
  memberships: { orgId: string; orgName: string; role: Role }[];
}

/**
 * Who is asking, resolved on the server from the session: the user, the org they are acting
 * in (the org cookie if they still belong to it, else their first org) and their role there,
 * read fresh from the database so a role change takes effect at once. Cached per request.
 */
export const getOrgContext = cache(async (): Promise<OrgContext | null> => {
  const userId = await sessionUserId((await headers()).get("cookie"));
  if (!userId) return null;
  const resolved = await resolveMembership(userId, (await cookies()).get(ORG_COOKIE_NAME)?.value);
  if (!resolved) return null;
  const { user, current, role, memberships } = resolved;
  return {
    actor: { orgId: current.orgId, tenantId: current.tenantId, userId: user.id, role },
    user: { email: user.email, name: user.name },
    orgName: current.orgName,
    memberships,
  };
});

/**
 * For pages: the context, or the sign-in page (the proxy already sent anonymous browsers there
 * with a callback URL; this covers a session whose membership is gone), or 403 for a role the
 * page requires.
 */
export async function requirePageContext(required: Role = "RECRUITER"): Promise<OrgContext> {
  const ctx = await getOrgContext();
  if (!ctx) redirect("/sign-in");
  if (!hasRole(ctx.actor.role, required)) forbidden();
  return ctx;
}

/** For actions and routes: the context, or a typed error (never a redirect). */
export async function requireOrgContext(required: Role = "RECRUITER"): Promise<OrgContext> {
  const ctx = await getOrgContext();
  if (!ctx) throw new AuthRequiredError();
  if (!hasRole(ctx.actor.role, required))
    throw new ForbiddenError(required === "ADMIN" ? "Only admins can do that." : undefined);
  return ctx;
}
