import { scoreBand, type BandKey } from "@/lib/nova/bands";
import { cn } from "@/components/ui/cn";

const BAND_STYLE: Record<BandKey, string> = {
  exceptional: "bg-emerald-100 text-emerald-900 ring-emerald-300",
  strong: "bg-green-50 text-green-900 ring-green-200",
  mixed: "bg-amber-50 text-amber-900 ring-amber-200",
  gaps: "bg-orange-50 text-orange-900 ring-orange-200",
  missing: "bg-red-50 text-red-900 ring-red-200",
};

/**
 * The score and its band in a box of fixed size, so a score arriving for a pending row does
 * not shift the layout.
 */
export function ScoreCell({ score, pending }: { score: number | null; pending?: boolean }) {
  if (score === null) {
    return (
      <div
        className="flex h-14 w-24 shrink-0 flex-col items-center justify-center rounded-md bg-slate-50 text-xs text-slate-600 ring-1 ring-inset ring-slate-200"
        data-testid="score"
      >
        {pending ? (
          <>
            <span
              aria-hidden="true"
              className="mb-1 inline-block h-4 w-4 animate-spin rounded-full border-2 border-slate-400 border-r-transparent"
            />
            Scoring…
          </>
        ) : (
          <span>No score</span>
        )}
      </div>
    );
  }
  const band = scoreBand(score);
  return (
    <div
      className={cn(
        "flex h-14 w-24 shrink-0 flex-col items-center justify-center rounded-md ring-1 ring-inset",
        BAND_STYLE[band.key],
      )}
      data-testid="score"
    >
      <span className="text-xl font-bold leading-none tabular-nums">
        {score}
        <span className="sr-only"> out of 10</span>
      </span>
      <span className="mt-1 px-1 text-center text-[11px] font-medium leading-tight">{band.label}</span>
    </div>
  );
}
