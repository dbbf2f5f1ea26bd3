import Link from "next/link";
import { cn } from "@/components/ui/cn";

const LINKS = [
  { href: "/admin", label: "Members" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/webhooks", label: "Webhooks" },
  { href: "/admin/nova", label: "Nova" },
  { href: "/admin/library", label: "Criteria library" },
];

/** The admin area's sections. */
export function AdminNav({ current }: { current: string }) {
  return (
    <nav aria-label="Admin sections" className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex gap-1 overflow-x-auto">
        {LINKS.map((l) => (
          <li key={l.href}>
            <Link
              href={l.href}
              aria-current={l.href === current ? "page" : undefined}
              className={cn(
                "inline-block whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium",
                l.href === current
                  ? "border-brand-600 text-brand-700"
                  : "border-transparent text-slate-600 hover:text-slate-900",
              )}
            >
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
