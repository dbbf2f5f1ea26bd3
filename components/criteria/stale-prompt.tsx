import { RescoreStaleButton } from "@/components/ranking/rescore-stale";

/** "N candidates were scored on an older version — Rescore N" (admins only; callers gate it). */
export function StalePrompt({ jobId, count }: { jobId: string; count: number }) {
  if (count === 0) return null;
  return (
    <div
      className="flex flex-wrap items-center gap-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
      data-testid="stale-prompt"
    >
      <p className="flex-1">
        {count} candidate{count === 1 ? " was" : "s were"} scored on an older criteria version.
      </p>
      <RescoreStaleButton jobId={jobId} count={count} label={`Rescore ${count}`} />
    </div>
  );
}
