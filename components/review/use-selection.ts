"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";

/**
 * A per-job selection of application ids kept in sessionStorage, so it survives moving between
 * ranking pages and opening a candidate (bulk decisions act on all of it), and ends with the tab.
 */
const EVENT = "shortlist:selection";
const key = (jobId: string) => `shortlist:selection:${jobId}`;

function subscribe(onChange: () => void) {
  window.addEventListener(EVENT, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener("storage", onChange);
  };
}

function parse(raw: string): Set<string> {
  try {
    const v = JSON.parse(raw) as unknown;
    return new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
  } catch {
    return new Set();
  }
}

export function useSelection(jobId: string) {
  const raw = useSyncExternalStore(
    subscribe,
    () => sessionStorage.getItem(key(jobId)) ?? "[]",
    () => "[]",
  );
  const selected = useMemo(() => parse(raw), [raw]);
  const save = useCallback(
    (next: Set<string>) => {
      sessionStorage.setItem(key(jobId), JSON.stringify([...next]));
      window.dispatchEvent(new Event(EVENT));
    },
    [jobId],
  );
  return { selected, save };
}
