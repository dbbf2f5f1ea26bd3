import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import { UserError } from "@/lib/errors";
import { transaction } from "@/lib/transaction";
import { leavesNoAdmin } from "./rules";

/** Members of one org. Every function takes the org it acts for and scopes by it. */
export function listMembers(orgId: string) {
  return db.membership.findMany({
    where: { orgId },
    include: { user: { select: { id: true, email: true, name: true } } },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
  });
}

export async function addMember(actor: Actor, input: { email: string; name: string; role: Role; password: string }) {
  const email = input.email.trim().toLowerCase();
  const { orgId } = actor;
  // Hashed before the transaction (bcrypt takes tens of milliseconds; a transaction holds the
  // write lock), even though an existing account keeps its own password and discards it.
  const passwordHash = await hashPassword(input.password);
  return transaction(async (tx) => {
    let user = await tx.user.findUnique({ where: { email } });
    const existingAccount = Boolean(user);
    if (user) {
      const existing = await tx.membership.findUnique({ where: { userId_orgId: { userId: user.id, orgId } } });
      if (existing)
        throw new UserError(`${email} is already a member of this organization.`, "CONFLICT", {
          email: ["Already a member"],
        });
    } else {
      user = await tx.user.create({ data: { email, name: input.name.trim(), passwordHash } });
    }
    const membership = await tx.membership.create({ data: { orgId, userId: user.id, role: input.role } });
    await recordAudit(tx, {
      orgId,
      actorId: actor.userId,
      action: "member.added",
      targetType: "user",
      targetId: user.id,
      data: { email, role: input.role },
    });
    // An existing account keeps its own password: we never overwrite credentials of a person
    // who already signs in elsewhere.
    return { membershipId: membership.id, existingAccount };
  });
}

async function loadMembersForChange(tx: Pick<typeof db, "membership">, orgId: string, userId: string) {
  const members = await tx.membership.findMany({ where: { orgId }, select: { userId: true, role: true } });
  if (!members.some((m) => m.userId === userId))
    throw new UserError("That person is not a member of this organization.", "NOT_FOUND");
  return members;
}

export async function changeRole(actor: Actor, userId: string, role: Role) {
  const { orgId } = actor;
  return transaction(async (tx) => {
    const members = await loadMembersForChange(tx, orgId, userId);
    if (leavesNoAdmin(members, { userId, role })) {
      throw new UserError(
        "This organization needs at least one admin. Make someone else an admin first.",
        "LAST_ADMIN",
      );
    }
    await tx.membership.update({ where: { userId_orgId: { userId, orgId } }, data: { role } });
    await recordAudit(tx, {
      orgId,
      actorId: actor.userId,
      action: "member.role_changed",
      targetType: "user",
      targetId: userId,
      data: { role },
    });
  });
}

export async function removeMember(actor: Actor, userId: string) {
  const { orgId } = actor;
  return transaction(async (tx) => {
    const members = await loadMembersForChange(tx, orgId, userId);
    if (leavesNoAdmin(members, { userId, role: null })) {
      throw new UserError("You cannot remove the last admin of this organization.", "LAST_ADMIN");
    }
    await tx.membership.delete({ where: { userId_orgId: { userId, orgId } } });
    await recordAudit(tx, {
      orgId,
      actorId: actor.userId,
      action: "member.removed",
      targetType: "user",
      targetId: userId,
    });
  });
}
