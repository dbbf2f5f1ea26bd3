"use client";

import { useState } from "react";
import { useAction, useActions } from "@/components/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Modal } from "@/components/review/modal";
import { IMPORTANCE_LABEL } from "@/lib/criteria/importance";
import type { LibraryItem } from "@/lib/criteria/library";

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** `Save to library` on one criterion of the job: a template for the tenant's other jobs. */
export function SaveToLibraryButton({
  jobId,
  criterionId,
  text,
}: {
  jobId: string;
  criterionId: string;
  text: string;
}) {
  const { saveCriterionToLibrary } = useActions();
  const { run, pending, error } = useAction();
  const [done, setDone] = useState<string>();
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <Button
        variant="ghost"
        size="sm"
        pending={pending}
        disabled={Boolean(done)}
        onClick={() =>
          run(
            () => saveCriterionToLibrary({ jobId, criterionId }),
            (r) => setDone(r.alreadySaved ? "Already in the library" : "Saved to library"),
          )
        }
      >
        Save to library
      </Button>
      <span role="status" className="text-xs text-slate-600" data-testid="library-status">
        {done ? (
          <>
            {done}
            <span className="sr-only">: {text}</span>
          </>
        ) : null}
      </span>
      {error ? (
        <span className="text-xs text-red-800" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}

/**
 * `Add from library`: the tenant's saved criteria in a dialog, each added to this job with one
 * click (one Nova add, so one new criteria version, like Add criterion). Criteria the job already
 * has are marked rather than offered twice.
 */
export function AddFromLibrary({
  existing,
  pending,
  onAdd,
}: {
  /** The job's current criteria texts. */
  existing: string[];
  pending: boolean;
  /** Adds the item to the job; calls `done` once saved. */
  onAdd: (item: LibraryItem, done: () => void) => void;
}) {
  const { listCriteriaLibrary } = useActions();
  const { run, pending: loading, error } = useAction();
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<LibraryItem[] | null>(null);
  const [added, setAdded] = useState<string>();

  const show = () => {
    setOpen(true);
    setAdded(undefined);
    setItems(null);
    run(
      () => listCriteriaLibrary({}),
      (r) => setItems(r.items),
    );
  };

  return (
    <>
      <Button type="button" variant="secondary" size="sm" onClick={show}>
        Add from library
      </Button>
      <Modal open={open} title="Add from library" onClose={() => setOpen(false)}>
        <div className="mt-3 space-y-3" data-testid="criteria-library">
          {error ? <Notice tone="error">{error}</Notice> : null}
          {added ? <Notice tone="success">{added}</Notice> : null}
          {loading && !items ? (
            <p className="text-sm text-slate-600" role="status">
              Loading the library…
            </p>
          ) : null}
          {items && items.length === 0 ? (
            <p className="text-sm text-slate-600">
              The library is empty. Use Save to library on a job&apos;s criterion to keep it for other jobs.
            </p>
          ) : null}
          {items && items.length > 0 ? (
            <ul className="max-h-[60vh] space-y-2 overflow-y-auto" aria-label="Library criteria">
              {items.map((item) => {
                const inJob = existing.some((t) => same(t, item.text));
                return (
                  <li
                    key={item.id}
                    className="flex flex-wrap items-start gap-2 rounded-md border border-slate-200 p-3"
                    data-testid="library-item"
                  >
                    <div className="min-w-0 flex-1 basis-56">
                      <p className="text-sm text-slate-800">{item.text}</p>
                      <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
                        <Badge>{IMPORTANCE_LABEL[item.importance]}</Badge>
                        {item.category ? <span>From {item.category}</span> : null}
                      </p>
                    </div>
                    {inJob ? (
                      <span className="text-xs text-slate-600">In this job</span>
                    ) : (
                      <Button
                        size="sm"
                        variant="secondary"
                        pending={pending}
                        onClick={() => onAdd(item, () => setAdded(`Added: ${item.text}`))}
                      >
                        Add<span className="sr-only"> {item.text}</span>
                      </Button>
                    )}
                  </li>
                );
              })}
            </ul>
          ) : null}
          <div className="flex justify-end">
            <Button type="button" variant="ghost" size="sm" onClick={() => setOpen(false)}>
              Close
            </Button>
          </div>
        </div>
      </Modal>
    </>
  );
}
