"use client";

import { useEffect, useState } from "react";
import { Spinner } from "./button";

/**
 * "Nova is working" feedback for calls that take seconds: a live region with the elapsed
 * time, so the wait is visibly progressing and announced once.
 */
export function Working({ label }: { label: string }) {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const t = setInterval(() => setSeconds((s) => s + 1), 1000);
    return () => clearInterval(t);
  }, []);
  return (
    <div
      role="status"
      className="flex items-center gap-3 rounded-md border border-brand-100 bg-brand-50 px-3 py-3 text-sm text-brand-900"
    >
      <Spinner className="text-brand-600" />
      <span>
        {label}
        <span className="ml-2 text-brand-700" aria-hidden="true">
          {seconds}s
        </span>
      </span>
    </div>
  );
}
