import type { Metadata } from "next";
import Link from "next/link";
import { requirePageContext } from "@/lib/auth/context";
import { getHideIdentities } from "@/lib/blind/prefs";
import { candidateAlias } from "@/lib/blind/alias";
import { countUnattributed, getDeliveryFilterOptions, getDeliveryPage, type DeliveryRow } from "@/lib/webhooks/log";
import {
  DELIVERY_OUTCOMES,
  parseDeliveryFilters,
  serializeDeliveryFilters,
  type DeliveryOutcome,
} from "@/lib/webhooks/log-filters";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState, Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Time } from "@/components/ui/time";
import { AdminNav } from "@/components/views/admin-nav";
import { ApplyAgain } from "./apply-again";

export const metadata: Metadata = { title: "Webhook deliveries" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const control =
  "block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/30";

const TONE: Record<DeliveryOutcome, BadgeTone> = {
  received: "info",
  processed: "success",
  ignored: "neutral",
  rejected: "warning",
  failed: "danger",
};

export default async function WebhooksPage({ searchParams }: Props) {
  const ctx = await requirePageContext("ADMIN");
  const filters = parseDeliveryFilters(await searchParams);
  const [{ rows, total, page, pageCount }, options, unattributed, blind] = await Promise.all([
    getDeliveryPage(ctx.actor.orgId, filters),
    getDeliveryFilterOptions(ctx.actor.orgId),
    countUnattributed(),
    getHideIdentities(ctx.actor.userId),
  ]);
  const qs = (p: number) => {
    const s = serializeDeliveryFilters({ ...filters, page: p });
    return `/admin/webhooks${s ? `?${s}` : ""}`;
  };

  return (
    <>
      <PageHeader
        title="Webhook deliveries"
        description="Every result Nova sent for this organization, newest first, and what Shortlist did with it."
      />
      <AdminNav current="/admin/webhooks" />
      <Card className="mb-4">
        <form method="get" action="/admin/webhooks" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6 lg:items-end">
          <div>
            <label htmlFor="wh-outcome" className="mb-1 block text-xs font-medium text-slate-700">
              Outcome
            </label>
            <select id="wh-outcome" name="outcome" defaultValue={filters.outcome} className={control}>
              <option value="">Any outcome</option>
              {Object.entries(DELIVERY_OUTCOMES).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="wh-event" className="mb-1 block text-xs font-medium text-slate-700">
              Event
            </label>
            <select id="wh-event" name="event" defaultValue={filters.event} className={control}>
              <option value="">Any event</option>
              {options.events.map((e) => (
                <option key={e} value={e}>
                  {e}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="wh-job" className="mb-1 block text-xs font-medium text-slate-700">
              Job
            </label>
            <select id="wh-job" name="job" defaultValue={filters.jobId} className={control}>
              <option value="">Any job</option>
              {options.jobs.map((j) => (
                <option key={j.id} value={j.id}>
                  {j.title}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="wh-from" className="mb-1 block text-xs font-medium text-slate-700">
              From
            </label>
            <input id="wh-from" name="from" type="date" defaultValue={filters.from} className={control} />
          </div>
          <div>
            <label htmlFor="wh-to" className="mb-1 block text-xs font-medium text-slate-700">
              To
            </label>
            <input id="wh-to" name="to" type="date" defaultValue={filters.to} className={control} />
          </div>
          <div className="flex gap-2">
            <button type="submit" className={buttonClass("primary", "sm")}>
              Filter
            </button>
            <Link href="/admin/webhooks" className={buttonClass("ghost", "sm")}>
              Clear
            </Link>
          </div>
        </form>
      </Card>
      {unattributed > 0 ? (
        <Notice tone="info" className="mb-4">
          {unattributed} deliver{unattributed === 1 ? "y" : "ies"} in the last 24 hours could not be matched to an
          organization (a bad signature, or a job or tenant Shortlist does not know). They are counted on the Nova page,
          not listed here.
        </Notice>
      ) : null}
      <p className="mb-2 text-sm text-slate-700" data-testid="delivery-total">
        {total} deliver{total === 1 ? "y" : "ies"}
      </p>
      {rows.length === 0 ? (
        <EmptyState title="No deliveries match these filters">
          Nova’s results arrive here as webhooks. Try another outcome, event, job or date range, or send a test webhook
          from the Nova page.
        </EmptyState>
      ) : (
        // `relative`: the buttons' screen-reader text is positioned; without a containing block
        // here it would widen the whole page at 390 px instead of scrolling with the table.
        <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full min-w-[48rem] text-left text-sm">
            <caption className="sr-only">Webhook deliveries</caption>
            <thead className="text-xs uppercase text-slate-500">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  Received
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Event
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Delivery id
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Signature
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Outcome
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Application
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <DeliveryTableRow key={r.id} row={r} blind={blind} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pageCount={pageCount} href={qs} />
    </>
  );
}

function DeliveryTableRow({ row: r, blind }: { row: DeliveryRow; blind: boolean }) {
  const outcome = r.outcome as DeliveryOutcome;
  const who = r.applicationId && r.candidateName ? (blind ? candidateAlias(r.applicationId) : r.candidateName) : null;
  return (
    <tr data-testid="delivery-row" data-outcome={r.outcome}>
      <td className="whitespace-nowrap px-3 py-2 text-slate-600">
        <Time date={r.receivedAt} />
      </td>
      <td className="px-3 py-2 font-mono text-xs">{r.event ?? "–"}</td>
      <td className="max-w-[12rem] break-all px-3 py-2 font-mono text-xs text-slate-600">{r.deliveryId ?? "–"}</td>
      <td className="px-3 py-2">
        {r.signatureOk ? <Badge tone="success">Valid</Badge> : <Badge tone="danger">Invalid</Badge>}
      </td>
      <td className="px-3 py-2">
        <Badge tone={TONE[outcome] ?? "neutral"}>{DELIVERY_OUTCOMES[outcome] ?? r.outcome}</Badge>
        {r.detail ? <span className="mt-1 block max-w-xs break-words text-xs text-slate-600">{r.detail}</span> : null}
        {r.attempts > 1 ? <span className="block text-xs text-slate-500">{r.attempts} attempts</span> : null}
      </td>
      <td className="px-3 py-2">
        {who && r.jobId ? (
          <Link href={`/jobs/${r.jobId}/candidates/${r.applicationId}`} className="text-brand-700 underline">
            {who}
          </Link>
        ) : r.jobId && r.jobTitle ? (
          <Link href={`/jobs/${r.jobId}`} className="text-brand-700 underline">
            {r.jobTitle}
          </Link>
        ) : (
          <span className="text-slate-500">–</span>
        )}
        {who && r.jobTitle ? <span className="block text-xs text-slate-500">{r.jobTitle}</span> : null}
      </td>
      <td className="px-3 py-2">
        {r.outcome === "failed" ? (
          <ApplyAgain webhookEventId={r.id} label={`delivery ${r.deliveryId ?? r.id}`} />
        ) : null}
      </td>
    </tr>
  );
}
