import { json, type ApiResult, type RequestContext } from "../http/context";
import { requireTenantHeader } from "../http/tenant-header";
import { deletionJson, deletionStatus, requestDeletion } from "../store/deletion";

/**
 * DELETE /v1/jobs/{jobId}/applications/{applicationId} → 202 {deletionRequest}. Needs
 * X-Tenant-Id but, unlike other tenant routes, never provisions an unseen tenant.
 */
export async function deleteApplication(ctx: RequestContext): Promise<ApiResult> {
  const row = await requestDeletion({
    environment: ctx.partner.environment,
    scope: "application",
    tenantExternalId: requireTenantHeader(ctx.req),
    jobId: ctx.params.jobId!,
    applicationId: ctx.params.applicationId!,
  });
  return json(202, { deletionRequest: deletionJson(row) });
}

/** DELETE /v1/tenants/{tenantExternalId}: partner-scoped, and never provisions the tenant. */
export async function deleteTenant(ctx: RequestContext): Promise<ApiResult> {
  const row = await requestDeletion({
    environment: ctx.partner.environment,
    scope: "tenant",
    tenantExternalId: ctx.params.tenantExternalId!,
  });
  return json(202, { deletionRequest: deletionJson(row) });
}

export async function getDeletionRequest(ctx: RequestContext): Promise<ApiResult> {
  return json(200, {
    deletionRequest: deletionJson(await deletionStatus(ctx.partner.environment, ctx.params.deletionRequestId!)),
  });
}
