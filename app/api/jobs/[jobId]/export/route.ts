import { orgRoute } from "@/lib/auth/route";
import { parseRankingFilters } from "@/lib/applications/ranking-filters";
import { exportRanking } from "@/lib/review/export";

export const dynamic = "force-dynamic";

/**
 * `Export CSV`: the ranking with the same filters and sort as the page (its query string),
 * every matching row, streamed. Any member of the job's org may export; it is audited.
 */
export const GET = orgRoute<{ jobId: string }>("RECRUITER", async (req, ctx, { jobId }) => {
  const params = Object.fromEntries(new URL(req.url).searchParams);
  const { fileName, rows, body } = await exportRanking(ctx.actor, jobId, parseRankingFilters(params));
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
      "X-Row-Count": String(rows),
    },
  });
});
