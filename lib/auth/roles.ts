/** Roles inside one organization. Pure helpers, shared by server code and UI. */
export const ROLES = ["ADMIN", "RECRUITER", "HIRING_MANAGER"] as const;
export type Role = (typeof ROLES)[number];

// A hiring manager ranks below a recruiter: every action that requires RECRUITER refuses them,
// and the few they may take (reading their jobs, notes) also check the job assignment.
const RANK: Record<Role, number> = { HIRING_MANAGER: 0, RECRUITER: 1, ADMIN: 2 };

/** Does `role` carry at least the rights of `required`? */
export function hasRole(role: Role, required: Role): boolean {
  return RANK[role] >= RANK[required];
}

export const ROLE_LABEL: Record<Role, string> = {
  ADMIN: "Admin",
  RECRUITER: "Recruiter",
  HIRING_MANAGER: "Hiring manager",
};
