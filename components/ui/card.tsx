import type { ReactNode } from "react";
import { cn } from "./cn";

/** A white panel grouping one part of a page. */
export function Card({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <section className={cn("rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6", className)}>
      {children}
    </section>
  );
}
