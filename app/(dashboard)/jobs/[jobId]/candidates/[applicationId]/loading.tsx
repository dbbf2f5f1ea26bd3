export default function Loading() {
  return (
    <div aria-busy="true" className="space-y-4">
      <span className="sr-only">Loading candidate…</span>
      <div className="h-8 w-64 animate-pulse rounded bg-slate-200" />
      <div className="grid gap-6 lg:grid-cols-5">
        <div className="h-96 animate-pulse rounded-lg bg-slate-200 lg:col-span-3" />
        <div className="h-96 animate-pulse rounded-lg bg-slate-200 lg:col-span-2" />
      </div>
    </div>
  );
}
