import type { Metadata } from "next";
import { requirePageContext } from "@/lib/auth/context";
import { getConfig } from "@/lib/config";
import { getLocalFigures, getNovaFigures, type Fetched } from "@/lib/integration/health";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Time } from "@/components/ui/time";
import { AdminNav } from "@/components/views/admin-nav";
import { latestTenantDeletion } from "@/lib/deletions/tenant";
import { DeleteTenant } from "./delete-tenant";
import { SendTestWebhook } from "./send-test-webhook";

export const metadata: Metadata = { title: "Nova integration" };
export const dynamic = "force-dynamic";

const pct = (x: number | null | undefined) => (x === null || x === undefined ? "–" : `${(x * 100).toFixed(1)} %`);
const ms = (x: number | null | undefined) =>
  x === null || x === undefined ? "–" : x >= 1000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)} ms`;

function Figure({ label, value, testId }: { label: string; value: React.ReactNode; testId?: string }) {
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2">
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums text-slate-900" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

function Unavailable({ what, result }: { what: string; result: Fetched<unknown> }) {
  if (result.ok) return null;
  return (
    <Notice tone="warning" className="mt-2">
      {what} unavailable: {result.error}
    </Notice>
  );
}

export default async function NovaHealthPage() {
  const ctx = await requirePageContext("ADMIN");
  const [local, nova, tenantDeletion] = await Promise.all([
    getLocalFigures(ctx.actor.orgId),
    getNovaFigures(ctx.actor),
    latestTenantDeletion(ctx.actor.orgId),
  ]);
  const { nova: novaConfig, sandbox } = getConfig();

  return (
    <>
      <PageHeader
        title="Nova integration"
        description={`Tenant ${ctx.actor.tenantId} on ${sandbox.enabled ? "the built-in Nova sandbox" : novaConfig.apiUrl}.`}
      />
      <AdminNav current="/admin/nova" />
      {local.webhookQuiet ? (
        <Notice tone="warning" className="mb-4">
          {local.pendingTooLong} score{local.pendingTooLong === 1 ? " has" : "s have"} been pending longer than{" "}
          {Math.round(local.pendingAfterMs / 1000)} s and no webhook arrived since. Send a test webhook to check the
          round trip; pending scores are also read back from Nova.
        </Notice>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="text-base font-semibold text-slate-900">This tenant, last 24 hours</h2>
          <dl className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-3">
            <Figure label="Scores requested" value={local.submitted24h} testId="local-submitted" />
            <Figure label="Completed" value={local.completed24h} />
            <Figure label="Failed" value={local.failed24h} />
            <Figure label="Error rate" value={pct(local.errorRate24h)} />
            <Figure label="Latency p50" value={ms(local.p50LatencyMs)} />
            <Figure label="Latency p95" value={ms(local.p95LatencyMs)} />
            <Figure
              label={`Pending > ${Math.round(local.pendingAfterMs / 1000)} s`}
              value={local.pendingTooLong}
              testId="pending-too-long"
            />
            <Figure label="Outbox backlog" value={local.outboxBacklog} testId="outbox-backlog" />
            <Figure label="Webhook failures" value={local.failingWebhooks24h} />
          </dl>
          <p className="mt-3 text-sm text-slate-700" data-testid="last-webhook">
            Last webhook received:{" "}
            {local.lastWebhook ? (
              <>
                <Time date={local.lastWebhook.receivedAt} /> ({local.lastWebhook.event ?? "unknown event"},{" "}
                {local.lastWebhook.outcome})
              </>
            ) : (
              "none yet"
            )}
          </p>
        </Card>
        <Card>
          <h2 className="text-base font-semibold text-slate-900">Webhook round trip</h2>
          <p className="mt-1 mb-3 text-sm text-slate-600">
            Nova sends a signed test delivery to this app; it counts as proven once our receiver has logged it.
          </p>
          <SendTestWebhook />
        </Card>
        <Card>
          <h2 className="text-base font-semibold text-slate-900">Nova analytics, last 24 hours</h2>
          <p className="mt-1 text-xs text-slate-500">
            From Nova&apos;s analytics endpoints (all tenants of this API key).
          </p>
          {nova.overview.ok ? (
            <dl className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-3">
              <Figure label="Requests" value={nova.overview.value.scoring.totalRequests} testId="nova-requests" />
              <Figure label="Success rate" value={pct(nova.overview.value.scoring.successRate)} />
              <Figure label="Average duration" value={ms(nova.overview.value.scoring.avgDurationMs)} />
              <Figure
                label="Latency p50 / p99"
                value={nova.latency.ok ? `${ms(nova.latency.value.p50Ms)} / ${ms(nova.latency.value.p99Ms)}` : "–"}
              />
              <Figure label="Webhook delivery rate" value={pct(nova.overview.value.webhooks?.deliveryRate)} />
              <Figure label="Webhook deliveries" value={nova.overview.value.webhooks?.totalDeliveries ?? "–"} />
            </dl>
          ) : null}
          <Unavailable what="Analytics" result={nova.overview} />
          {nova.errors.ok && nova.errors.value.length ? (
            <DataTable
              caption="Errors by code"
              density="compact"
              divided={false}
              className="mt-3"
              columns={[{ label: "Error" }, { label: "Count", numeric: true }, { label: "Share", numeric: true }]}
            >
              {nova.errors.value.map((e) => (
                <tr key={e.errorCode}>
                  <td className="py-1">
                    {e.errorCode}
                    {e.description ? <span className="block text-xs text-slate-500">{e.description}</span> : null}
                  </td>
                  <td className="py-1 text-right tabular-nums">{e.count}</td>
                  <td className="py-1 text-right tabular-nums">{e.percentage.toFixed(1)} %</td>
                </tr>
              ))}
            </DataTable>
          ) : nova.errors.ok ? (
            <p className="mt-3 text-sm text-slate-600">No scoring errors reported.</p>
          ) : null}
        </Card>
        <Card>
          <h2 className="text-base font-semibold text-slate-900">Rate limits</h2>
          {nova.rateLimits.ok ? (
            <>
              {nova.rateLimits.value.degraded ? (
                <Notice tone="warning" className="mt-2">
                  Nova reports degraded service.
                </Notice>
              ) : null}
              <DataTable
                caption="Rate-limit buckets"
                density="compact"
                divided={false}
                className="mt-3"
                testId="rate-limits"
                columns={[{ label: "Bucket" }, { label: "Remaining / limit", numeric: true }]}
              >
                {nova.rateLimits.value.buckets.map((b) => (
                  <tr key={b.name}>
                    <td className="py-1 font-mono text-xs">{b.name}</td>
                    <td className="py-1 text-right tabular-nums">
                      {b.remaining ?? (b.active !== undefined ? b.limit - b.active : "–")} / {b.limit}
                    </td>
                  </tr>
                ))}
              </DataTable>
            </>
          ) : null}
          <Unavailable what="Rate-limit status" result={nova.rateLimits} />
        </Card>
        <Card className="lg:col-span-2">
          <h2 className="text-base font-semibold text-slate-900">
            Offboarding: delete this organization&apos;s data at Nova
          </h2>
          <p className="mt-1 mb-3 text-sm text-slate-600">
            For an organization that is leaving: Nova deletes everything it holds for tenant{" "}
            <span className="font-mono">{ctx.actor.tenantId}</span>. Shortlist&apos;s own records stay, and the audit
            log shows the request and its outcome. Scoring anything afterwards would start a new, empty tenant at Nova.
          </p>
          <DeleteTenant orgName={ctx.orgName} latest={tenantDeletion} />
        </Card>
      </div>
    </>
  );
}
