import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { serializeRankingFilters, type RankingFilters } from "@/lib/applications/ranking-filters";

export function Pagination({
  jobId,
  filters,
  page,
  pageCount,
  total,
}: {
  jobId: string;
  filters: RankingFilters;
  page: number;
  pageCount: number;
  total: number;
}) {
  if (pageCount <= 1) return null;
  const href = (p: number) => `/jobs/${jobId}${serializeRankingFilters({ ...filters, page: p })}`;
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center justify-between gap-2 text-sm text-slate-700">
      {page > 1 ? (
        <Link href={href(page - 1)} className={buttonClass("secondary", "sm")} rel="prev">
          Previous
        </Link>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {pageCount} · {total} candidates
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} className={buttonClass("secondary", "sm")} rel="next">
          Next
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
