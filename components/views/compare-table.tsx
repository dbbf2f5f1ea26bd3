import Link from "next/link";
import type { ReactNode } from "react";
import type { ComparedCandidate } from "@/lib/applications/compare";
import { scoreBand } from "@/lib/nova/bands";
import { ScoreCell } from "@/components/ranking/score";
import { PipelineStatus, VersionBadge } from "@/components/ranking/status";
import { cn } from "@/components/ui/cn";

export interface CompareColumn extends ComparedCandidate {
  /** What to call the candidate: the name, or an alias under blind review. */
  label: string;
  versionNumber: number | null;
}

function List({ items }: { items: string[] }) {
  if (!items.length) return <span className="text-slate-500">None noted.</span>;
  return (
    <ul className="list-disc space-y-1 pl-4">
      {items.map((s, i) => (
        <li key={i}>{s}</li>
      ))}
    </ul>
  );
}

const dash = <span className="text-slate-500">–</span>;

/**
 * Candidates side by side: one column each, one row per aspect, so differences line up. Rows
 * whose values differ between candidates are marked, and the best score is called out. On a
 * narrow screen the table scrolls sideways with the aspect names pinned.
 */
export function CompareTable({
  jobId,
  columns,
  decisionRow,
}: {
  jobId: string;
  columns: CompareColumn[];
  /** Decision cell per column (buttons), when decisions are available to this user. */
  decisionRow?: (c: CompareColumn) => ReactNode;
}) {
  const best = Math.max(...columns.map((c) => c.score ?? -1));
  const rows: {
    key: string;
    label: string;
    cell: (c: CompareColumn) => ReactNode;
    value?: (c: CompareColumn) => string;
  }[] = [
    {
      key: "score",
      label: "Score",
      value: (c) => String(c.score),
      cell: (c) => (
        <div className="flex flex-col items-start gap-1">
          <ScoreCell score={c.score} pending={c.pipelineStatus === "PENDING"} />
          {c.score !== null && c.score === best && columns.filter((x) => x.score === best).length === 1 ? (
            <span className="text-xs font-semibold text-emerald-800">Highest</span>
          ) : null}
        </div>
      ),
    },
    {
      key: "band",
      label: "Band",
      value: (c) => (c.score === null ? "" : scoreBand(c.score).label),
      cell: (c) => (c.score === null ? dash : scoreBand(c.score).label),
    },
    { key: "rank", label: "Rank", value: (c) => String(c.rank), cell: (c) => (c.rank === null ? dash : `#${c.rank}`) },
    {
      key: "status",
      label: "Status",
      value: (c) => c.pipelineStatus,
      cell: (c) => <PipelineStatus status={c.pipelineStatus} />,
    },
    ...(decisionRow
      ? [{ key: "decision", label: "Decision", value: (c: CompareColumn) => c.decision, cell: decisionRow }]
      : []),
    { key: "verdict", label: "Verdict", cell: (c) => c.assessment?.verdict ?? dash },
    {
      key: "strengths",
      label: "Strengths",
      cell: (c) => (c.assessment ? <List items={c.assessment.strengths} /> : dash),
    },
    { key: "concerns", label: "Concerns", cell: (c) => (c.assessment ? <List items={c.assessment.concerns} /> : dash) },
    {
      key: "focus",
      label: "Interview focus",
      cell: (c) => (c.assessment ? <List items={c.assessment.interviewFocus} /> : dash),
    },
    {
      key: "version",
      label: "Criteria version",
      value: (c) => `${c.versionNumber}-${c.stale}`,
      cell: (c) => (c.versionNumber === null ? dash : <VersionBadge number={c.versionNumber} stale={c.stale} />),
    },
    {
      key: "years",
      label: "Years of experience",
      value: (c) => String(c.facts.years),
      cell: (c) => (c.facts.years === null ? dash : `${c.facts.years} years`),
    },
    {
      key: "titles",
      label: "Titles",
      cell: (c) => (c.facts.titles.length ? <List items={c.facts.titles} /> : dash),
    },
    {
      key: "employer",
      label: "Most recent employer",
      value: (c) => c.facts.recentEmployer ?? "",
      cell: (c) => c.facts.recentEmployer ?? dash,
    },
  ];

  return (
    // `relative`: screen-reader-only text in the cells is absolutely positioned; without a
    // positioned scroll box it escapes the box and widens the page at 390 px.
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white" data-testid="compare-table">
      <table className="w-full min-w-[36rem] table-fixed border-collapse text-left text-sm">
        <caption className="sr-only">Candidates side by side</caption>
        <colgroup>
          <col className="w-32 sm:w-40" />
          {columns.map((c) => (
            <col key={c.id} />
          ))}
        </colgroup>
        <thead>
          <tr className="border-b border-slate-200">
            <td className="sticky left-0 bg-white" />
            {columns.map((c) => (
              <th key={c.id} scope="col" className="p-3 align-top" data-testid="compare-column">
                <Link
                  href={`/jobs/${jobId}/candidates/${c.id}`}
                  className="font-semibold text-slate-900 underline-offset-2 hover:underline"
                >
                  {c.label}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => {
            const differs = r.value ? new Set(columns.map(r.value)).size > 1 : false;
            return (
              <tr key={r.key} data-testid={`compare-row-${r.key}`} className={cn(differs && "bg-amber-50/50")}>
                <th scope="row" className="sticky left-0 bg-white p-3 align-top text-xs font-semibold text-slate-600">
                  {r.label}
                  {differs ? <span className="ml-1 font-normal text-amber-800">· differs</span> : null}
                </th>
                {columns.map((c) => (
                  <td key={c.id} className="p-3 align-top text-slate-800">
                    {r.cell(c)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
