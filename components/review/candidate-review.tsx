"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { DecisionButtons } from "@/components/ranking/ranking-list";
import { DECISION_LABEL, type DecisionValue, type RejectReasonValue } from "@/lib/review/labels";
import { buttonClass } from "@/components/ui/button";
import { DecisionBadge } from "./decision-badge";
import { RejectDialog } from "./reject-dialog";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { useReview } from "./use-review";
import { useShortcuts } from "./use-shortcuts";

export interface CandidateReviewProps {
  app: { id: string; name: string };
  decision: DecisionValue;
  rejectReason: RejectReasonValue | null;
  rejectReasonText: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  decidedOnVersion: number | null;
  decidedOnStale: boolean;
  /** The decision was made with Hide identities on. */
  decidedBlind: boolean;
  /** Recruiters and admins decide; a hiring manager reads (and notes) only. */
  canDecide: boolean;
  position: number | null;
  total: number;
  backHref: string;
  previousHref: string | null;
  nextHref: string | null;
  nextUndecidedHref: string | null;
}

/**
 * The candidate page's review strip: walk the ranking (Previous / Next, j / k) in the list's
 * own filter and sort, decide (Advance / Hold / Reject, a / h / r), and optionally jump to the
 * next undecided candidate afterwards. Walking replaces the history entry, so the browser's
 * Back returns to the ranking, not to the previous candidate.
 */
export function CandidateReview(p: CandidateReviewProps) {
  const router = useRouter();
  const review = useReview();
  const [rejecting, setRejecting] = useState(false);
  const [shortcuts, setShortcuts] = useState(false);
  const [thenNext, setThenNext] = useState(false);

  const afterDecision = () => {
    setRejecting(false);
    if (thenNext && p.nextUndecidedHref) router.replace(p.nextUndecidedHref);
  };
  const decide = (d: DecisionValue) => {
    if (!p.canDecide) return;
    if (d === "REJECT") return setRejecting(true);
    review.decideOne(p.app, { decision: d }, afterDecision);
  };

  useShortcuts({
    j: () => p.nextHref && router.replace(p.nextHref),
    k: () => p.previousHref && router.replace(p.previousHref),
    a: () => decide("ADVANCE"),
    h: () => decide("HOLD"),
    r: () => decide("REJECT"),
    n: () => document.getElementById("note-body")?.focus(),
    "?": () => setShortcuts(true),
  });

  const link = buttonClass("secondary", "sm");
  const off = `${link} pointer-events-none opacity-50`;
  return (
    <>
      <nav aria-label="Candidates in this list" className="mb-4 flex flex-wrap items-center gap-2 text-sm">
        <Link href={p.backHref} className="font-medium text-brand-700 underline">
          Back to ranking
        </Link>
        <span className="ml-auto flex items-center gap-2">
          {p.previousHref ? (
            <Link href={p.previousHref} replace className={link} rel="prev" aria-keyshortcuts="k">
              Previous
            </Link>
          ) : (
            <span className={off} aria-disabled="true">
              Previous
            </span>
          )}
          {p.position !== null ? (
            <span className="tabular-nums text-slate-600">
              {p.position} of {p.total}
            </span>
          ) : null}
          {p.nextHref ? (
            <Link href={p.nextHref} replace className={link} rel="next" aria-keyshortcuts="j">
              Next
            </Link>
          ) : (
            <span className={off} aria-disabled="true">
              Next
            </span>
          )}
          <ShortcutsDialog where="candidate" canDecide={p.canDecide} open={shortcuts} onOpenChange={setShortcuts} />
        </span>
      </nav>
      <Card className="mb-6">
        <div className="flex flex-wrap items-center gap-3">
          <h2 className="text-base font-semibold text-slate-900">Decision</h2>
          {p.decision === "UNDECIDED" ? (
            <span className="text-sm text-slate-600">Undecided</span>
          ) : (
            <DecisionBadge
              decision={p.decision}
              reason={p.rejectReason}
              reasonText={p.rejectReasonText}
              decidedOnVersion={p.decidedOnVersion}
              decidedOnStale={p.decidedOnStale}
            />
          )}
          {p.decision !== "UNDECIDED" && p.decidedByName ? (
            <span className="text-xs text-slate-600">
              {DECISION_LABEL[p.decision]} by {p.decidedByName}
              {p.decidedAt ? ` on ${new Date(p.decidedAt).toLocaleString("en-GB", { timeZone: "UTC" })} UTC` : ""}
              {p.decidedBlind ? " · decided blind" : ""}
            </span>
          ) : null}
          {p.canDecide ? (
            <span className="ml-auto">
              <DecisionButtons decision={p.decision} busy={review.pending} onDecide={decide} />
            </span>
          ) : null}
        </div>
        {p.canDecide ? (
          <label className="mt-3 flex items-center gap-2 text-sm text-slate-700">
            <input type="checkbox" checked={thenNext} onChange={(e) => setThenNext(e.target.checked)} />
            After deciding, go to the next undecided candidate
          </label>
        ) : null}
        {review.error ? (
          <Notice tone="error" className="mt-3">
            {review.error}
          </Notice>
        ) : null}
        {review.message ? (
          <Notice tone="success" className="mt-3">
            {review.message}
          </Notice>
        ) : null}
      </Card>
      <RejectDialog
        open={rejecting}
        title={`Reject ${p.app.name}`}
        pending={review.pending}
        onClose={() => setRejecting(false)}
        onConfirm={(reason, reasonText) =>
          review.decideOne(p.app, { decision: "REJECT", reason, reasonText }, afterDecision)
        }
      />
    </>
  );
}
