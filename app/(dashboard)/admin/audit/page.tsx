import type { Metadata } from "next";
import Link from "next/link";
import { requirePageContext } from "@/lib/auth/context";
import { parseAuditFilters, serializeAuditFilters } from "@/lib/audit-log/filters";
import { getAuditFilterOptions, getAuditPage } from "@/lib/audit-log/queries";
import { auditActionLabel, auditDetails } from "@/lib/audit-log/describe";
import { buttonClass } from "@/components/ui/button";
import { FilterDates, FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Time } from "@/components/ui/time";
import { AdminNav } from "@/components/views/admin-nav";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

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
      <FilterForm action="/admin/audit">
        <FilterSelect
          id="audit-actor"
          name="actor"
          label="Actor"
          any="Anyone"
          value={filters.actorId}
          options={options.actors.map((a) => ({ value: a.id, label: `${a.name} (${a.email})` }))}
        />
        <FilterSelect
          id="audit-action"
          name="action"
          label="Action"
          any="Any action"
          value={filters.action}
          options={options.actions.map((a) => ({ value: a, label: auditActionLabel(a) }))}
        />
        <FilterSelect
          id="audit-job"
          name="job"
          label="Job"
          any="Any job"
          value={filters.jobId}
          options={options.jobs.map((j) => ({ value: j.id, label: j.title }))}
        />
        <FilterDates idPrefix="audit" from={filters.from} to={filters.to} />
      </FilterForm>
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
