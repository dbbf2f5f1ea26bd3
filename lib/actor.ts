import type { Role } from "@/lib/auth/roles";

/**
 * Who a domain command acts for: the org (and its Nova tenant) and the user it is recorded
 * against. Built from the session at the edge (lib/auth/context.ts); callers outside a request
 * (demo seeding, tests) build one directly. The domain never reads the session itself.
 */
export interface Actor {
  orgId: string;
  tenantId: string;
  userId: string;
  role: Role;
}
