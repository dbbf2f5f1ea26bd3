import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "./button";
import { Card } from "./card";

const control =
  "block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/30";

/**
 * A list page's filters as a plain GET form (the filters live in the URL: shareable, survive a
 * reload, work before hydration), with Filter and Clear. Fields come as children.
 */
export function FilterForm({ action, children }: { action: string; children: ReactNode }) {
  return (
    <Card className="mb-4">
      <form method="get" action={action} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6 lg:items-end">
        {children}
        <div className="flex gap-2">
          <button type="submit" className={buttonClass("primary", "sm")}>
            Filter
          </button>
          <Link href={action} className={buttonClass("ghost", "sm")}>
            Clear
          </Link>
        </div>
      </form>
    </Card>
  );
}

function FilterLabel({ id, label }: { id: string; label: string }) {
  return (
    <label htmlFor={id} className="mb-1 block text-xs font-medium text-slate-700">
      {label}
    </label>
  );
}

/** A select whose first option ("Any …") means no filter. */
export function FilterSelect({
  id,
  name,
  label,
  any,
  value,
  options,
}: {
  id: string;
  name: string;
  label: string;
  any: string;
  value: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div>
      <FilterLabel id={id} label={label} />
      <select id={id} name={name} defaultValue={value} className={control}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** From / To calendar days (inclusive), named `from` and `to`. */
export function FilterDates({ idPrefix, from, to }: { idPrefix: string; from: string; to: string }) {
  return (
    <>
      <div>
        <FilterLabel id={`${idPrefix}-from`} label="From" />
        <input id={`${idPrefix}-from`} name="from" type="date" defaultValue={from} className={control} />
      </div>
      <div>
        <FilterLabel id={`${idPrefix}-to`} label="To" />
        <input id={`${idPrefix}-to`} name="to" type="date" defaultValue={to} className={control} />
      </div>
    </>
  );
}
