"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { Notice } from "@/components/ui/notice";
import { DecisionBadge } from "@/components/review/decision-badge";
import { NoteDialog } from "@/components/review/note-dialog";
import { RejectDialog } from "@/components/review/reject-dialog";
import { ShortcutsDialog } from "@/components/review/shortcuts-dialog";
import { useReview } from "@/components/review/use-review";
import { useSelection } from "@/components/review/use-selection";
import { useShortcuts } from "@/components/review/use-shortcuts";
import { useActions } from "@/components/actions";
import type { PipelineStatusValue } from "@/lib/applications/ranking-filters";
import type { Assessment } from "@/lib/applications/queries";
import type { DecisionValue, RejectReasonValue } from "@/lib/review/labels";
import { firstSentence } from "./first-sentence";
import { ScoreCell } from "./score";
import { canRescore, PipelineStatus, VersionBadge } from "./status";
import { useJobMutation } from "./use-job-mutation";
import { RescoreConfirm } from "./rescore-confirm";
import { RescoreReportLink } from "./rescore-stale";
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
  decision: DecisionValue;
  rejectReason: RejectReasonValue | null;
  rejectReasonText: string | null;
  decidedOnVersion: number | null;
  decidedOnStale: boolean;
  noteCount: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The row to return to after opening a candidate. */
export const focusKey = (jobId: string) => `shortlist:focus:${jobId}`;

type Dialog =
  | { kind: "reject-one"; row: RankingRowView }
  | { kind: "reject-many" }
  | { kind: "note"; row: RankingRowView }
  | { kind: "confirm-many"; decision: "ADVANCE" | "HOLD" }
  | { kind: "shortcuts" }
  | { kind: "rescore"; scope: "one" | "selected"; ids: string[]; done: string }
  | null;

/**
 * The ranking as a review queue: a focused row moved with j/k, opened with Enter/o, decided
 * with a/h/r, noted with n, selected with x. Every key has a visible button. The selection is
 * kept per job in sessionStorage so it can span pages (bulk decisions act on all of it).
 */
export function RankingList({
  jobId,
  rows,
  isAdmin,
  canReview = true,
  listQuery,
}: {
  jobId: string;
  rows: RankingRowView[];
  isAdmin: boolean;
  /**
   * Recruiters and admins submit and decide; a hiring manager reads, selects for Compare and
   * takes notes, so the list shows them no Submit, decision or rescore controls.
   */
  canReview?: boolean;
  /** The ranking's filters and sort as a query string, carried to the candidate page. */
  listQuery: string;
}) {
  const router = useRouter();
  const { selected, save } = useSelection(jobId);
  const [focus, setFocus] = useState(0);
  const [dialog, setDialog] = useState<Dialog>(null);
  const { rescoreApplications, submitApplications } = useActions();
  const { run, pending, error, message, reportId } = useJobMutation(jobId);
  const review = useReview();
  const listRef = useRef<HTMLOListElement>(null);

  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    save(next);
  };
  const clear = () => save(new Set());

  const focusRow = useCallback((i: number) => {
    const el = listRef.current?.children[i] as HTMLElement | undefined;
    // Focusing the row sets `focus` through its onFocus handler.
    el?.focus();
    el?.scrollIntoView({ block: "nearest" });
    if (!el) setFocus(i);
  }, []);

  // Back from a candidate: focus the row that was opened (or the one named in the hash).
  useEffect(() => {
    const target = window.location.hash.replace(/^#candidate-/, "") || sessionStorage.getItem(focusKey(jobId));
    const i = rows.findIndex((r) => r.id === target);
    if (i >= 0) focusRow(i);
    // Only on arrival: later re-renders (after a decision) keep the current focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [jobId]);

  const hrefOf = (row: RankingRowView) => `/jobs/${jobId}/candidates/${row.id}${listQuery}`;
  const open = (row: RankingRowView) => {
    sessionStorage.setItem(focusKey(jobId), row.id);
    router.push(hrefOf(row));
  };
  const current = rows[Math.min(focus, rows.length - 1)];
  const decide = (row: RankingRowView, decision: DecisionValue) =>
    review.decideOne({ id: row.id, name: row.candidateName }, { decision });

  useShortcuts({
    j: () => focusRow(Math.min(focus + 1, rows.length - 1)),
    k: () => focusRow(Math.max(focus - 1, 0)),
    Enter: (e) => {
      // Enter on a button or link inside the page keeps its own meaning.
      if (e.target instanceof HTMLElement && e.target.closest("button, a, summary")) return false;
      if (current) open(current);
    },
    o: () => current && open(current),
    x: () => current && toggle(current.id, !selected.has(current.id)),
    a: () => canReview && current && decide(current, "ADVANCE"),
    h: () => canReview && current && decide(current, "HOLD"),
    r: () => canReview && current && setDialog({ kind: "reject-one", row: current }),
    n: () => current && setDialog({ kind: "note", row: current }),
    "/": () => document.getElementById("f-q")?.focus(),
    "?": () => setDialog({ kind: "shortcuts" }),
  });

  const selectedRows = rows.filter((r) => selected.has(r.id));
  const submittable = canReview
    ? selectedRows.filter((r) => r.pipelineStatus === "NOT_SUBMITTED").map((r) => r.id)
    : [];
  const rescorable = selectedRows.filter((r) => canRescore(r.pipelineStatus)).map((r) => r.id);
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const selectedIds = [...selected];
  const closeDialog = () => setDialog(null);

  return (
    <div>
      <div className="mb-3 flex min-h-9 flex-wrap items-center gap-2" aria-label="Bulk actions" role="group">
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input
            type="checkbox"
            checked={allSelected}
            onChange={(e) => {
              const next = new Set(selected);
              for (const r of rows) {
                if (e.target.checked) next.add(r.id);
                else next.delete(r.id);
              }
              save(next);
            }}
          />
          Select all on this page
        </label>
        {selected.size > 0 ? (
          <>
            <span className="text-sm text-slate-600" data-testid="selected-count">
              {selected.size} selected
            </span>
            <Button size="sm" variant="ghost" onClick={clear}>
              Clear selection
            </Button>
          </>
        ) : null}
        {selected.size > 0 && canReview ? (
          <>
            <Button
              size="sm"
              variant="secondary"
              pending={review.pending}
              onClick={() => setDialog({ kind: "confirm-many", decision: "ADVANCE" })}
            >
              Advance selected
            </Button>
            <Button
              size="sm"
              variant="secondary"
              pending={review.pending}
              onClick={() => setDialog({ kind: "confirm-many", decision: "HOLD" })}
            >
              Hold selected
            </Button>
            <Button
              size="sm"
              variant="secondary"
              pending={review.pending}
              onClick={() => setDialog({ kind: "reject-many" })}
            >
              Reject selected
            </Button>
          </>
        ) : null}
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
            onClick={() => setDialog({ kind: "rescore", scope: "selected", ids: rescorable, done: "selected" })}
          >
            Rescore selected ({rescorable.length})
          </Button>
        ) : null}
        <span className="ml-auto">
          <ShortcutsDialog
            where="ranking"
            canDecide={canReview}
            open={dialog?.kind === "shortcuts"}
            onOpenChange={(o) => setDialog(o ? { kind: "shortcuts" } : null)}
          />
        </span>
      </div>
      {error || review.error ? (
        <Notice tone="error" className="mb-3">
          {error ?? review.error}
        </Notice>
      ) : null}
      {message || review.message ? (
        <Notice tone="success" className="mb-3">
          {review.message ?? message}
          {!review.message && reportId ? (
            <>
              {" "}
              <RescoreReportLink jobId={jobId} operationId={reportId} />
            </>
          ) : null}
        </Notice>
      ) : null}
      <ol ref={listRef} className="space-y-2" aria-label="Candidates, best score first">
        {rows.map((row, i) => (
          <RankingRow
            key={row.id}
            href={hrefOf(row)}
            row={row}
            isAdmin={isAdmin}
            canReview={canReview}
            focused={i === focus}
            selected={selected.has(row.id)}
            onSelect={(on) => toggle(row.id, on)}
            onFocusWithin={() => setFocus(i)}
            onOpen={() => sessionStorage.setItem(focusKey(jobId), row.id)}
            onDecide={(d) => (d === "REJECT" ? setDialog({ kind: "reject-one", row }) : decide(row, d))}
            onRescore={() => setDialog({ kind: "rescore", scope: "one", ids: [row.id], done: row.candidateName })}
            run={run}
            jobId={jobId}
            busy={pending || review.pending}
          />
        ))}
      </ol>
      {/* Decision dialogs only for those who decide (the server refuses anyone else). */}
      {canReview ? (
        <>
          <RejectDialog
            open={dialog?.kind === "reject-one" || dialog?.kind === "reject-many"}
            title={
              dialog?.kind === "reject-one"
                ? `Reject ${dialog.row.candidateName}`
                : `Reject ${plural(selected.size, "candidate")}`
            }
            pending={review.pending}
            onClose={closeDialog}
            onConfirm={(reason, reasonText) => {
              if (dialog?.kind === "reject-one")
                review.decideOne(
                  { id: dialog.row.id, name: dialog.row.candidateName },
                  { decision: "REJECT", reason, reasonText },
                  closeDialog,
                );
              else
                review.decideMany(jobId, selectedIds, { decision: "REJECT", reason, reasonText }, () => {
                  closeDialog();
                  clear();
                });
            }}
          />
          <ConfirmDialog
            open={dialog?.kind === "confirm-many"}
            title={
              dialog?.kind === "confirm-many"
                ? `${dialog.decision === "ADVANCE" ? "Advance" : "Hold"} ${plural(selected.size, "candidate")}?`
                : ""
            }
            confirmLabel={dialog?.kind === "confirm-many" && dialog.decision === "HOLD" ? "Hold" : "Advance"}
            pending={review.pending}
            onClose={closeDialog}
            onConfirm={() => {
              if (dialog?.kind !== "confirm-many") return;
              review.decideMany(jobId, selectedIds, { decision: dialog.decision }, () => {
                closeDialog();
                clear();
              });
            }}
          >
            The decision applies to all {plural(selected.size, "selected candidate")}, on every page, and is recorded in
            the audit log.
          </ConfirmDialog>
        </>
      ) : null}
      {dialog?.kind === "rescore" ? (
        <RescoreConfirm
          open
          input={{ jobId, scope: dialog.scope, applicationIds: dialog.ids }}
          count={dialog.ids.length}
          pending={pending}
          onClose={closeDialog}
          onConfirm={() =>
            run(
              () => rescoreApplications({ jobId, scope: dialog.scope, applicationIds: dialog.ids }),
              (n) => (dialog.scope === "one" ? `Rescoring ${dialog.done}.` : `Rescoring ${plural(n, "candidate")}.`),
              () => {
                closeDialog();
                if (dialog.scope === "selected") clear();
              },
              { rescore: true },
            )
          }
        />
      ) : null}
      <NoteDialog
        open={dialog?.kind === "note"}
        title={dialog?.kind === "note" ? `Note on ${dialog.row.candidateName}` : "Note"}
        pending={review.pending}
        onClose={closeDialog}
        onSave={(body) => {
          if (dialog?.kind === "note")
            review.addNote({ id: dialog.row.id, name: dialog.row.candidateName }, body, closeDialog);
        }}
      />
    </div>
  );
}

function RankingRow({
  jobId,
  href,
  row,
  isAdmin,
  canReview,
  focused,
  selected,
  onSelect,
  onFocusWithin,
  onOpen,
  onDecide,
  onRescore,
  run,
  busy,
}: {
  jobId: string;
  href: string;
  row: RankingRowView;
  isAdmin: boolean;
  canReview: boolean;
  focused: boolean;
  selected: boolean;
  onSelect: (on: boolean) => void;
  onFocusWithin: () => void;
  onOpen: () => void;
  onDecide: (d: DecisionValue) => void;
  onRescore: () => void;
  run: ReturnType<typeof useJobMutation>["run"];
  busy: boolean;
}) {
  const { submitApplications } = useActions();
  const [open, setOpen] = useState(false);
  const a = row.assessment;
  const detailsId = `details-${row.id}`;
  return (
    <li
      id={`candidate-${row.id}`}
      tabIndex={-1}
      aria-label={row.candidateName}
      aria-current={focused ? "true" : undefined}
      onFocus={onFocusWithin}
      className={
        "rounded-lg border bg-white shadow-sm outline-none " +
        (focused ? "border-brand-500 ring-2 ring-brand-500/40" : "border-slate-200")
      }
      data-testid="ranking-row"
      data-application-id={row.id}
      data-focused={focused || undefined}
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
              onClick={onOpen}
              className="font-semibold text-slate-900 hover:text-brand-700 hover:underline"
              data-testid="candidate-name"
            >
              {row.candidateName}
            </Link>
            <PipelineStatus status={row.pipelineStatus} reason={row.errorMessage} />
            <VersionBadge number={row.versionNumber} stale={row.stale} />
            <DecisionBadge
              decision={row.decision}
              reason={row.rejectReason}
              reasonText={row.rejectReasonText}
              decidedOnVersion={row.decidedOnVersion}
              decidedOnStale={row.decidedOnStale}
            />
            {row.noteCount > 0 ? (
              <span className="text-xs text-slate-600" data-testid="note-count">
                {plural(row.noteCount, "note")}
              </span>
            ) : null}
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
        <div className="flex w-full flex-wrap justify-end gap-1 sm:w-auto sm:max-w-64 sm:shrink-0">
          {canReview ? <DecisionButtons decision={row.decision} busy={busy} onDecide={onDecide} /> : null}
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
          {canReview && row.pipelineStatus === "NOT_SUBMITTED" ? (
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
            <Button size="sm" variant="secondary" disabled={busy} onClick={onRescore}>
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

/**
 * Advance / Hold / Reject (the a/h/r keys), and Undo decision once decided. The names are
 * exactly these words: the row (a labelled list item) says whom they act on.
 */
export function DecisionButtons({
  decision,
  busy,
  onDecide,
}: {
  decision: DecisionValue;
  busy: boolean;
  onDecide: (d: DecisionValue) => void;
}) {
  const choices: [Exclude<DecisionValue, "UNDECIDED">, string][] = [
    ["ADVANCE", "Advance"],
    ["HOLD", "Hold"],
    ["REJECT", "Reject"],
  ];
  return (
    <span className="inline-flex flex-wrap gap-1" role="group" aria-label="Review actions">
      {choices.map(([d, label]) => (
        <Button
          key={d}
          size="sm"
          variant="secondary"
          disabled={busy || decision === d}
          aria-pressed={decision === d}
          onClick={() => onDecide(d)}
        >
          {label}
        </Button>
      ))}
      {decision !== "UNDECIDED" ? (
        <Button size="sm" variant="ghost" disabled={busy} onClick={() => onDecide("UNDECIDED")}>
          Undo decision
        </Button>
      ) : null}
    </span>
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
