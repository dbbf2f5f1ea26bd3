"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActions } from "@/components/actions";
import type { PipelineStatusValue } from "@/lib/applications/ranking-filters";
import type { Assessment } from "@/lib/applications/queries";
import { firstSentence } from "./first-sentence";
import { ScoreCell } from "./score";
import { canRescore, PipelineStatus, VersionBadge } from "./status";
import { useJobMutation } from "./use-job-mutation";
import { CompareLink } from "@/components/views/compare-link";

export interface RankingRowView {
  id: string;
  candidateName: string;
  candidateEmail: string | null;
  pipelineStatus: PipelineStatusValue;
  errorMessage: string | null;
  score: number | null;
  rank: number | null;
  versionNumber: number | null;
  stale: boolean;
  assessment: Assessment | null;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function RankingList({ jobId, rows, isAdmin }: { jobId: string; rows: RankingRowView[]; isAdmin: boolean }) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const { rescoreApplications, submitApplications } = useActions();
  const { run, pending, error, message } = useJobMutation(jobId);
  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const selectedRows = rows.filter((r) => selected.has(r.id));
  const submittable = selectedRows.filter((r) => r.pipelineStatus === "NOT_SUBMITTED").map((r) => r.id);
  const rescorable = selectedRows.filter((r) => canRescore(r.pipelineStatus)).map((r) => r.id);
  const allSelected = rows.length > 0 && selected.size === rows.length;
  const clear = () => setSelected(new Set());

  return (
    <div>
      <div className="mb-3 flex min-h-9 flex-wrap items-center gap-2" aria-label="Bulk actions" role="group">
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input
            type="checkbox"
            checked={allSelected}
            onChange={(e) => setSelected(e.target.checked ? new Set(rows.map((r) => r.id)) : new Set())}
          />
          Select all on this page
        </label>
        {selected.size > 0 ? <span className="text-sm text-slate-600">{selected.size} selected</span> : null}
        <CompareLink jobId={jobId} ids={selectedRows.map((r) => r.id)} />
        {submittable.length > 0 ? (
          <Button
            size="sm"
            variant="secondary"
            pending={pending}
            onClick={() =>
              run(
                () => submitApplications({ jobId, applicationIds: submittable }),
                (n) => `Submitted ${plural(n, "candidate")} for scoring.`,
                clear,
              )
            }
          >
            Submit selected ({submittable.length})
          </Button>
        ) : null}
        {isAdmin && rescorable.length > 0 ? (
          <Button
            size="sm"
            variant="secondary"
            pending={pending}
            onClick={() =>
              run(
                () => rescoreApplications({ jobId, scope: "selected", applicationIds: rescorable }),
                (n) => `Rescoring ${plural(n, "candidate")}.`,
                clear,
              )
            }
          >
            Rescore selected ({rescorable.length})
          </Button>
        ) : null}
      </div>
      {error ? (
        <Notice tone="error" className="mb-3">
          {error}
        </Notice>
      ) : null}
      {message ? (
        <Notice tone="success" className="mb-3">
          {message}
        </Notice>
      ) : null}
      <ol className="space-y-2" aria-label="Candidates, best score first">
        {rows.map((row) => (
          <RankingRow
            key={row.id}
            jobId={jobId}
            row={row}
            isAdmin={isAdmin}
            selected={selected.has(row.id)}
            onSelect={(on) => toggle(row.id, on)}
            run={run}
            busy={pending}
          />
        ))}
      </ol>
    </div>
  );
}

function RankingRow({
  jobId,
  row,
  isAdmin,
  selected,
  onSelect,
  run,
  busy,
}: {
  jobId: string;
  row: RankingRowView;
  isAdmin: boolean;
  selected: boolean;
  onSelect: (on: boolean) => void;
  run: ReturnType<typeof useJobMutation>["run"];
  busy: boolean;
}) {
  const { rescoreApplications, submitApplications } = useActions();
  const [open, setOpen] = useState(false);
  const a = row.assessment;
  const detailsId = `details-${row.id}`;
  const href = `/jobs/${jobId}/candidates/${row.id}`;
  return (
    <li
      className="rounded-lg border border-slate-200 bg-white shadow-sm"
      data-testid="ranking-row"
      data-application-id={row.id}
    >
      <div className="flex flex-wrap items-start gap-3 p-3 sm:flex-nowrap sm:p-4">
        <input
          type="checkbox"
          className="mt-1"
          checked={selected}
          onChange={(e) => onSelect(e.target.checked)}
          aria-label={`Select ${row.candidateName}`}
        />
        <div className="w-9 shrink-0 pt-0.5 text-sm font-semibold tabular-nums text-slate-600" data-testid="rank">
          {row.rank !== null ? (
            <>
              <span className="sr-only">Rank </span>#{row.rank}
            </>
          ) : (
            <span aria-label="Not ranked">–</span>
          )}
        </div>
        <ScoreCell score={row.score} pending={row.pipelineStatus === "PENDING"} />
        <div className="min-w-0 flex-1 basis-48">
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <Link
              href={href}
              className="font-semibold text-slate-900 hover:text-brand-700 hover:underline"
              data-testid="candidate-name"
            >
              {row.candidateName}
            </Link>
            <PipelineStatus status={row.pipelineStatus} reason={row.errorMessage} />
            <VersionBadge number={row.versionNumber} stale={row.stale} />
          </div>
          {a ? (
            <>
              <p className="mt-1 line-clamp-2 text-sm text-slate-700" data-testid="verdict-summary">
                {firstSentence(a.verdict)}
              </p>
              <ul
                className="mt-1 flex flex-col gap-0.5 text-xs text-slate-600 lg:flex-row lg:gap-4"
                aria-label="At a glance"
              >
                {a.strengths[0] ? (
                  <li className="line-clamp-1 lg:max-w-[50%]">
                    <span className="font-semibold text-green-800">+ </span>
                    <span className="sr-only">Strength: </span>
                    {a.strengths[0]}
                    {a.strengths.length > 1 ? (
                      <span className="text-slate-500"> (+{a.strengths.length - 1})</span>
                    ) : null}
                  </li>
                ) : null}
                {a.concerns[0] ? (
                  <li className="line-clamp-1 lg:max-w-[50%]">
                    <span className="font-semibold text-red-800">− </span>
                    <span className="sr-only">Concern: </span>
                    {a.concerns[0]}
                    {a.concerns.length > 1 ? <span className="text-slate-500"> (+{a.concerns.length - 1})</span> : null}
                  </li>
                ) : null}
              </ul>
            </>
          ) : null}
        </div>
        <div className="flex w-full flex-wrap justify-end gap-1 sm:w-auto sm:shrink-0">
          {a ? (
            <Button
              variant="ghost"
              size="sm"
              aria-expanded={open}
              aria-controls={detailsId}
              onClick={() => setOpen((o) => !o)}
            >
              {/* A stable name; the state is aria-expanded (and the chevron). */}
              Details<span className="sr-only"> for {row.candidateName}</span>
              <span aria-hidden="true" className={open ? "rotate-180 transition-transform" : "transition-transform"}>
                ▾
              </span>
            </Button>
          ) : null}
          {row.pipelineStatus === "NOT_SUBMITTED" ? (
            <Button
              size="sm"
              variant="secondary"
              disabled={busy}
              onClick={() =>
                run(
                  () => submitApplications({ jobId, applicationIds: [row.id] }),
                  () => `Submitted ${row.candidateName} for scoring.`,
                )
              }
            >
              Submit<span className="sr-only"> {row.candidateName}</span>
            </Button>
          ) : null}
          {isAdmin && canRescore(row.pipelineStatus) ? (
            <Button
              size="sm"
              variant="secondary"
              disabled={busy}
              onClick={() =>
                run(
                  () => rescoreApplications({ jobId, scope: "one", applicationIds: [row.id] }),
                  () => `Rescoring ${row.candidateName}.`,
                )
              }
            >
              Rescore<span className="sr-only"> {row.candidateName}</span>
            </Button>
          ) : null}
        </div>
      </div>
      {a ? (
        <div id={detailsId} hidden={!open} className="border-t border-slate-100 px-4 py-4 sm:pl-40">
          <p className="text-sm text-slate-800">{a.verdict}</p>
          <div className="mt-3 grid gap-4 md:grid-cols-3">
            <AssessmentList title="Strengths" items={a.strengths} />
            <AssessmentList title="Concerns" items={a.concerns} />
            <AssessmentList title="Interview focus" items={a.interviewFocus} />
          </div>
        </div>
      ) : null}
    </li>
  );
}

export function AssessmentList({ title, items }: { title: string; items: string[] }) {
  return (
    <div>
      <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-600">{title}</h4>
      {items.length ? (
        <ul className="mt-1 list-disc space-y-1 pl-4 text-sm text-slate-800">
          {items.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-slate-500">None noted.</p>
      )}
    </div>
  );
}
