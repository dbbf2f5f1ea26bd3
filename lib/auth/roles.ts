/** Roles inside one organization. Pure helpers, shared by server code and UI. */
export const ROLES = ["ADMIN", "RECRUITER"] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { RECRUITER: 1, ADMIN: 2 };

/** Does `role` carry at least the rights of `required`? */
export function hasRole(role: Role, required: Role): boolean {
  return RANK[role] >= RANK[required];
}

export const ROLE_LABEL: Record<Role, string> = { ADMIN: "Admin", RECRUITER: "Recruiter" };
