import { db } from "@/lib/db";
import type { Tenant } from "../http/context";
import { createOrFind } from "./unique";

/** Just-in-time provisioning: the first tenant-scoped request with an unseen id creates it. */
export async function resolveTenant(environment: string, externalId: string): Promise<Tenant> {
  const where = { environment_externalId: { environment, externalId } };
  const existing = await db.sandboxTenant.findUnique({ where });
  if (existing) return existing;
  const { row } = await createOrFind(
    () => db.sandboxTenant.create({ data: { environment, externalId } }),
    () => db.sandboxTenant.findUnique({ where }),
  );
  return row;
}

/** Looks a tenant up without creating it (deletion must not provision). */
export function findTenant(environment: string, externalId: string): Promise<Tenant | null> {
  return db.sandboxTenant.findUnique({ where: { environment_externalId: { environment, externalId } } });
}

/** Internal ids of every tenant in an environment (analytics are partner-level). */
export async function tenantIdsOf(environment: string): Promise<string[]> {
  const rows = await db.sandboxTenant.findMany({ where: { environment }, select: { id: true } });
  return rows.map((r) => r.id);
}
