import { NextResponse } from "next/server";
import { orgRoute } from "@/lib/auth/route";
import { UserError } from "@/lib/auth/errors";
import { getJob } from "@/lib/jobs/queries";
import { getStatusCounts, listPendingIds } from "@/lib/applications/queries";
import type { JobStatusResponse } from "@/lib/applications/status";

export const dynamic = "force-dynamic";

/** Polled by the ranking page while scores are pending (docs/dashboard-actions.md). */
export const GET = orgRoute<{ jobId: string }>("RECRUITER", async (_req, ctx, { jobId }) => {
  const job = await getJob(ctx.org.id, jobId);
  if (!job) throw new UserError("Job not found.", "NOT_FOUND");
  const activeNovaId = job.activeVersion?.novaId ?? null;
  const [counts, pendingIds] = await Promise.all([getStatusCounts(ctx.org.id, jobId, activeNovaId), listPendingIds(ctx.org.id, jobId)]);
  const body: JobStatusResponse = { counts, pendingIds, operations: [] };
  return NextResponse.json(body, { headers: { "Cache-Control": "no-store" } });
});
