import { Prisma } from "@/lib/generated/prisma/client";
import type { WebhookPayload } from "@/lib/nova/schemas";

export interface Attribution {
  /** The org's id as a scalar subquery, resolved by the inbox's INSERT itself. */
  orgId: Prisma.Sql;
  jobId: string | null;
  applicationId: string | null;
}

/**
 * Whose delivery this is, for the admin's delivery log (not for applying it: the applier matches
 * again inside its transaction). The tenant decides when the payload names one; older payloads
 * without it (G1) belong to the org that owns the named job. The org is looked up by a unique key
 * inside the inbox's one INSERT (lib/webhooks/inbox-writer.ts), so receiving a batch costs one
 * statement, not one read per delivery. A test event names nobody (the test round trip stamps
 * its own org on the row).
 */
export function attributeDelivery(payload: WebhookPayload): Attribution {
  if (payload.event === "test") return unattributed;
  const applicationId = "applicationId" in payload ? payload.applicationId : null;
  const orgId = payload.tenantId
    ? Prisma.sql`(SELECT "id" FROM "Organization" WHERE "tenantId" = ${payload.tenantId})`
    : Prisma.sql`(SELECT "orgId" FROM "Job" WHERE "id" = ${payload.jobId})`;
  return { orgId, jobId: payload.jobId, applicationId };
}

/** For a payload we could not read: counted in no org's log. */
export const unattributed: Attribution = { orgId: Prisma.sql`NULL`, jobId: null, applicationId: null };
