import type { z } from "zod";
import type { Partner } from "./auth";
import { detailsFromZod, validationError } from "./errors";

/** A tenant as the API sees it: the internal row id plus the caller's `X-Tenant-Id`. */
export interface Tenant {
  id: string;
  externalId: string;
  environment: string;
}

export interface RequestContext {
  req: Request;
  method: string;
  /** The path after /api/nova-sandbox, e.g. `/v1/jobs/job-1/criteria`. */
  path: string;
  traceId: string;
  partner: Partner;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body (undefined when empty or for GET/DELETE). */
  body: unknown;
}

export interface TenantContext extends RequestContext {
  tenant: Tenant;
}

export interface ApiResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export const json = (status: number, body: unknown, headers?: Record<string, string>): ApiResult => ({
  status,
  body,
  headers,
});

/** Validates input with a zod schema; failures become 400 VALIDATION_ERROR with `details`. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix = ""): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(detailsFromZod(parsed.error, prefix));
  return parsed.data;
}
