"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Select, Textarea } from "@/components/ui/field";
import { IMPORTANCE_LABEL } from "@/lib/criteria/importance";
import { IMPORTANCES, type Importance } from "@/lib/nova/importance";

/**
 * One criterion's text and importance, for adding or editing (a job's criteria, the library).
 * `saved` runs once the caller's save succeeded, so a refused save keeps what the user typed.
 */
export function CriterionForm({
  idPrefix,
  initial,
  submitLabel,
  pending,
  resetOnSubmit,
  onSubmit,
  onCancel,
  error,
}: {
  idPrefix: string;
  initial?: { text: string; importance: Importance };
  submitLabel: string;
  pending: boolean;
  resetOnSubmit?: boolean;
  onSubmit: (text: string, importance: Importance, saved: () => void) => void;
  onCancel?: () => void;
  /** The last refusal, shown under the text (the field it is about). */
  error?: string;
}) {
  const [text, setText] = useState(initial?.text ?? "");
  const [importance, setImportance] = useState<Importance>(initial?.importance ?? "PREFERRED");
  return (
    <form
      className="mt-2 space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        // Cleared only once saved: a refused save (say, a revision conflict) keeps the user's text.
        onSubmit(text.trim(), importance, () => {
          if (resetOnSubmit) setText("");
        });
      }}
    >
      <Field id={`${idPrefix}-text`} label="Criterion" error={error}>
        <Textarea id={`${idPrefix}-text`} rows={2} value={text} onChange={(e) => setText(e.target.value)} required />
      </Field>
      <div className="flex flex-wrap items-end gap-2">
        <div className="w-48">
          <Field id={`${idPrefix}-importance`} label="Importance">
            <Select
              id={`${idPrefix}-importance`}
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
        </div>
        <Button type="submit" size="sm" pending={pending} disabled={!text.trim()}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button type="button" variant="ghost" size="sm" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
