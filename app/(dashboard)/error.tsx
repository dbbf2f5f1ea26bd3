"use client";

import { Button } from "@/components/ui/button";

export default function DashboardError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-xl font-semibold text-slate-900">Something went wrong loading this page</h1>
      <p className="mt-2 text-sm text-slate-600">
        Nothing you entered was lost. Try again; if it keeps happening, tell your admin.
      </p>
      <Button className="mt-6" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
