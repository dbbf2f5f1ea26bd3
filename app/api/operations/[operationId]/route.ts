import { NextResponse } from "next/server";
import { orgRoute } from "@/lib/auth/route";
import { UserError } from "@/lib/errors";
import { getOperation } from "@/lib/scoring/operations";

export const dynamic = "force-dynamic";

/** Progress of a bulk submit/rescore, polled by the UI. */
export const GET = orgRoute<{ operationId: string }>("RECRUITER", async (_req, ctx, { operationId }) => {
  const op = await getOperation(ctx.actor.orgId, operationId);
  if (!op) throw new UserError("Operation not found.", "NOT_FOUND");
  return NextResponse.json(op);
});
