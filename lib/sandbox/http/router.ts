import type { Bucket } from "./rate-limit";
import type { ApiResult, RequestContext, TenantContext } from "./context";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

interface RouteBase {
  method: Method;
  /** `/v1/jobs/:jobId/criteria`: `:name` segments become params. */
  pattern: string;
  bucket: Bucket;
}

export type Route =
  | (RouteBase & {
      scope: "tenant";
      /** Honours `Idempotency-Key` (criteria and library mutations only, per Nova). */
      idempotent: boolean;
      handler: (ctx: TenantContext) => Promise<ApiResult>;
    })
  | (RouteBase & { scope: "partner"; handler: (ctx: RequestContext) => Promise<ApiResult> });

export type RouteMatch =
  | { kind: "route"; route: Route; params: Record<string, string> }
  | { kind: "method-not-allowed"; allowed: Method[] }
  | { kind: "none" };

function matchPattern(pattern: string, segments: string[]): Record<string, string> | null {
  const parts = pattern.split("/").filter(Boolean);
  if (parts.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const segment = segments[i]!;
    if (part.startsWith(":")) params[part.slice(1)] = segment;
    else if (part !== segment) return null;
  }
  return params;
}

/**
 * First match wins, so literal routes (`question-sets/current`) are listed before their
 * `:id` siblings. A path that exists under another method is a 405, not a 404.
 */
export function matchRoute(routes: readonly Route[], method: string, segments: string[]): RouteMatch {
  const allowed: Method[] = [];
  for (const route of routes) {
    const params = matchPattern(route.pattern, segments);
    if (!params) continue;
    if (route.method === method) return { kind: "route", route, params };
    allowed.push(route.method);
  }
  return allowed.length ? { kind: "method-not-allowed", allowed: [...new Set(allowed)] } : { kind: "none" };
}
