"use client";

import { Button } from "@/components/ui/button";
import { Select, Textarea } from "@/components/ui/field";
import { IMPORTANCE_LABEL, groupByImportance } from "@/lib/criteria/importance";
import { IMPORTANCES, type Importance } from "@/lib/nova/importance";
import { draftKey, type DraftCriterion } from "./types";

/**
 * An editable list of criteria, grouped by importance. Controlled: the parent owns the list
 * and decides what saving means (one replaceCriteria call for a preview, per-item actions on
 * the criteria page). Up/down buttons reorder within the whole list, keyboard accessible.
 */
export function CriteriaListEditor({
  items,
  onChange,
  disabled,
}: {
  items: DraftCriterion[];
  onChange: (next: DraftCriterion[]) => void;
  disabled?: boolean;
}) {
  const update = (key: string, patch: Partial<DraftCriterion>) =>
    onChange(items.map((c) => (c.key === key ? { ...c, ...patch } : c)));
  const move = (key: string, by: -1 | 1) => {
    const i = items.findIndex((c) => c.key === key);
    const j = i + by;
    if (i < 0 || j < 0 || j >= items.length) return;
    const next = [...items];
    [next[i], next[j]] = [next[j]!, next[i]!];
    onChange(next);
  };
  return (
    <div className="space-y-6">
      {groupByImportance(items).map((group) => (
        <section key={group.importance} aria-labelledby={`grp-${group.importance}`}>
          <h3 id={`grp-${group.importance}`} className="text-sm font-semibold text-slate-800">
            {IMPORTANCE_LABEL[group.importance]}{" "}
            <span className="font-normal text-slate-500">({group.items.length})</span>
          </h3>
          {group.items.length === 0 ? <p className="mt-2 text-sm text-slate-500">None.</p> : null}
          <ol className="mt-2 space-y-2">
            {group.items.map((c) => {
              const index = items.indexOf(c);
              return (
                <li
                  key={c.key}
                  className="rounded-md border border-slate-200 bg-white p-3"
                  data-testid="criterion-draft"
                >
                  <label className="sr-only" htmlFor={`text-${c.key}`}>
                    Criterion text
                  </label>
                  <Textarea
                    id={`text-${c.key}`}
                    rows={2}
                    value={c.text}
                    disabled={disabled}
                    onChange={(e) => update(c.key, { text: e.target.value })}
                  />
                  <div className="mt-2 flex flex-wrap items-center gap-2">
                    <label className="sr-only" htmlFor={`imp-${c.key}`}>
                      Importance
                    </label>
                    <Select
                      id={`imp-${c.key}`}
                      className="w-auto"
                      value={c.importance}
                      disabled={disabled}
                      onChange={(e) => update(c.key, { importance: e.target.value as Importance })}
                    >
                      {IMPORTANCES.map((i) => (
                        <option key={i} value={i}>
                          {IMPORTANCE_LABEL[i]}
                        </option>
                      ))}
                    </Select>
                    <span className="ml-auto flex gap-1">
                      <Button
                        type="button"
                        variant="ghost"
                        size="sm"
                        disabled={disabled || index === 0}
                        onClick={() => move(c.key, -1)}
                        aria-label={`Move up: ${c.text}`}
                      >
                        ↑
                      </Button>
                      <Button
                        type="button"
                        variant="ghost"
                        size="sm"
                        disabled={disabled || index === items.length - 1}
                        onClick={() => move(c.key, 1)}
                        aria-label={`Move down: ${c.text}`}
                      >
                        ↓
                      </Button>
                      <Button
                        type="button"
                        variant="ghost"
                        size="sm"
                        disabled={disabled}
                        onClick={() => onChange(items.filter((x) => x.key !== c.key))}
                        aria-label={`Remove: ${c.text}`}
                      >
                        Remove
                      </Button>
                    </span>
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
      <Button
        type="button"
        variant="secondary"
        size="sm"
        disabled={disabled}
        onClick={() => onChange([...items, { key: draftKey(), text: "", importance: "PREFERRED" }])}
      >
        Add a criterion
      </Button>
    </div>
  );
}
