import { getConfig } from "@/lib/config";
import { NovaClient } from "./client";

export { NovaClient } from "./client";
export { NovaApiError } from "./errors";

/** The Nova client acting for one org (its tenant id goes out as X-Tenant-Id). */
export function novaFor(org: { tenantId: string }): NovaClient {
  const { nova } = getConfig();
  return new NovaClient({
    baseUrl: nova.apiUrl,
    apiKey: nova.apiKey,
    tenantId: org.tenantId,
    scoringTimeoutMs: nova.scoringTimeoutMs,
  });
}
