import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageContext } from "@/lib/auth/context";
import { hasRole } from "@/lib/auth/roles";
import { getJob } from "@/lib/jobs/queries";
import { getStatusCounts } from "@/lib/applications/queries";
import { getDraftCriteria, listCriteriaVersions, type VersionView } from "@/lib/criteria/queries";
import { diffCriteria } from "@/lib/criteria/diff";
import { buttonClass } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { Time } from "@/components/ui/time";
import { JobHeader } from "@/components/jobs/job-header";
import { CriteriaManager } from "@/components/criteria/criteria-manager";
import { CriteriaSetup } from "@/components/criteria/criteria-setup";
import { CriteriaDiffView } from "@/components/criteria/criteria-diff-view";

export const metadata: Metadata = { title: "Criteria" };

type Props = { params: Promise<{ jobId: string }>; searchParams: Promise<{ from?: string; to?: string }> };

const SOURCE_LABEL: Record<string, string> = {
  GENERATED: "Generated",
  ADDED: "Criterion added",
  EDITED: "Criterion edited",
  REMOVED: "Criterion removed",
  REPLACED: "Replaced",
  ARCHIVED: "Archived",
  SYNCED: "Changed outside Shortlist",
};

export default async function CriteriaPage({ params, searchParams }: Props) {
  const { jobId } = await params;
  const ctx = await requirePageContext();
  const job = await getJob(ctx.actor.orgId, jobId);
  if (!job) notFound();
  const [versions, counts, draft] = await Promise.all([
    listCriteriaVersions(ctx.actor.orgId, jobId),
    getStatusCounts(ctx.actor.orgId, jobId, job.activeVersion?.novaId ?? null),
    getDraftCriteria(ctx.actor.orgId, jobId),
  ]);
  const active = versions.find((v) => v.id === job.activeVersion?.id);
  const isAdmin = hasRole(ctx.actor.role, "ADMIN");
  // Until a candidate is submitted no score depends on the criteria: the recruiter who set
  // them up may still change them (lib/criteria assertMayReplaceCriteria); afterwards, admins only.
  const nothingSubmitted = counts.total === counts.notSubmitted;
  const recruiterMayEdit =
    !isAdmin && nothingSubmitted && job.status === "OPEN" && hasRole(ctx.actor.role, "RECRUITER");

  // Default comparison: the active version against the one before it.
  const sp = await searchParams;
  const pick = (n: string | undefined, fallback: VersionView | undefined) =>
    versions.find((v) => String(v.number) === n) ?? fallback;
  const to = pick(sp.to, active ?? versions[0]);
  const from = pick(
    sp.from,
    versions.find((v) => to && v.number < to.number),
  );

  return (
    <>
      <JobHeader job={job} current="criteria" />
      <div className="grid gap-6 lg:grid-cols-5">
        <Card className="lg:col-span-3">
          <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
            <h2 className="text-base font-semibold text-slate-900">
              {active ? `Active criteria · version ${active.number}` : "Scoring criteria"}
            </h2>
            {active && !isAdmin && !recruiterMayEdit ? (
              <p className="text-xs text-slate-600">Only admins can edit criteria.</p>
            ) : null}
          </div>
          {active && recruiterMayEdit ? (
            <CriteriaSetup
              jobId={jobId}
              review={active.criteria.map((c) => ({ id: c.novaId, text: c.text, importance: c.importance }))}
              reviewNote="No candidate has been submitted for scoring yet, so you can still change these criteria."
            />
          ) : active ? (
            <CriteriaManager
              jobId={jobId}
              isAdmin={isAdmin}
              staleCount={counts.stale}
              revision={active.criteriaRevision ?? null}
              criteria={active.criteria.map((c) => ({ id: c.novaId, text: c.text, importance: c.importance }))}
            />
          ) : (
            <CriteriaSetup
              jobId={jobId}
              review={draft?.map((c) => ({ id: c.novaId, text: c.text, importance: c.importance }))}
            />
          )}
        </Card>
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <h2 className="text-base font-semibold text-slate-900">Version history</h2>
            {versions.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">No versions yet.</p>
            ) : (
              <ol className="mt-3 space-y-2 text-sm" data-testid="versions">
                {versions.map((v) => (
                  <li key={v.id} className="flex flex-wrap items-center gap-2">
                    <span className="font-medium text-slate-900">v{v.number}</span>
                    {v.id === active?.id ? <Badge tone="success">Active</Badge> : null}
                    {v.status === "DRAFT" ? <Badge tone="warning">Draft, not saved</Badge> : null}
                    <span className="text-slate-600">{SOURCE_LABEL[v.source] ?? v.source}</span>
                    <span className="text-slate-600">· {v.criteria.length} criteria</span>
                    <span className="ml-auto text-xs text-slate-600">
                      <Time date={v.createdAt} />
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </Card>
          {versions.length > 1 ? (
            <Card>
              <h2 className="text-base font-semibold text-slate-900">Compare versions</h2>
              <form method="get" className="mt-3 flex flex-wrap items-end gap-2">
                <VersionSelect id="cmp-from" name="from" label="From" versions={versions} value={from?.number} />
                <VersionSelect id="cmp-to" name="to" label="To" versions={versions} value={to?.number} />
                <button type="submit" className={buttonClass("secondary", "sm")}>
                  Compare
                </button>
              </form>
              <div className="mt-4">
                {from && to ? (
                  <>
                    <p className="mb-2 text-xs text-slate-600">
                      Changes from v{from.number} to v{to.number}
                    </p>
                    <CriteriaDiffView diff={diffCriteria(from.criteria.map(asDiff), to.criteria.map(asDiff))} />
                  </>
                ) : null}
              </div>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}

function asDiff(c: VersionView["criteria"][number]) {
  return { id: c.novaId, text: c.text, importance: c.importance };
}

function VersionSelect({
  id,
  name,
  label,
  versions,
  value,
}: {
  id: string;
  name: string;
  label: string;
  versions: VersionView[];
  value?: number;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <Select id={id} name={name} defaultValue={value} className="w-24">
        {versions.map((v) => (
          <option key={v.id} value={v.number}>
            v{v.number}
          </option>
        ))}
      </Select>
    </div>
  );
}
