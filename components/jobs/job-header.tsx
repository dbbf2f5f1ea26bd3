import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";

type Tab = "ranking" | "criteria" | "add" | "history";

/** Title, breadcrumb and the job's sections; shared by every page under /jobs/[jobId]. */
export function JobHeader({
  job,
  current,
  actions,
  readOnly = false,
}: {
  job: {
    id: string;
    title: string;
    company: string;
    status: "OPEN" | "CLOSED";
    activeVersion: { number: number } | null;
  };
  current: Tab | null;
  actions?: ReactNode;
  /** A hiring manager's view: only the ranking (criteria and adding candidates are not theirs). */
  readOnly?: boolean;
}) {
  const all: { key: Tab; href: string; label: string }[] = [
    { key: "ranking", href: `/jobs/${job.id}`, label: "Ranking" },
    {
      key: "criteria",
      href: `/jobs/${job.id}/criteria`,
      label: job.activeVersion ? `Criteria (v${job.activeVersion.number})` : "Criteria",
    },
    { key: "add", href: `/jobs/${job.id}/candidates/new`, label: "Add candidates" },
    { key: "history", href: `/jobs/${job.id}/history`, label: "History" },
  ];
  const tabs = readOnly ? all.filter((t) => t.key === "ranking") : all;
  return (
    <div className="mb-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/jobs" className="text-brand-700 underline">
          Jobs
        </Link>
        <span aria-hidden="true" className="mx-1 text-slate-400">
          /
        </span>
        <span className="text-slate-600">{job.title}</span>
      </nav>
      <div className="mt-2 flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h1 className="flex flex-wrap items-center gap-2 text-2xl font-semibold tracking-tight text-slate-900">
            {job.title}
            {job.status === "CLOSED" ? <Badge>Closed</Badge> : null}
          </h1>
          <p className="mt-1 text-sm text-slate-600">{job.company}</p>
        </div>
        {actions}
      </div>
      <nav aria-label="Job sections" className="mt-4 border-b border-slate-200">
        <ul className="-mb-px flex gap-1 overflow-x-auto">
          {tabs.map((t) => (
            <li key={t.key}>
              <Link
                href={t.href}
                aria-current={t.key === current ? "page" : undefined}
                className={cn(
                  "inline-block whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium",
                  t.key === current
                    ? "border-brand-600 text-brand-700"
                    : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
                )}
              >
                {t.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
