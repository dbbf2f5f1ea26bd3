import { db } from "@/lib/db";
import type { Role } from "./roles";

/**
 * The user's memberships and the one they act in: the org named by the org cookie if they still
 * belong to it, else their oldest membership. Shared by the per-request context and the proxy.
 */
export async function resolveMembership(userId: string, wantedOrgId: string | undefined) {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: { memberships: { include: { org: true }, orderBy: { createdAt: "asc" } } },
  });
  if (!user || user.memberships.length === 0) return null;
  const current = user.memberships.find((m) => m.orgId === wantedOrgId) ?? user.memberships[0]!;
  return { user, current, role: current.role as Role };
}
