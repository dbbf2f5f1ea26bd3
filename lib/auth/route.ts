import { NextResponse } from "next/server";
import { requireOrgContext, type OrgContext } from "./context";
import { UserError } from "@/lib/errors";
import type { Role } from "./roles";

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, VALIDATION_ERROR: 400 };

/** Route-handler twin of orgAction: JSON errors with the right status instead of results. */
export function orgRoute<P>(
  role: Role,
  handler: (req: Request, ctx: OrgContext, params: P) => Promise<Response>,
): (req: Request, route: { params: Promise<P> }) => Promise<Response> {
  return async (req, route) => {
    try {
      const ctx = await requireOrgContext(role);
      return await handler(req, ctx, await route.params);
    } catch (err) {
      if (err instanceof UserError) {
        return NextResponse.json({ error: err.message, code: err.code }, { status: STATUS[err.code] ?? 400 });
      }
      console.error("[route] unexpected error", err);
      return NextResponse.json({ error: "Internal error", code: "INTERNAL_ERROR" }, { status: 500 });
    }
  };
}
