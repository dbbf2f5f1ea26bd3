import { NextResponse } from "next/server";
import { orgRoute } from "@/lib/auth/route";
import { UserError } from "@/lib/errors";
import { getJobActiveNovaId } from "@/lib/jobs/queries";
import { getJobStatus } from "@/lib/applications/queries";
import { requireJobAccess } from "@/lib/jobs/access";

export const dynamic = "force-dynamic";

/**
 * Polled by the ranking page while scores are pending (docs/dashboard-actions.md). Hiring
 * managers read their assigned jobs' rankings, so they may poll those jobs (others: 404).
 */
export const GET = orgRoute<{ jobId: string }>("HIRING_MANAGER", async (_req, ctx, { jobId }) => {
  const job = await getJobActiveNovaId(ctx.actor.orgId, jobId);
  if (!job) throw new UserError("Job not found.", "NOT_FOUND");
  await requireJobAccess(ctx.actor, jobId);
  const body = await getJobStatus(ctx.actor.orgId, jobId, job.activeNovaId);
  return NextResponse.json(body, { headers: { "Cache-Control": "no-store" } });
});
