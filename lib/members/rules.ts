import type { Role } from "@/lib/auth/roles";

export interface MemberRole {
  userId: string;
  role: Role;
}

/**
 * An org can never lose its last admin. Returns true when applying `change` (a new role for a
 * member, or null for removal) would leave the org with no admin.
 */
export function leavesNoAdmin(members: MemberRole[], change: { userId: string; role: Role | null }): boolean {
  const after = members
    .map((m) => (m.userId === change.userId ? { ...m, role: change.role } : m))
    .filter((m) => m.role !== null);
  return !after.some((m) => m.role === "ADMIN");
}
