import type { ReactNode } from "react";
import { cn } from "./cn";

export interface Column {
  label: string;
  /** Read by screen readers only (an actions column needs a name, not a visible heading). */
  hidden?: boolean;
  /** Right-aligned, for figures. */
  numeric?: boolean;
}

const HEAD_PADDING = {
  /** Rows on a card (members). */
  normal: "py-2 pr-4 last:pr-0",
  /** A table that is the page's main content (audit log). */
  roomy: "px-3 py-2",
  /** Small figure tables beside other content (Nova errors, rate limits). */
  compact: "py-1",
} as const;

/**
 * The admin pages' table: named by a caption for screen readers, scrolls sideways on a narrow
 * screen instead of squeezing its columns, headings in one style. Rows come as children.
 */
export function DataTable({
  caption,
  columns,
  density = "normal",
  divided = true,
  className,
  tableClassName,
  testId,
  children,
}: {
  caption: string;
  columns: Column[];
  density?: keyof typeof HEAD_PADDING;
  /** A rule between rows. */
  divided?: boolean;
  /** On the scrolling wrapper (margins, border). */
  className?: string;
  /** On the table itself (say, a minimum width). */
  tableClassName?: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <div className={cn("overflow-x-auto", className)}>
      <table className={cn("w-full text-left text-sm", tableClassName)} data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="text-xs uppercase text-slate-500">
          <tr>
            {columns.map((c) => (
              <th
                key={c.label}
                scope="col"
                className={cn(HEAD_PADDING[density], "font-medium", c.numeric && "text-right")}
              >
                {c.hidden ? <span className="sr-only">{c.label}</span> : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={divided ? "divide-y divide-slate-100" : undefined}>{children}</tbody>
      </table>
    </div>
  );
}
