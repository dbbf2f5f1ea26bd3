import type { Role } from "@/lib/auth/roles";

/** Demo mode's accounts; listed on the sign-in page and in the README. */
export const DEMO_ORG_NAME = "Demo Recruiting";
export const DEMO_PASSWORD = "shortlist-demo";
export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "admin@shortlist.test", name: "Avery Admin", role: "ADMIN" },
  { email: "recruiter@shortlist.test", name: "Riley Recruiter", role: "RECRUITER" },
];
