"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useAction, useActions } from "@/components/actions";
import { cn } from "@/components/ui/cn";

/** The blind-review switch. Saved per user; the page re-renders with aliases at once. */
export function HideIdentitiesSwitch({ initial }: { initial: boolean }) {
  const router = useRouter();
  const { setHideIdentities } = useActions();
  const [on, setOn] = useState(initial);
  const { run, pending, error, setError } = useAction();
  // Optimistic: the switch moves at once and moves back if the save is refused.
  const toggle = () => {
    const next = !on;
    setOn(next);
    setError(undefined);
    run(
      () => setHideIdentities({ on: next }),
      () => router.refresh(),
      () => setOn(!next),
    );
  };
  return (
    <div className="flex items-center gap-2">
      <button
        type="button"
        role="switch"
        aria-checked={on}
        aria-busy={pending || undefined}
        onClick={toggle}
        className="flex items-center gap-2 rounded-md px-1 py-1 text-sm text-slate-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
      >
        <span
          aria-hidden="true"
          className={cn(
            "relative inline-flex h-5 w-9 shrink-0 rounded-full transition-colors",
            on ? "bg-brand-600" : "bg-slate-300",
          )}
        >
          <span
            className={cn(
              "absolute top-0.5 h-4 w-4 rounded-full bg-white shadow transition-transform",
              on ? "translate-x-4" : "translate-x-0.5",
            )}
          />
        </span>
        Hide identities
      </button>
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </div>
  );
}
