import { cn } from "./cn";

/** A labelled progress bar (role=progressbar with values, so screen readers hear it too). */
export function ProgressBar({
  label,
  value,
  max,
  detail,
  className,
}: {
  label: string;
  value: number;
  max: number;
  detail?: string;
  className?: string;
}) {
  const pct = max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0;
  return (
    <div className={cn("space-y-1", className)}>
      <div className="flex justify-between gap-2 text-xs text-slate-600">
        <span className="font-medium text-slate-800">{label}</span>
        <span>{detail ?? `${value} of ${max}`}</span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        className="h-2 overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className="h-full rounded-full bg-brand-600 transition-[width] duration-500"
          style={{ width: `${pct}%` }}
        />
      </div>
    </div>
  );
}
