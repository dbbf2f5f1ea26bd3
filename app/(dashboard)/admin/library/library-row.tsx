"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/actions";
import { CriterionForm } from "@/components/criteria/criterion-form";
import { IMPORTANCE_LABEL } from "@/lib/criteria/importance";
import type { LibraryItem } from "@/lib/criteria/library";
import { removeLibraryCriterion, updateLibraryCriterion } from "./actions";

/** One library template: read, edit in place (text, importance) or remove (asks first). */
export function LibraryRow({ item }: { item: LibraryItem }) {
  const router = useRouter();
  const { run, pending, error } = useAction();
  const [mode, setMode] = useState<"view" | "edit" | "remove">("view");
  const uid = useId();
  const done = () => {
    setMode("view");
    router.refresh();
  };

  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4" data-testid="library-item">
      {mode === "edit" ? (
        <CriterionForm
          idPrefix={uid}
          initial={{ text: item.text, importance: item.importance }}
          submitLabel="Save"
          pending={pending}
          error={error}
          onSubmit={(text, importance) => run(() => updateLibraryCriterion({ id: item.id, text, importance }), done)}
          onCancel={() => setMode("view")}
        />
      ) : (
        <div className="flex flex-wrap items-start gap-3">
          <div className="min-w-0 flex-1">
            <p className="break-words text-sm text-slate-900" data-testid="library-text">
              {item.text}
            </p>
            <p className="mt-1 text-xs text-slate-600">
              <span data-testid="library-importance">{IMPORTANCE_LABEL[item.importance]}</span>
              {item.category ? <> · from {item.category}</> : null}
            </p>
          </div>
          {mode === "remove" ? (
            <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Confirm removal">
              <span className="text-sm text-slate-700">Remove from the library?</span>
              <Button
                size="sm"
                variant="danger"
                pending={pending}
                onClick={() => run(() => removeLibraryCriterion({ id: item.id }), done)}
              >
                Remove<span className="sr-only"> {item.text}</span>
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setMode("view")}>
                Keep
              </Button>
            </div>
          ) : (
            <div className="flex gap-2">
              <Button size="sm" variant="secondary" onClick={() => setMode("edit")}>
                Edit<span className="sr-only"> {item.text}</span>
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setMode("remove")}>
                Remove<span className="sr-only"> {item.text}</span>
              </Button>
            </div>
          )}
        </div>
      )}
      {error && mode !== "edit" ? (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </li>
  );
}
