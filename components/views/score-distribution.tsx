"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useId, useRef, useState, useTransition, type KeyboardEvent, type PointerEvent } from "react";
import {
  clampThreshold,
  countAtOrAbove,
  MAX_SCORE,
  MIN_SCORE,
  type ScoreDistribution as Distribution,
} from "@/lib/applications/distribution-bins";
import { scoreBand, type BandKey } from "@/lib/nova/bands";
import { DECISION_LABEL, type DecisionValue } from "@/lib/review/labels";

/** One colour per stack layer; decisions add layers without changing the chart's geometry. */
export interface DistributionLayer {
  key: string;
  label: string;
  /** Count per score, index 0 = score 1. */
  bins: number[];
  className: string;
}

const BAR_FILL: Record<BandKey, string> = {
  exceptional: "fill-emerald-500",
  strong: "fill-green-500",
  mixed: "fill-amber-400",
  gaps: "fill-orange-400",
  missing: "fill-red-400",
};

// Bottom to top: the decided layers first, so "still to decide" sits on top of each bar.
const DECISION_LAYERS: [DecisionValue, string][] = [
  ["ADVANCE", "fill-emerald-600"],
  ["HOLD", "fill-amber-400"],
  ["REJECT", "fill-red-400"],
  ["UNDECIDED", "fill-slate-300"],
];

/** Stack layers from the per-decision bins (null while nothing has been decided). */
export function decisionLayers(byDecision: Record<DecisionValue, number[]> | null | undefined): DistributionLayer[] {
  if (!byDecision) return [];
  return DECISION_LAYERS.map(([d, className]) => ({
    key: d,
    label: DECISION_LABEL[d],
    bins: byDecision[d] ?? [],
    className,
  }));
}

const W = 400;
const H = 96;
const BAR_W = W / MAX_SCORE;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * The job's histogram of current scores with a threshold line. The line moves by pointer drag or
 * by keyboard (a proper slider), updates "N candidates at or above T" at once, and applies
 * `min=T` to the ranking URL so the list follows. Pending and failed candidates have no score to
 * place, so they are counted beside the chart rather than in a bar.
 */
export function ScoreDistribution({
  distribution,
  threshold: initial,
  layers: given,
}: {
  /** With `byDecision` (once decisions exist) the bars are stacked by decision. */
  distribution: Distribution & { byDecision?: Record<DecisionValue, number[]> | null };
  threshold: number | null;
  /** Stacked layers; by default the decisions' (if any), else bars are coloured by band. */
  layers?: DistributionLayer[];
}) {
  const layers = given ?? decisionLayers(distribution.byDecision);
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [threshold, setThreshold] = useState(clampThreshold(initial ?? MIN_SCORE));
  // Follow the URL when something else (the filters form, back/forward) changes `min`.
  const [seen, setSeen] = useState(initial);
  if (seen !== initial) {
    setSeen(initial);
    setThreshold(clampThreshold(initial ?? MIN_SCORE));
  }
  const [navigating, startTransition] = useTransition();
  const chartRef = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);
  const headingId = useId();
  const tableId = useId();

  const { bins, pending, failed } = distribution;
  const scored = bins.reduce((a, b) => a + b, 0);
  const max = Math.max(1, ...bins);
  const atOrAbove = countAtOrAbove(bins, threshold);

  const apply = (t: number) => {
    const params = new URLSearchParams(searchParams.toString());
    params.set("min", String(t));
    params.delete("page");
    startTransition(() => router.replace(`${pathname}?${params.toString()}`, { scroll: false }));
  };
  const move = (t: number, commit: boolean) => {
    const next = clampThreshold(t);
    if (next !== threshold) setThreshold(next);
    if (commit) apply(next);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const step: Record<string, number> = {
      ArrowRight: 1,
      ArrowUp: 1,
      ArrowLeft: -1,
      ArrowDown: -1,
      PageUp: 2,
      PageDown: -2,
    };
    if (e.key in step) move(threshold + step[e.key]!, true);
    else if (e.key === "Home") move(MIN_SCORE, true);
    else if (e.key === "End") move(MAX_SCORE, true);
    else return;
    e.preventDefault();
  };

  const fromPointer = (e: PointerEvent) => {
    const box = chartRef.current?.getBoundingClientRect();
    if (!box || box.width === 0) return threshold;
    // The line sits on the left edge of bar T, so round to the nearest edge.
    return clampThreshold(Math.round(((e.clientX - box.left) / box.width) * MAX_SCORE) + 1);
  };
  const onPointerDown = (e: PointerEvent) => {
    dragging.current = true;
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    move(fromPointer(e), false);
  };
  const onPointerMove = (e: PointerEvent) => {
    if (dragging.current) move(fromPointer(e), false);
  };
  const onPointerUp = (e: PointerEvent) => {
    if (!dragging.current) return;
    dragging.current = false;
    move(fromPointer(e), true);
  };

  const peak = bins.indexOf(Math.max(...bins));
  const summary =
    scored === 0
      ? `Score distribution: no scored candidates yet${pending ? `, ${pending} pending` : ""}.`
      : `Score distribution: ${plural(scored, "scored candidate")}, most at score ${peak + 1}; ` +
        (layers.length
          ? `by decision ${layers.map((l) => `${l.bins.reduce((a, b) => a + b, 0)} ${l.label.toLowerCase()}`).join(", ")}; `
          : "") +
        `${pending} pending, ${failed} failed; threshold ${threshold} with ${atOrAbove} at or above.`;
  const lineX = (threshold - 1) * BAR_W;

  return (
    <section
      aria-labelledby={headingId}
      className="mb-4 rounded-lg border border-slate-200 bg-white p-3 sm:p-4"
      data-testid="score-distribution"
    >
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={headingId} className="text-sm font-semibold text-slate-900">
          Score distribution
        </h2>
        <p className="text-sm text-slate-700" aria-live="polite" data-testid="threshold-count">
          <span className="font-semibold tabular-nums">{atOrAbove}</span> candidate{atOrAbove === 1 ? "" : "s"} at or
          above <span className="font-semibold tabular-nums">{threshold}</span>
          {navigating ? <span className="sr-only"> (updating the list)</span> : null}
        </p>
      </div>
      <div className="flex items-end gap-3">
        <div
          ref={chartRef}
          className="relative min-w-0 flex-1 touch-none select-none"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={() => (dragging.current = false)}
        >
          <svg
            role="img"
            aria-label={summary}
            aria-describedby={tableId}
            viewBox={`0 0 ${W} ${H}`}
            preserveAspectRatio="none"
            className="block h-24 w-full"
          >
            {bins.map((count, i) => {
              const score = i + 1;
              const x = i * BAR_W + 3;
              const below = score < threshold;
              if (layers.length) {
                let y = H;
                return (
                  <g key={score} opacity={below ? 0.35 : 1}>
                    {layers.map((layer) => {
                      const h = ((layer.bins[i] ?? 0) / max) * (H - 4);
                      y -= h;
                      return h > 0 ? (
                        <rect key={layer.key} x={x} y={y} width={BAR_W - 6} height={h} className={layer.className} />
                      ) : null;
                    })}
                  </g>
                );
              }
              const h = (count / max) * (H - 4);
              return (
                <rect
                  key={score}
                  x={x}
                  y={H - h}
                  width={BAR_W - 6}
                  height={h}
                  rx={2}
                  className={BAR_FILL[scoreBand(score).key]}
                  opacity={below ? 0.35 : 1}
                />
              );
            })}
            <line x1={lineX} x2={lineX} y1={0} y2={H} className="stroke-slate-900" strokeWidth={2} />
          </svg>
          <div
            role="slider"
            tabIndex={0}
            aria-label="Score threshold"
            aria-valuemin={MIN_SCORE}
            aria-valuemax={MAX_SCORE}
            aria-valuenow={threshold}
            aria-valuetext={`${threshold}: ${atOrAbove} candidate${atOrAbove === 1 ? "" : "s"} at or above`}
            onKeyDown={onKeyDown}
            className="absolute top-0 -ml-3 flex h-24 w-6 cursor-ew-resize justify-center rounded focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
            style={{ left: `${((threshold - 1) / MAX_SCORE) * 100}%` }}
            data-testid="threshold-handle"
          >
            <span aria-hidden="true" className="mt-[-4px] h-3 w-3 rounded-full bg-slate-900 ring-2 ring-white" />
          </div>
          <div
            aria-hidden="true"
            className="mt-1 grid grid-cols-10 text-center text-[11px] tabular-nums text-slate-500"
          >
            {bins.map((_, i) => (
              <span key={i}>{i + 1}</span>
            ))}
          </div>
        </div>
        <dl className="shrink-0 space-y-1 text-xs text-slate-600" aria-label="Not in the chart">
          <div>
            <dt className="inline">Pending </dt>
            <dd className="inline font-semibold tabular-nums text-slate-900" data-testid="distribution-pending">
              {pending}
            </dd>
          </div>
          <div>
            <dt className="inline">Failed </dt>
            <dd className="inline font-semibold tabular-nums text-slate-900" data-testid="distribution-failed">
              {failed}
            </dd>
          </div>
        </dl>
      </div>
      {layers.length ? (
        <ul
          className="mt-2 flex flex-wrap gap-3 text-xs text-slate-600"
          aria-label="Legend"
          data-testid="distribution-legend"
        >
          {layers.map((l) => (
            <li key={l.key} className="flex items-center gap-1">
              <svg aria-hidden="true" width="10" height="10">
                <rect width="10" height="10" className={l.className} />
              </svg>
              {l.label}
            </li>
          ))}
        </ul>
      ) : null}
      <table id={tableId} className="sr-only">
        <caption>Candidates per score</caption>
        <thead>
          <tr>
            <th scope="col">Score</th>
            <th scope="col">Candidates</th>
            {layers.map((l) => (
              <th key={l.key} scope="col">
                {l.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {bins.map((count, i) => (
            <tr key={i}>
              <th scope="row">{i + 1}</th>
              <td>{count}</td>
              {layers.map((l) => (
                <td key={l.key}>{l.bins[i] ?? 0}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
