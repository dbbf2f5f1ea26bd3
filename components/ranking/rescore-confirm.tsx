"use client";

import { useEffect, useState } from "react";
import { ConfirmDialog } from "@/components/ui/dialog";
import { useActions } from "@/components/actions";
import type { RescorePreview } from "@/lib/scoring/commands";

type RescoreInput = { jobId: string; scope: "one" | "selected" | "stale"; applicationIds?: string[] };

const plural = (n: number) => `${n} candidate${n === 1 ? "" : "s"}`;

/**
 * The confirmation before any rescore (one, selected, all stale): what exactly will be rescored,
 * counted by current band and by decision, and that each rescore is billed. The counts come
 * from the server's own selection (previewRescore), so they are what the rescore will take.
 */
export function RescoreConfirm({
  open,
  input,
  count,
  pending,
  onConfirm,
  onClose,
}: {
  open: boolean;
  input: RescoreInput;
  /** What the page believes it will take (the title until the server's count arrives). */
  count: number;
  pending: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { previewRescore } = useActions();
  const [state, setState] = useState<{ key: string; preview?: RescorePreview; error?: string } | null>(null);
  const key = JSON.stringify(input);
  useEffect(() => {
    if (!open) return;
    let live = true;
    previewRescore(input).then(
      (res) => live && setState(res.ok ? { key, preview: res.data } : { key, error: res.error }),
      () => live && setState({ key, error: "Couldn’t count the candidates. Try again." }),
    );
    return () => {
      live = false;
    };
    // `key` stands for `input` (a new array each render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, key, previewRescore]);
  const current = state?.key === key ? state : null;
  const preview = current?.preview;
  const n = preview?.total ?? count;
  // Confirming before the counts arrive is fine: the rescore makes the same selection itself.
  return (
    <ConfirmDialog
      open={open}
      title={`Rescore ${plural(n)}?`}
      confirmLabel={`Rescore ${n}`}
      pending={pending}
      onClose={onClose}
      onConfirm={onConfirm}
    >
      <div className="space-y-3" data-testid="rescore-preview">
        {current?.error ? (
          <p className="text-red-800">{current.error}</p>
        ) : !preview ? (
          <p aria-busy="true">Counting the candidates…</p>
        ) : (
          <>
            <p>
              {input.scope === "stale"
                ? `${plural(n)} ${n === 1 ? "was" : "were"} scored on an older criteria version. Nova will score ${n === 1 ? "it" : "them"} again on the active version`
                : `Nova will score ${n === 1 ? "this candidate" : `these ${plural(n)}`} again on the active criteria`}
              ; each rescore is billed like a new score. Current scores stay visible until the new ones arrive.
            </p>
            <div className="grid gap-3 sm:grid-cols-2">
              <Breakdown title="By current band" rows={preview.byBand.map((b) => [b.label, b.count])} />
              <Breakdown title="By decision" rows={preview.byDecision.map((d) => [d.label, d.count])} />
            </div>
          </>
        )}
      </div>
    </ConfirmDialog>
  );
}

function Breakdown({ title, rows }: { title: string; rows: [string, number][] }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="pb-1 text-left text-xs font-semibold uppercase text-slate-500">{title}</caption>
      <tbody>
        {rows.map(([label, count]) => (
          <tr key={label} className="border-t border-slate-100">
            <th scope="row" className="py-1 pr-2 font-normal text-slate-700">
              {label}
            </th>
            <td className="py-1 text-right font-semibold tabular-nums text-slate-900">{count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
