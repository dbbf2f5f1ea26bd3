import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_ORG_NAME, DEMO_PASSWORD, DEMO_USERS } from "./accounts";

/** A stable, opaque Nova tenant id for a new org (never a name or a sequence; see nova-api §1.4). */
export function newTenantId(): string {
  return `org_${randomBytes(8).toString("hex")}`;
}

/**
 * Demo org and accounts, created only into an empty database so a real installation that
 * turns demo mode on later never gets known passwords added to it.
 */
export async function seedDemoAccounts(db: PrismaClient): Promise<{ created: boolean }> {
  if ((await db.user.count()) > 0) return { created: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(async (tx) => {
    const org = await tx.organization.create({ data: { name: DEMO_ORG_NAME, tenantId: newTenantId() } });
    for (const u of DEMO_USERS) {
      await tx.user.create({
        data: { email: u.email, name: u.name, passwordHash, memberships: { create: { orgId: org.id, role: u.role } } },
      });
    }
  });
  return { created: true };
}
