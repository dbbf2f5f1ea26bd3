import Link from "next/link";
import type { RescoreMove, RescoreReport } from "@/lib/scoring/rescore-report";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { Time } from "@/components/ui/time";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const arrow = (a: number | null, b: number | null) => `${a ?? "–"} → ${b ?? "–"}`;

/** What one rescore changed: counts, the biggest movers, and who crossed the threshold. */
export function RescoreReportView({ report, jobId }: { report: RescoreReport; jobId: string }) {
  const r = report;
  const figures: [string, number][] = [
    ["Moved up", r.up],
    ["Moved down", r.down],
    ["Unchanged", r.unchanged],
    ["Pending", r.pending],
    ["Failed", r.failed],
  ];
  if (r.removed) figures.push(["Deleted since", r.removed]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold text-slate-900">Rescore report</h2>
        <p className="text-sm text-slate-600">
          {plural(r.total, "candidate")} · started <Time date={r.operation.createdAt} />
          {r.operation.createdByName ? ` by ${r.operation.createdByName}` : ""}
        </p>
      </div>
      {r.finished ? null : (
        <Notice tone="info">
          {r.total - r.pending} of {r.total} rescored; {plural(r.pending, "candidate")} still waiting for Nova. The
          figures update as scores arrive.
        </Notice>
      )}
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6" aria-label="Rescore summary">
        {figures.map(([label, n]) => (
          <div key={label} className="rounded-md border border-slate-200 bg-white px-3 py-2">
            <dt className="text-xs text-slate-600">{label}</dt>
            <dd
              className="text-lg font-semibold tabular-nums text-slate-900"
              data-testid={`report-${label.toLowerCase().replace(/ /g, "-")}`}
            >
              {n}
            </dd>
          </div>
        ))}
      </dl>
      <Card>
        <h3 className="text-base font-semibold text-slate-900">Biggest movers</h3>
        {r.movers.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">
            {r.finished ? "No score changed." : "No score has changed yet."}
          </p>
        ) : (
          <MoversTable jobId={jobId} rows={r.movers} caption="Biggest movers" testId="movers" />
        )}
      </Card>
      <Card>
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h3 className="text-base font-semibold text-slate-900">Crossed the threshold of {r.threshold}</h3>
          <form method="get" className="flex items-end gap-2">
            <div>
              <label htmlFor="report-threshold" className="mb-1 block text-xs font-medium text-slate-700">
                Threshold
              </label>
              <input
                id="report-threshold"
                name="threshold"
                type="number"
                min={1}
                max={10}
                defaultValue={r.threshold}
                className="w-20 rounded-md border border-slate-300 px-2 py-1.5 text-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/30"
              />
            </div>
            <button type="submit" className={buttonClass("secondary", "sm")}>
              Apply
            </button>
          </form>
        </div>
        <div className="mt-4 grid gap-6 lg:grid-cols-2">
          <Crossers
            jobId={jobId}
            title={`Rose to ${r.threshold} or above (${r.crossedUpCount})`}
            rows={r.crossedUp}
            count={r.crossedUpCount}
            testId="crossed-up"
          />
          <Crossers
            jobId={jobId}
            title={`Fell below ${r.threshold} (${r.crossedDownCount})`}
            rows={r.crossedDown}
            count={r.crossedDownCount}
            testId="crossed-down"
          />
        </div>
      </Card>
    </div>
  );
}

function Crossers({
  jobId,
  title,
  rows,
  count,
  testId,
}: {
  jobId: string;
  title: string;
  rows: RescoreMove[];
  count: number;
  testId: string;
}) {
  return (
    <section aria-label={title}>
      <h4 className="text-sm font-semibold text-slate-800">{title}</h4>
      {rows.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">Nobody.</p>
      ) : (
        <>
          <MoversTable jobId={jobId} rows={rows} caption={title} testId={testId} />
          {count > rows.length ? (
            <p className="mt-2 text-xs text-slate-600">
              The first {rows.length} of {count} are shown; filter the ranking by score for the rest.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

function MoversTable({
  jobId,
  rows,
  caption,
  testId,
}: {
  jobId: string;
  rows: RescoreMove[];
  caption: string;
  testId: string;
}) {
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="text-xs uppercase text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              Candidate
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Score
            </th>
            <th scope="col" className="py-2 font-medium">
              Rank
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((m) => (
            <tr key={m.applicationId} data-testid="mover">
              <td className="py-2 pr-3">
                <Link href={`/jobs/${jobId}/candidates/${m.applicationId}`} className="text-brand-700 underline">
                  {m.candidateName}
                </Link>
              </td>
              <td className="whitespace-nowrap py-2 pr-3 tabular-nums" data-testid="mover-score">
                {arrow(m.oldScore, m.newScore)}
              </td>
              <td className="whitespace-nowrap py-2 tabular-nums" data-testid="mover-rank">
                {arrow(m.oldRank, m.newRank)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
