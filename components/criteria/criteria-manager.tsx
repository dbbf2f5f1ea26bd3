"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useAction, useActions } from "@/components/actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Badge } from "@/components/ui/badge";
import { IMPORTANCE_LABEL, groupByImportance } from "@/lib/criteria/importance";
import type { Importance } from "@/lib/nova/importance";
import type { ActionResult } from "@/lib/auth/action";
import type { CriteriaVersionView } from "@/lib/criteria";
import { StalePrompt } from "./stale-prompt";
import { AddFromLibrary, SaveToLibraryButton } from "./criteria-library";
import { CriterionForm } from "./criterion-form";

export interface ManagedCriterion {
  /** Nova's criterion id: what the item actions take. */
  id: string;
  text: string;
  importance: Importance;
}

/**
 * The active criteria with inline editing for admins. Every save is one Nova mutation and so
 * one new version; afterwards the page offers to rescore whoever was scored on an older one.
 */
export function CriteriaManager({
  jobId,
  criteria,
  isAdmin,
  staleCount,
  revision,
}: {
  jobId: string;
  criteria: ManagedCriterion[];
  isAdmin: boolean;
  staleCount: number;
  /** Nova's criteriaRevision of the version shown: every save says "based on this one". */
  revision: string | null;
}) {
  const expectedRevision = revision ?? undefined;
  const router = useRouter();
  const { addCriterion, editCriterion, removeCriterion, replaceCriteria } = useActions();
  const { run, pending, error } = useAction();
  const [saved, setSaved] = useState<string>();
  const [stale, setStale] = useState<number | null>(null);
  const [editing, setEditing] = useState<string | null>(null);

  const save = (call: () => Promise<ActionResult<CriteriaVersionView>>, done?: () => void) =>
    run(
      call,
      (view) => {
        setSaved(`Saved as criteria version ${view.number}.`);
        setStale(view.staleCount);
        done?.();
        router.refresh();
      },
      () => setSaved(undefined),
    );

  // Move within the importance group: swap with the neighbour of the same importance.
  const move = (id: string, by: -1 | 1) => {
    const i = criteria.findIndex((c) => c.id === id);
    const same = criteria.map((c, idx) => ({ c, idx })).filter((x) => x.c.importance === criteria[i]!.importance);
    const pos = same.findIndex((x) => x.idx === i);
    const other = same[pos + by];
    if (!other) return;
    const next = [...criteria];
    [next[i], next[other.idx]] = [next[other.idx]!, next[i]!];
    save(() =>
      replaceCriteria({
        jobId,
        expectedRevision,
        criteria: next.map(({ text, importance }) => ({ text, importance })),
      }),
    );
  };

  return (
    <div className="space-y-6">
      {error ? <Notice tone="error">{error}</Notice> : null}
      {saved ? <Notice tone="success">{saved}</Notice> : null}
      {isAdmin ? <StalePrompt jobId={jobId} count={stale ?? staleCount} /> : null}
      {groupByImportance(criteria).map((group) => (
        <section key={group.importance} aria-labelledby={`imp-${group.importance}`}>
          <h2 id={`imp-${group.importance}`} className="text-sm font-semibold text-slate-900">
            {IMPORTANCE_LABEL[group.importance]}{" "}
            <span className="font-normal text-slate-500">({group.items.length})</span>
          </h2>
          {group.items.length === 0 ? <p className="mt-2 text-sm text-slate-500">None.</p> : null}
          <ol className="mt-2 space-y-2">
            {group.items.map((c, idx) =>
              editing === c.id ? (
                <li key={c.id}>
                  <CriterionForm
                    idPrefix={`edit-${c.id}`}
                    initial={c}
                    submitLabel="Save"
                    pending={pending}
                    onCancel={() => setEditing(null)}
                    onSubmit={(text, importance) =>
                      save(
                        () =>
                          editCriterion({
                            jobId,
                            expectedRevision,
                            criterionId: c.id,
                            ...(text !== c.text ? { text } : {}),
                            ...(importance !== c.importance ? { importance } : {}),
                          }),
                        () => setEditing(null),
                      )
                    }
                  />
                </li>
              ) : (
                <li
                  key={c.id}
                  className="flex flex-wrap items-start gap-2 rounded-md border border-slate-200 bg-white p-3"
                  data-testid="criterion"
                >
                  <p className="min-w-0 flex-1 basis-60 text-sm text-slate-800">{c.text}</p>
                  {isAdmin ? (
                    <span className="flex flex-wrap gap-1">
                      <Button
                        variant="ghost"
                        size="sm"
                        disabled={pending || idx === 0}
                        onClick={() => move(c.id, -1)}
                        aria-label={`Move up: ${c.text}`}
                      >
                        ↑
                      </Button>
                      <Button
                        variant="ghost"
                        size="sm"
                        disabled={pending || idx === group.items.length - 1}
                        onClick={() => move(c.id, 1)}
                        aria-label={`Move down: ${c.text}`}
                      >
                        ↓
                      </Button>
                      <Button
                        variant="ghost"
                        size="sm"
                        disabled={pending}
                        onClick={() => setEditing(c.id)}
                        aria-label={`Edit: ${c.text}`}
                      >
                        Edit
                      </Button>
                      <Button
                        variant="ghost"
                        size="sm"
                        disabled={pending || criteria.length === 1}
                        onClick={() => save(() => removeCriterion({ jobId, criterionId: c.id, expectedRevision }))}
                        aria-label={`Remove: ${c.text}`}
                      >
                        Remove
                      </Button>
                      <SaveToLibraryButton jobId={jobId} criterionId={c.id} text={c.text} />
                    </span>
                  ) : (
                    <Badge>{IMPORTANCE_LABEL[c.importance]}</Badge>
                  )}
                </li>
              ),
            )}
          </ol>
        </section>
      ))}
      {isAdmin ? (
        <section aria-labelledby="add-criterion" className="border-t border-slate-200 pt-4">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="add-criterion" className="text-sm font-semibold text-slate-900">
              Add a criterion
            </h2>
            <AddFromLibrary
              existing={criteria.map((c) => c.text)}
              pending={pending}
              onAdd={(item, done) =>
                save(
                  () => addCriterion({ jobId, text: item.text, importance: item.importance, expectedRevision }),
                  done,
                )
              }
            />
          </div>
          <CriterionForm
            idPrefix="new"
            submitLabel="Add criterion"
            pending={pending}
            resetOnSubmit
            onSubmit={(text, importance, saved) =>
              save(() => addCriterion({ jobId, text, importance, expectedRevision }), saved)
            }
          />
        </section>
      ) : null}
    </div>
  );
}
