export default function Loading() {
  return (
    <div aria-busy="true" className="space-y-4">
      <span className="sr-only">Loading criteria…</span>
      <div className="h-8 w-64 animate-pulse rounded bg-slate-200" />
      <div className="h-96 animate-pulse rounded-lg bg-slate-200" />
    </div>
  );
}
