import { orgRoute } from "@/lib/auth/route";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { parseAuditFilters } from "@/lib/audit-log/filters";
import { iterateAuditEvents } from "@/lib/audit-log/queries";
import { AUDIT_CSV_HEADER, auditCsvLine } from "@/lib/audit-log/csv";
import { csvRow } from "@/lib/csv";

export const dynamic = "force-dynamic";

/**
 * The filtered audit log as CSV, admins only. Streamed in cursor pages so a long history never
 * sits in memory; the export itself is audited (with its filters) before the first byte.
 */
export const GET = orgRoute<Record<string, never>>("ADMIN", async (req, ctx) => {
  const filters = parseAuditFilters(Object.fromEntries(new URL(req.url).searchParams));
  await recordAudit(db, {
    orgId: ctx.actor.orgId,
    actorId: ctx.actor.userId,
    action: "audit.exported",
    data: { actor: filters.actorId, action: filters.action, job: filters.jobId, from: filters.from, to: filters.to },
  });
  const encoder = new TextEncoder();
  const events = iterateAuditEvents(ctx.actor.orgId, filters);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvRow(AUDIT_CSV_HEADER)));
    },
    async pull(controller) {
      const next = await events.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(next.value.map(auditCsvLine).join("")));
    },
    async cancel() {
      await events.return(undefined);
    },
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-log-${stamp}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
