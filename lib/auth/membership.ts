import { db } from "@/lib/db";
import type { Role } from "./roles";

interface MembershipRow {
  userId: string;
  email: string;
  name: string;
  orgId: string;
  orgName: string;
  tenantId: string;
  role: Role;
}

/**
 * The user's memberships and the one they act in: the org named by the org cookie if they still
 * belong to it, else their oldest membership. Shared by the per-request context and the proxy.
 * One joined read (Prisma's include read the user, the memberships and the orgs in three
 * statements): every request of a signed-in user, the ranking's status poll too, passes here.
 */
export async function resolveMembership(userId: string, wantedOrgId: string | undefined) {
  const rows = await db.$queryRaw<MembershipRow[]>`
    SELECT u."id" AS "userId", u."email", u."name", m."orgId", o."name" AS "orgName", o."tenantId", m."role"
    FROM "User" u JOIN "Membership" m ON m."userId" = u."id" JOIN "Organization" o ON o."id" = m."orgId"
    WHERE u."id" = ${userId}
    ORDER BY m."createdAt" ASC, m."id" ASC`;
  if (rows.length === 0) return null;
  const current = rows.find((m) => m.orgId === wantedOrgId) ?? rows[0]!;
  return {
    user: { id: current.userId, email: current.email, name: current.name },
    current: { orgId: current.orgId, orgName: current.orgName, tenantId: current.tenantId },
    role: current.role,
    memberships: rows.map((m) => ({ orgId: m.orgId, orgName: m.orgName, role: m.role })),
  };
}
