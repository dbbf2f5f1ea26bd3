import { recordAudit } from "@/lib/audit";
import { UserError } from "@/lib/errors";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { novaFor } from "@/lib/nova";
import { IMPORTANCES, type Importance } from "@/lib/nova/importance";
import { withNova } from "@/lib/nova/user-message";
import { NovaApiError } from "@/lib/nova/errors";

/** A criterion template in the tenant's library at Nova (never used for scoring directly). */
export interface LibraryItem {
  id: string;
  text: string;
  importance: Importance;
  /** We file a saved criterion under the title of the job it came from. */
  category: string | null;
}

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function asImportance(value: string): Importance {
  const upper = value.toUpperCase() as Importance;
  return IMPORTANCES.includes(upper) ? upper : "PREFERRED";
}

/** The tenant's library, newest first (Nova keeps it; a library is a few hundred items at most). */
export async function listLibrary(actor: Actor): Promise<LibraryItem[]> {
  const items = await withNova(() => novaFor(actor).listLibrary());
  return items.map((c) => ({
    id: c.id,
    text: c.text,
    importance: asImportance(c.importance),
    category: c.category ?? null,
  }));
}

/**
 * Saves one criterion of the job's active version to the tenant's library. Saving the same text
 * twice keeps one template (Nova's create is not idempotent, so we look first). Audited as
 * `criteria.library_saved`.
 */
export async function saveToLibrary(
  actor: Actor,
  jobId: string,
  criterionId: string,
): Promise<{ item: LibraryItem; alreadySaved: boolean }> {
  const job = await db.job.findFirst({
    where: { id: jobId, orgId: actor.orgId },
    select: { title: true, activeCriteriaVersionId: true },
  });
  if (!job) throw new UserError("That job does not exist.", "NOT_FOUND");
  const criterion = job.activeCriteriaVersionId
    ? await db.criterion.findFirst({
        where: { versionId: job.activeCriteriaVersionId, novaId: criterionId },
        select: { text: true, importance: true },
      })
    : null;
  if (!criterion)
    throw new UserError(
      "That criterion is no longer in this job's criteria — reload to see the current ones.",
      "NOT_FOUND",
    );
  const existing = (await listLibrary(actor)).find((i) => sameText(i.text, criterion.text));
  if (existing) return { item: existing, alreadySaved: true };
  const saved = await withNova(() =>
    novaFor(actor).addToLibrary({
      text: criterion.text,
      importance: criterion.importance,
      category: job.title.slice(0, 100),
    }),
  );
  await recordAudit(db, {
    orgId: actor.orgId,
    actorId: actor.userId,
    action: "criteria.library_saved",
    targetType: "job",
    targetId: jobId,
    data: { libraryId: saved.id, text: criterion.text, importance: criterion.importance },
  });
  return {
    item: {
      id: saved.id,
      text: saved.text,
      importance: asImportance(saved.importance),
      category: saved.category ?? null,
    },
    alreadySaved: false,
  };
}

/** A template another admin removed meanwhile (or another tenant's id): plainly not found. */
async function onTemplate<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof NovaApiError && err.status === 404)
      throw new UserError("That library criterion no longer exists — reload the library.", "NOT_FOUND");
    throw err;
  }
}

/** Edits a library template's text and/or importance (admin). Audited as `criteria.library_updated`. */
export async function updateLibraryItem(
  actor: Actor,
  id: string,
  patch: { text?: string; importance?: Importance },
): Promise<LibraryItem> {
  const saved = await withNova(() => onTemplate(() => novaFor(actor).updateLibraryItem(id, patch)));
  await recordAudit(db, {
    orgId: actor.orgId,
    actorId: actor.userId,
    action: "criteria.library_updated",
    targetType: "library_criterion",
    targetId: id,
    data: patch,
  });
  return {
    id: saved.id,
    text: saved.text,
    importance: asImportance(saved.importance),
    category: saved.category ?? null,
  };
}

/**
 * Removes a template from the library (admin); jobs that already use its text keep it: a library
 * criterion is copied into a job, never linked. Audited as `criteria.library_removed`.
 */
export async function removeLibraryItem(actor: Actor, id: string): Promise<{ id: string }> {
  await withNova(() => onTemplate(() => novaFor(actor).removeFromLibrary(id)));
  await recordAudit(db, {
    orgId: actor.orgId,
    actorId: actor.userId,
    action: "criteria.library_removed",
    targetType: "library_criterion",
    targetId: id,
  });
  return { id };
}
