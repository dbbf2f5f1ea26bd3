import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "./button";

/** Previous / "Page n of m" / Next under a paged list; nothing when everything fits on one page. */
export function Pagination({
  page,
  pageCount,
  href,
  summary,
}: {
  page: number;
  pageCount: number;
  /** The address of page `p`, with the list's filters kept. */
  href: (p: number) => string;
  /** Said after "Page n of m" (say, how many rows in all). */
  summary?: ReactNode;
}) {
  if (pageCount <= 1) return null;
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
        Page {page} of {pageCount}
        {summary ? <> · {summary}</> : null}
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
