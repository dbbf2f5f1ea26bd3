import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { hasActiveFilters, PIPELINE_STATUSES, type RankingFilters } from "@/lib/applications/ranking-filters";
import { DECISIONS, DECISION_LABEL } from "@/lib/review/labels";
import { STATUS_LABEL } from "./status";

const label = "block text-xs font-medium text-slate-700";

/**
 * A plain GET form: the filters live in the URL, work without JavaScript, and the server page
 * re-renders from searchParams. Changing a filter starts again at page 1 (no `page` field).
 */
export function RankingFiltersForm({
  jobId,
  filters,
  blind = false,
}: {
  jobId: string;
  filters: RankingFilters;
  /** Hide identities is on: "Name" cannot sort by the hidden names (see rankingOrder). */
  blind?: boolean;
}) {
  const scores = Array.from({ length: 10 }, (_, i) => i + 1);
  return (
    <form
      method="get"
      action={`/jobs/${jobId}`}
      role="search"
      aria-label="Filter candidates"
      className="mb-4 grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-3 lg:grid-cols-[2fr_repeat(5,1fr)_auto] lg:items-end"
    >
      <div className="col-span-2 sm:col-span-3 lg:col-span-1">
        <label htmlFor="f-q" className={label}>
          Search
        </label>
        <Input
          id="f-q"
          name="q"
          type="search"
          defaultValue={filters.q}
          placeholder={blind ? "Resume text" : "Name, email or resume text"}
          aria-keyshortcuts="/"
        />
      </div>
      <div>
        <label htmlFor="f-min" className={label}>
          Min score
        </label>
        <Select id="f-min" name="min" defaultValue={filters.minScore ?? ""}>
          <option value="">Any</option>
          {scores.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="f-max" className={label}>
          Max score
        </label>
        <Select id="f-max" name="max" defaultValue={filters.maxScore ?? ""}>
          <option value="">Any</option>
          {scores.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="f-status" className={label}>
          Status
        </label>
        <Select id="f-status" name="status" defaultValue={filters.statuses[0] ?? ""}>
          <option value="">Any</option>
          {PIPELINE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="f-decision" className={label}>
          Decision
        </label>
        <Select id="f-decision" name="decision" defaultValue={filters.decisions[0]?.toLowerCase() ?? ""}>
          <option value="">Any</option>
          {DECISIONS.map((d) => (
            <option key={d} value={d.toLowerCase()}>
              {DECISION_LABEL[d]}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="f-sort" className={label}>
          Sort
        </label>
        <Select id="f-sort" name="sort" defaultValue={filters.sort}>
          <option value="score">Best score</option>
          <option value="newest">Newest</option>
          <option value="name">{blind ? "Candidate (names hidden)" : "Name"}</option>
        </Select>
      </div>
      <div className="col-span-2 flex flex-wrap items-center gap-3 sm:col-span-3 lg:col-span-1">
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" name="stale" value="1" defaultChecked={filters.staleOnly} />
          Stale only
        </label>
        <button type="submit" className={buttonClass("primary", "sm")}>
          Apply
        </button>
        {hasActiveFilters(filters) || filters.sort !== "score" ? (
          <Link href={`/jobs/${jobId}`} className="text-sm text-brand-700 underline">
            Clear
          </Link>
        ) : null}
      </div>
    </form>
  );
}
