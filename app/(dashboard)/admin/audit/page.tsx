import type { Metadata } from "next";
import Link from "next/link";
import { requirePageContext } from "@/lib/auth/context";
import { parseAuditFilters, serializeAuditFilters } from "@/lib/audit-log/filters";
import { getAuditFilterOptions, getAuditPage } from "@/lib/audit-log/queries";
import { auditActionLabel, auditDetails } from "@/lib/audit-log/describe";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Time } from "@/components/ui/time";
import { AdminNav } from "@/components/views/admin-nav";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const control =
  "block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/30";

export default async function AuditPage({ searchParams }: Props) {
  const ctx = await requirePageContext("ADMIN");
  const filters = parseAuditFilters(await searchParams);
  const [{ rows, total, page, pageCount }, options] = await Promise.all([
    getAuditPage(ctx.actor.orgId, filters),
    getAuditFilterOptions(ctx.actor.orgId),
  ]);
  const qs = (p: number) => {
    const s = serializeAuditFilters({ ...filters, page: p });
    return `/admin/audit${s ? `?${s}` : ""}`;
  };
  const exportQs = serializeAuditFilters({ ...filters, page: 1 });

  return (
    <>
      <PageHeader title="Audit log" description="Who did what in this organization, newest first." />
      <AdminNav current="/admin/audit" />
      <Card className="mb-4">
        <form method="get" action="/admin/audit" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6 lg:items-end">
          <div>
            <label htmlFor="audit-actor" className="mb-1 block text-xs font-medium text-slate-700">
              Actor
            </label>
            <select id="audit-actor" name="actor" defaultValue={filters.actorId} className={control}>
              <option value="">Anyone</option>
              {options.actors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name} ({a.email})
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="audit-action" className="mb-1 block text-xs font-medium text-slate-700">
              Action
            </label>
            <select id="audit-action" name="action" defaultValue={filters.action} className={control}>
              <option value="">Any action</option>
              {options.actions.map((a) => (
                <option key={a} value={a}>
                  {auditActionLabel(a)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="audit-job" className="mb-1 block text-xs font-medium text-slate-700">
              Job
            </label>
            <select id="audit-job" name="job" defaultValue={filters.jobId} className={control}>
              <option value="">Any job</option>
              {options.jobs.map((j) => (
                <option key={j.id} value={j.id}>
                  {j.title}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="audit-from" className="mb-1 block text-xs font-medium text-slate-700">
              From
            </label>
            <input id="audit-from" name="from" type="date" defaultValue={filters.from} className={control} />
          </div>
          <div>
            <label htmlFor="audit-to" className="mb-1 block text-xs font-medium text-slate-700">
              To
            </label>
            <input id="audit-to" name="to" type="date" defaultValue={filters.to} className={control} />
          </div>
          <div className="flex gap-2">
            <button type="submit" className={buttonClass("primary", "sm")}>
              Filter
            </button>
            <Link href="/admin/audit" className={buttonClass("ghost", "sm")}>
              Clear
            </Link>
          </div>
        </form>
      </Card>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-700">
        <p data-testid="audit-total">
          {total} event{total === 1 ? "" : "s"}
        </p>
        <a
          href={`/api/admin/audit/export${exportQs ? `?${exportQs}` : ""}`}
          className={buttonClass("secondary", "sm")}
          download
        >
          Export CSV
        </a>
      </div>
      {rows.length === 0 ? (
        <EmptyState title="No events match these filters">Try another actor, action, job or date range.</EmptyState>
      ) : (
        <DataTable
          caption="Audit events"
          density="roomy"
          className="rounded-lg border border-slate-200 bg-white"
          tableClassName="min-w-[40rem]"
          columns={[{ label: "Time" }, { label: "Actor" }, { label: "Action" }, { label: "Job" }, { label: "Details" }]}
        >
          {rows.map((r) => (
            <tr key={r.id} data-testid="audit-row" data-action={r.action}>
              <td className="whitespace-nowrap px-3 py-2 text-slate-600">
                <Time date={r.createdAt} />
              </td>
              <td className="px-3 py-2">{r.actorName ?? (r.actorId ? "Former member" : "System")}</td>
              <td className="px-3 py-2">
                {auditActionLabel(r.action)}
                <span className="block text-xs text-slate-500">{r.action}</span>
              </td>
              <td className="px-3 py-2">
                {r.jobId && r.jobTitle ? (
                  <Link href={`/jobs/${r.jobId}`} className="text-brand-700 underline">
                    {r.jobTitle}
                  </Link>
                ) : (
                  <span className="text-slate-500">–</span>
                )}
              </td>
              <td className="max-w-md break-words px-3 py-2 text-xs text-slate-600">
                {auditDetails(r.data, r.action)}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={page} pageCount={pageCount} href={qs} />
    </>
  );
}
