import "server-only";
import { db, type Prisma } from "@/lib/db";
import { AUDIT_PAGE_SIZE, dateWindow, type AuditFilters } from "./filters";

export interface AuditRow {
  id: string;
  createdAt: Date;
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  jobId: string | null;
  jobTitle: string | null;
  data: Record<string, unknown>;
}

export function auditWhere(orgId: string, f: AuditFilters): Prisma.AuditEventWhereInput {
  const when = dateWindow(f);
  return {
    orgId,
    ...(f.actorId ? { actorId: f.actorId } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.jobId ? { jobId: f.jobId } : {}),
    ...(when.gte || when.lt ? { createdAt: when } : {}),
  };
}

function parseData(json: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(json);
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Names for a page of events: one query per kind, each bounded by the page size. */
async function withNames(orgId: string, events: Prisma.AuditEventGetPayload<object>[]): Promise<AuditRow[]> {
  const actorIds = [...new Set(events.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
  const jobIds = [...new Set(events.flatMap((e) => (e.jobId ? [e.jobId] : [])))];
  const [users, jobs] = await Promise.all([
    actorIds.length
      ? db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } })
      : [],
    jobIds.length ? db.job.findMany({ where: { orgId, id: { in: jobIds } }, select: { id: true, title: true } }) : [],
  ]);
  const userById = new Map(users.map((u) => [u.id, u]));
  const jobById = new Map(jobs.map((j) => [j.id, j.title]));
  return events.map((e) => ({
    id: e.id,
    createdAt: e.createdAt,
    actorId: e.actorId,
    actorName: e.actorId ? (userById.get(e.actorId)?.name ?? null) : null,
    actorEmail: e.actorId ? (userById.get(e.actorId)?.email ?? null) : null,
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId,
    jobId: e.jobId,
    jobTitle: e.jobId ? (jobById.get(e.jobId) ?? null) : null,
    data: parseData(e.data),
  }));
}

export async function getAuditPage(orgId: string, f: AuditFilters) {
  const where = auditWhere(orgId, f);
  const total = await db.auditEvent.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(f.page, pageCount);
  const events = await db.auditEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
  });
  return { rows: await withNames(orgId, events), total, page, pageCount };
}

/** The filter choices: who has acted, which actions exist, the org's jobs. */
export async function getAuditFilterOptions(orgId: string) {
  const [actions, actors, jobs] = await Promise.all([
    db.auditEvent.groupBy({ by: ["action"], where: { orgId }, orderBy: { action: "asc" } }),
    db.membership.findMany({
      where: { orgId },
      select: { user: { select: { id: true, name: true, email: true } } },
      orderBy: { createdAt: "asc" },
    }),
    db.job.findMany({ where: { orgId }, select: { id: true, title: true }, orderBy: { createdAt: "desc" } }),
  ]);
  return { actions: actions.map((a) => a.action), actors: actors.map((m) => m.user), jobs };
}

/**
 * Every matching event, newest first, in pages by cursor so an export of a long history never
 * holds it all in memory or runs one unbounded query.
 */
export async function* iterateAuditEvents(orgId: string, f: AuditFilters, chunk = 500): AsyncGenerator<AuditRow[]> {
  const where = auditWhere(orgId, f);
  let cursor: string | undefined;
  for (;;) {
    const events = await db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: chunk,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (!events.length) return;
    yield await withNames(orgId, events);
    if (events.length < chunk) return;
    cursor = events[events.length - 1]!.id;
  }
}
