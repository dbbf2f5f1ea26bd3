import { db } from "@/lib/db";
import type { WebhookPayload } from "@/lib/nova/schemas";

export interface Attribution {
  orgId: string | null;
  jobId: string | null;
  applicationId: string | null;
}

/**
 * Whose delivery this is, for the admin's delivery log (not for applying it: the applier matches
 * again inside its transaction). The tenant decides when the payload names one; older payloads
 * without it (G1) belong to the org that owns the named job. One unique-key read; a test event
 * names nobody (the test round trip stamps its own org on the row).
 */
export async function attributeDelivery(payload: WebhookPayload): Promise<Attribution> {
  if (payload.event === "test") return { orgId: null, jobId: null, applicationId: null };
  const applicationId = "applicationId" in payload ? payload.applicationId : null;
  const orgId = payload.tenantId
    ? ((await db.organization.findUnique({ where: { tenantId: payload.tenantId }, select: { id: true } }))?.id ?? null)
    : ((await db.job.findUnique({ where: { id: payload.jobId }, select: { orgId: true } }))?.orgId ?? null);
  return { orgId, jobId: payload.jobId, applicationId };
}
