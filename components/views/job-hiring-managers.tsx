"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useAction, useActions } from "@/components/actions";

type Person = { id: string; name: string; email: string };

/** Admin: who, besides recruiters, may see this job. */
export function JobHiringManagers({
  jobId,
  assigned,
  candidates,
}: {
  jobId: string;
  assigned: Person[];
  candidates: Person[];
}) {
  const router = useRouter();
  const { assignHiringManager, unassignHiringManager } = useActions();
  const action = useAction();
  const { pending, error } = action;
  const [userId, setUserId] = useState("");
  const available = candidates.filter((c) => !assigned.some((a) => a.id === c.id));
  const run = (call: () => ReturnType<typeof assignHiringManager>) => {
    action.setError(undefined);
    action.run(call, () => {
      setUserId("");
      router.refresh();
    });
  };
  return (
    <section aria-labelledby="hm-heading" className="mt-8 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="hm-heading" className="text-sm font-semibold text-slate-900">
        Hiring managers
      </h2>
      <p className="mt-1 text-xs text-slate-600">They see this job and its candidates and can add notes.</p>
      {assigned.length ? (
        <ul className="mt-3 space-y-1 text-sm" data-testid="hiring-managers">
          {assigned.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center gap-2">
              <span>
                {p.name} <span className="text-slate-500">({p.email})</span>
              </span>
              <Button
                size="sm"
                variant="ghost"
                pending={pending}
                onClick={() => run(() => unassignHiringManager({ jobId, userId: p.id }))}
              >
                Unassign {p.name}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-sm text-slate-600">No hiring manager is assigned.</p>
      )}
      {available.length ? (
        <div className="mt-3 flex flex-wrap items-end gap-2">
          <label className="text-sm">
            <span className="mb-1 block text-xs font-medium text-slate-700">Hiring manager</span>
            <select
              value={userId}
              onChange={(e) => setUserId(e.target.value)}
              className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
            >
              <option value="">Choose…</option>
              {available.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({p.email})
                </option>
              ))}
            </select>
          </label>
          <Button
            size="sm"
            variant="secondary"
            pending={pending}
            onClick={() => run(() => assignHiringManager({ jobId, userId }))}
          >
            Assign
          </Button>
        </div>
      ) : candidates.length === 0 ? (
        <p className="mt-2 text-xs text-slate-500">
          Add a member with the Hiring manager role on the Admin page first.
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </section>
  );
}
