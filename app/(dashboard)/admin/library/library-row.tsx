"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Select, Textarea } from "@/components/ui/field";
import { useAction } from "@/components/actions";
import { IMPORTANCE_LABEL } from "@/lib/criteria/importance";
import { IMPORTANCES, type Importance } from "@/lib/nova/importance";
import type { LibraryItem } from "@/lib/criteria/library";
import { removeLibraryCriterion, updateLibraryCriterion } from "./actions";

/** One library template: read, edit in place (text, importance) or remove (asks first). */
export function LibraryRow({ item }: { item: LibraryItem }) {
  const router = useRouter();
  const { run, pending, error } = useAction();
  const [mode, setMode] = useState<"view" | "edit" | "remove">("view");
  const [text, setText] = useState(item.text);
  const [importance, setImportance] = useState<Importance>(item.importance);
  const uid = useId();
  const done = () => {
    setMode("view");
    router.refresh();
  };

  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4" data-testid="library-item">
      {mode === "edit" ? (
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            run(() => updateLibraryCriterion({ id: item.id, text, importance }), done);
          }}
        >
          <Field id={`${uid}-text`} label="Criterion" error={error}>
            <Textarea id={`${uid}-text`} value={text} onChange={(e) => setText(e.target.value)} rows={2} required />
          </Field>
          <Field id={`${uid}-importance`} label="Importance">
            <Select
              id={`${uid}-importance`}
              value={importance}
              onChange={(e) => setImportance(e.target.value as Importance)}
            >
              {IMPORTANCES.map((i) => (
                <option key={i} value={i}>
                  {IMPORTANCE_LABEL[i]}
                </option>
              ))}
            </Select>
          </Field>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" size="sm" pending={pending}>
              Save
            </Button>
            <Button type="button" size="sm" variant="ghost" onClick={() => setMode("view")}>
              Cancel
            </Button>
          </div>
        </form>
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
