import { randomBytes } from "node:crypto";
import { ConfigError, getConfig } from "@/lib/config";
import { routes } from "../api/routes";
import { resolveTenant } from "../store/tenants";
import { authenticate } from "./auth";
import { readJsonBody } from "./body";
import type { ApiResult, RequestContext } from "./context";
import { ApiError, errorBody } from "./errors";
import { withIdempotency } from "./idempotency";
import { requireTenantHeader } from "./tenant-header";
import { getRateLimiter, partnerKey } from "./limiter";
import { rateLimitHeaders, type Bucket, type WindowState } from "./rate-limit";
import { matchRoute } from "./router";

export const SANDBOX_PREFIX = "/api/nova-sandbox";

/**
 * The sandbox's whole HTTP pipeline: sandbox switch → auth → route → rate limit → tenant →
 * body → Idempotency-Key → handler. Every response, errors included, carries X-Trace-Id;
 * every authenticated /v1 response carries the X-RateLimit-* headers.
 */
export async function handleSandboxRequest(req: Request): Promise<Response> {
  const traceId = randomBytes(16).toString("hex");
  let window: WindowState | undefined;
  let release: (() => Promise<void>) | undefined;
  try {
    const config = getConfig();
    // Pointed at a real Nova, the sandbox does not exist: answer like an unknown route.
    if (!config.sandbox.enabled) throw routeNotFound();
    const segments = pathSegments(req.url);
    if (segments[0] !== "v1") throw routeNotFound();
    const partner = authenticate(req.headers.get("authorization"), config.nova.apiKey);
    const match = matchRoute(routes, req.method, segments);
    const bucket: Bucket = match.kind === "route" ? match.route.bucket : "read_and_ops";
    const limiter = getRateLimiter();
    const pk = partnerKey({ partner });
    window = await limiter.take(pk, bucket);
    if (match.kind === "none") throw routeNotFound();
    if (match.kind === "method-not-allowed") {
      throw new ApiError(405, "METHOD_NOT_ALLOWED", `Method ${req.method} is not allowed here.`, {
        headers: { Allow: match.allowed.join(", ") },
      });
    }
    if (bucket === "criteria_ai") release = await limiter.enter(pk, window);

    const { route, params } = match;
    // The tenant header is checked before the body is read: a missing header is the first thing to fix.
    const tenantExternalId = route.scope === "tenant" ? requireTenantHeader(req) : undefined;
    const ctx: RequestContext = {
      req,
      method: req.method,
      path: `/${segments.map(encodeURIComponent).join("/")}`,
      traceId,
      partner,
      params,
      query: new URL(req.url).searchParams,
      body: await bodyFor(req),
    };
    let result: ApiResult;
    if (route.scope === "tenant") {
      const tenantCtx = { ...ctx, tenant: await resolveTenant(partner.environment, tenantExternalId!) };
      result = route.idempotent
        ? await withIdempotency(tenantCtx, () => route.handler(tenantCtx))
        : await route.handler(tenantCtx);
    } else {
      result = await route.handler(ctx);
    }
    return respond(result.status, result.body, traceId, {
      ...(window ? rateLimitHeaders(window) : {}),
      ...result.headers,
    });
  } catch (err) {
    const apiError = err instanceof ApiError ? err : internalError(err, traceId);
    const headers = { ...(window ? rateLimitHeaders(window) : {}), ...apiError.options.headers };
    return respond(apiError.status, errorBody(apiError, traceId), traceId, headers);
  } finally {
    await release?.();
  }
}

function respond(status: number, body: unknown, traceId: string, headers: Record<string, string>): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "X-Trace-Id": traceId, ...headers },
  });
}

function routeNotFound(): ApiError {
  return new ApiError(404, "NOT_FOUND", "No such endpoint.");
}

function internalError(err: unknown, traceId: string): ApiError {
  console.error(`[nova-sandbox] ${traceId}`, err);
  // A bad sandbox setting (e.g. NOVA_SANDBOX_RATE_LIMITS) is the operator's to fix: say which.
  if (err instanceof ConfigError) return new ApiError(500, "INTERNAL_ERROR", err.message, { retryable: false });
  return new ApiError(500, "INTERNAL_ERROR", "Internal error. Retry with backoff.", { retryable: true });
}

/** Decoded path segments after /api/nova-sandbox (an undecodable segment is simply unknown). */
function pathSegments(url: string): string[] {
  const pathname = new URL(url).pathname;
  const rest = pathname.startsWith(SANDBOX_PREFIX) ? pathname.slice(SANDBOX_PREFIX.length) : pathname;
  try {
    return rest.split("/").filter(Boolean).map(decodeURIComponent);
  } catch {
    throw routeNotFound();
  }
}

async function bodyFor(req: Request): Promise<unknown> {
  return req.method === "GET" || req.method === "HEAD" ? undefined : readJsonBody(req);
}
