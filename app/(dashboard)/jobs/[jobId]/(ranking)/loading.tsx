export default function Loading() {
  return (
    <div aria-busy="true" className="space-y-3">
      <span className="sr-only">Loading candidates…</span>
      <div className="h-8 w-64 animate-pulse rounded bg-slate-200" />
      <div className="h-10 animate-pulse rounded bg-slate-200" />
      {Array.from({ length: 5 }, (_, i) => (
        <div key={i} className="h-20 animate-pulse rounded-lg bg-slate-200" />
      ))}
    </div>
  );
}
