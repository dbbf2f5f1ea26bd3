import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface TestUser {
  id: string;
  email: string;
  name: string;
}

export interface TestOrg {
  id: string;
  name: string;
  tenantId: string;
  admin: TestUser;
  recruiter: TestUser;
}

/**
 * A fresh org with one admin and one recruiter who can sign in with `password`, unique per
 * call. `suite` keeps the e-mail domains and tenant ids of integration and e2e apart.
 */
export async function createTestOrg(db: PrismaClient, suite: "it" | "e2e", password: string): Promise<TestOrg> {
  const tag = randomBytes(4).toString("hex");
  // Cost 4: these hashes only need to be real, not slow.
  const passwordHash = await bcrypt.hash(password, 4);
  const org = await db.organization.create({ data: { name: `Org ${tag}`, tenantId: `org_${suite}_${tag}` } });
  const make = async (role: "ADMIN" | "RECRUITER") => {
    const email = `${role.toLowerCase()}-${tag}@${suite}.test`;
    const name = `${role === "ADMIN" ? "Ada" : "Rex"} ${tag}`;
    const user = await db.user.create({
      data: { email, name, passwordHash, memberships: { create: { orgId: org.id, role } } },
    });
    return { id: user.id, email, name };
  };
  return {
    id: org.id,
    name: org.name,
    tenantId: org.tenantId,
    admin: await make("ADMIN"),
    recruiter: await make("RECRUITER"),
  };
}

/** Removes the org and those of its members who belong to no other org. */
export async function deleteTestOrg(db: PrismaClient, org: TestOrg): Promise<void> {
  const members = await db.membership.findMany({ where: { orgId: org.id }, select: { userId: true } });
  await db.organization.delete({ where: { id: org.id } });
  await db.user.deleteMany({ where: { id: { in: members.map((m) => m.userId) }, memberships: { none: {} } } });
}
