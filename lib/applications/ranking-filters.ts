/**
 * The job ranking's filters and sort, kept in the URL so a view can be shared, bookmarked and
 * survives reloads. Pure: parsed on the server page, serialised by client controls.
 * Anything malformed falls back to the default rather than erroring: URLs get hand-edited.
 */
import { parseDecisionParam, type DecisionValue } from "@/lib/review/labels";

export const PIPELINE_STATUSES = ["NOT_SUBMITTED", "PENDING", "SCORED", "FAILED", "REJECTED"] as const;
export type PipelineStatusValue = (typeof PIPELINE_STATUSES)[number];

/** How the UI and the CSV export name each pipeline status. */
export const PIPELINE_STATUS_LABEL: Record<PipelineStatusValue, string> = {
  NOT_SUBMITTED: "Not submitted",
  PENDING: "Pending",
  SCORED: "Scored",
  FAILED: "Failed",
  REJECTED: "Rejected at intake",
};

export const SORTS = ["score", "newest", "name"] as const;
export type RankingSort = (typeof SORTS)[number];

export const PAGE_SIZE = 50;

export interface RankingFilters {
  minScore: number | null;
  maxScore: number | null;
  statuses: PipelineStatusValue[];
  staleOnly: boolean;
  /** `decision=advance,hold`: combinable with every other filter. */
  decisions: DecisionValue[];
  q: string;
  sort: RankingSort;
  page: number;
}

export const DEFAULT_FILTERS: RankingFilters = {
  minScore: null,
  maxScore: null,
  statuses: [],
  staleOnly: false,
  decisions: [],
  q: "",
  sort: "score",
  page: 1,
};

type Params = Record<string, string | string[] | undefined>;

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

function score(v: string | undefined): number | null {
  if (v === undefined || v.trim() === "") return null;
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : null;
}

export function parseRankingFilters(params: Params): RankingFilters {
  let minScore = score(first(params.min));
  let maxScore = score(first(params.max));
  if (minScore !== null && maxScore !== null && minScore > maxScore) [minScore, maxScore] = [maxScore, minScore];
  const rawStatus = params.status;
  const statusList = (Array.isArray(rawStatus) ? rawStatus : (rawStatus ?? "").split(",")).map((s) =>
    s.trim().toUpperCase(),
  );
  const statuses = PIPELINE_STATUSES.filter((s) => statusList.includes(s));
  const sortRaw = first(params.sort);
  const sort = (SORTS as readonly string[]).includes(sortRaw ?? "") ? (sortRaw as RankingSort) : "score";
  const pageNum = Number(first(params.page));
  const page = Number.isInteger(pageNum) && pageNum >= 1 ? Math.min(pageNum, 100_000) : 1;
  return {
    minScore,
    maxScore,
    statuses,
    staleOnly: first(params.stale) === "1",
    decisions: parseDecisionParam(params.decision),
    q: (first(params.q) ?? "").trim().slice(0, 100),
    sort,
    page,
  };
}

/** The query string for `filters`, omitting defaults so URLs stay short. */
export function serializeRankingFilters(filters: Partial<RankingFilters>): string {
  const f = { ...DEFAULT_FILTERS, ...filters };
  const sp = new URLSearchParams();
  if (f.q) sp.set("q", f.q);
  if (f.minScore !== null) sp.set("min", String(f.minScore));
  if (f.maxScore !== null) sp.set("max", String(f.maxScore));
  if (f.statuses.length) sp.set("status", f.statuses.join(","));
  if (f.staleOnly) sp.set("stale", "1");
  if (f.decisions.length) sp.set("decision", f.decisions.map((d) => d.toLowerCase()).join(","));
  if (f.sort !== "score") sp.set("sort", f.sort);
  if (f.page > 1) sp.set("page", String(f.page));
  const s = sp.toString();
  return s ? `?${s}` : "";
}

export function hasActiveFilters(f: RankingFilters): boolean {
  return (
    f.minScore !== null ||
    f.maxScore !== null ||
    f.statuses.length > 0 ||
    f.staleOnly ||
    f.decisions.length > 0 ||
    f.q !== ""
  );
}
