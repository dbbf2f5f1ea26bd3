import { recordAudit } from "@/lib/audit";
import { UserError } from "@/lib/errors";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { parseList, rankingOrder, rankingWhere } from "@/lib/applications/queries";
import { ranker, scoreGroups } from "@/lib/applications/rank";
import {
  PIPELINE_STATUS_LABEL,
  serializeRankingFilters,
  type RankingFilters,
} from "@/lib/applications/ranking-filters";
import { versionNumbers } from "@/lib/criteria/queries";
import { scoreBand } from "@/lib/nova/bands";
import { csvRow } from "@/lib/csv";
import { candidateAlias, redactAll, redactIdentity } from "@/lib/blind/alias";
import { DECISION_LABEL, describeReason } from "./labels";

export const EXPORT_HEADER = [
  "Rank",
  "Name",
  "Email",
  "Score",
  "Band",
  "Verdict",
  "Strengths",
  "Concerns",
  "Interview focus",
  "Criteria version",
  "Stale",
  "Decision",
  "Reason",
  "Notes",
  "Pipeline status",
];

/** Rows read per query while streaming: bounded memory and IN lists whatever the job's size. */
const EXPORT_CHUNK = 500;

/** The list in order: ids only (10,000 ids is a few hundred KB), so pages never shift under us. */
async function orderedIds(
  orgId: string,
  jobId: string,
  activeNovaId: string | null,
  f: RankingFilters,
  blind: boolean,
) {
  const rows = await db.application.findMany({
    where: rankingWhere(orgId, jobId, activeNovaId, f, { blind }),
    orderBy: rankingOrder(f.sort, { blind }),
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/**
 * The ranking as the recruiter filtered and sorted it, as a CSV stream: every matching row
 * (not just one page), read in chunks so 10,000 rows never sit in memory at once. The export
 * is audited (who, which job, which filters, how many rows) before the first byte is sent.
 * Under blind review (`blind`, the exporter's Hide identities) names become the same aliases
 * the pages show, emails are left out, and names, contacts and links are redacted from Nova's
 * assessment text, so the file is as anonymous as the screen it was exported from.
 */
export async function exportRanking(
  actor: Actor,
  jobId: string,
  filters: RankingFilters,
  { blind = false }: { blind?: boolean } = {},
): Promise<{ fileName: string; rows: number; body: ReadableStream<Uint8Array> }> {
  const job = await db.job.findFirst({
    where: { id: jobId, orgId: actor.orgId },
    select: { id: true, title: true, activeCriteriaVersion: { select: { novaId: true } } },
  });
  if (!job) throw new UserError("That job does not exist.", "NOT_FOUND");
  const activeNovaId = job.activeCriteriaVersion?.novaId ?? null;
  const f = { ...filters, page: 1 };
  const [ids, groups, versions] = await Promise.all([
    orderedIds(actor.orgId, jobId, activeNovaId, f, blind),
    scoreGroups(actor.orgId, jobId),
    versionNumbers(actor.orgId, jobId),
  ]);
  await recordAudit(db, {
    orgId: actor.orgId,
    actorId: actor.userId,
    action: "ranking.exported",
    targetType: "job",
    targetId: jobId,
    data: { filters: serializeRankingFilters(f), rows: ids.length, ...(blind ? { blind: true } : {}) },
  });
  const rankOf = ranker(groups);
  const encoder = new TextEncoder();
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      // A BOM so spreadsheet apps read the file as UTF-8 (names with accents stay intact).
      controller.enqueue(encoder.encode("\uFEFF" + csvRow(EXPORT_HEADER)));
    },
    async pull(controller) {
      if (next >= ids.length) return controller.close();
      const chunk = ids.slice(next, next + EXPORT_CHUNK);
      next += chunk.length;
      const apps = await db.application.findMany({
        where: { id: { in: chunk }, orgId: actor.orgId },
        select: {
          id: true,
          candidateName: true,
          candidateEmail: true,
          currentScore: true,
          currentCriteriaVersionNovaId: true,
          pipelineStatus: true,
          decision: true,
          rejectReason: true,
          rejectReasonText: true,
          noteCount: true,
          scoringJobs: {
            where: { status: "COMPLETED" },
            orderBy: { submittedAt: "desc" },
            take: 1,
            select: { verdict: true, strengths: true, concerns: true, interviewFocus: true },
          },
        },
      });
      const byId = new Map(apps.map((a) => [a.id, a]));
      let out = "";
      for (const id of chunk) {
        const a = byId.get(id);
        if (!a) continue; // deleted while exporting
        const s = a.scoringJobs[0];
        const version = a.currentCriteriaVersionNovaId;
        const who = { name: a.candidateName, email: a.candidateEmail, alias: candidateAlias(a.id) };
        const text = (t: string | null | undefined) => (t && blind ? redactIdentity(t, who) : (t ?? null));
        const list = (raw: string | null | undefined) => {
          const items = parseList(raw);
          return (blind ? redactAll(items, who) : items).join("; ");
        };
        out += csvRow([
          a.currentScore === null ? null : rankOf(a.currentScore),
          blind ? who.alias : a.candidateName,
          blind ? null : a.candidateEmail,
          a.currentScore,
          a.currentScore === null ? null : scoreBand(a.currentScore).label,
          text(s?.verdict),
          list(s?.strengths),
          list(s?.concerns),
          list(s?.interviewFocus),
          version ? `v${versions.get(version) ?? "?"}` : null,
          activeNovaId !== null && version !== null && version !== activeNovaId ? "yes" : "no",
          DECISION_LABEL[a.decision],
          text(describeReason(a.rejectReason, a.rejectReasonText)),
          a.noteCount,
          PIPELINE_STATUS_LABEL[a.pipelineStatus],
        ]);
      }
      controller.enqueue(encoder.encode(out));
    },
  });
  const slug =
    job.title
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase() || "job";
  return { fileName: `${slug}-candidates.csv`, rows: ids.length, body };
}
