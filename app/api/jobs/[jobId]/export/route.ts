import { orgRoute } from "@/lib/auth/route";
import { parseRankingFilters } from "@/lib/applications/ranking-filters";
import { exportRanking } from "@/lib/review/export";
import { getHideIdentities } from "@/lib/blind/prefs";
import { hasRole } from "@/lib/auth/roles";
import { requireJobAccess } from "@/lib/jobs/access";
import { ForbiddenError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/**
 * `Export CSV`: the ranking with the same filters and sort as the page (its query string),
 * every matching row, streamed. Recruiters and admins of the job's org may export; it is audited.
 * It honours the exporter's Hide identities, like every page does.
 */
export const GET = orgRoute<{ jobId: string }>("HIRING_MANAGER", async (req, ctx, { jobId }) => {
  // A hiring manager may not export; one not on this job must not learn it exists (404 first).
  await requireJobAccess(ctx.actor, jobId);
  if (!hasRole(ctx.actor.role, "RECRUITER")) throw new ForbiddenError("Hiring managers cannot export candidates.");
  const params = Object.fromEntries(new URL(req.url).searchParams);
  const blind = await getHideIdentities(ctx.actor.userId);
  const { fileName, rows, body } = await exportRanking(ctx.actor, jobId, parseRankingFilters(params), { blind });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
      "X-Row-Count": String(rows),
    },
  });
});
