import { cookies } from "next/headers";
import { cache } from "react";
import { auth } from "./index";
import { resolveMembership } from "./membership";
import { AuthRequiredError, ForbiddenError } from "./errors";
import { hasRole, type Role } from "./roles";

import { ORG_COOKIE_NAME } from "./cookie";

export const ORG_COOKIE = ORG_COOKIE_NAME;

export interface OrgContext {
  user: { id: string; email: string; name: string };
  org: { id: string; name: string; tenantId: string };
  role: Role;
  memberships: { orgId: string; orgName: string; role: Role }[];
}

/**
 * Who is asking, resolved on the server from the session: the user, the org they are acting
 * in (the org cookie if they still belong to it, else their first org) and their role there,
 * read fresh from the database so a role change takes effect at once. Cached per request.
 */
export const getOrgContext = cache(async (): Promise<OrgContext | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const resolved = await resolveMembership(userId, (await cookies()).get(ORG_COOKIE)?.value);
  if (!resolved) return null;
  const { user, current } = resolved;
  return {
    user: { id: user.id, email: user.email, name: user.name },
    org: { id: current.org.id, name: current.org.name, tenantId: current.org.tenantId },
    role: current.role,
    memberships: user.memberships.map((m) => ({ orgId: m.orgId, orgName: m.org.name, role: m.role })),
  };
});

/** For actions and routes: the context, or a typed error (never a redirect). */
export async function requireOrgContext(required: Role = "RECRUITER"): Promise<OrgContext> {
  const ctx = await getOrgContext();
  if (!ctx) throw new AuthRequiredError();
  if (!hasRole(ctx.role, required))
    throw new ForbiddenError(required === "ADMIN" ? "Only admins can do that." : undefined);
  return ctx;
}
