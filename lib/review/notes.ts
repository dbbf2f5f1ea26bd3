import { ForbiddenError, UserError } from "@/lib/errors";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { transaction } from "@/lib/transaction";
import { canSeeJob } from "@/lib/jobs/access";

export const MAX_NOTE_LENGTH = 5000;

export interface NoteView {
  id: string;
  body: string;
  authorId: string | null;
  authorName: string;
  createdAt: Date;
  updatedAt: Date;
  edited: boolean;
}

function cleanBody(body: string): string {
  const text = body.trim();
  if (!text) throw new UserError("Write something in the note.", "VALIDATION_ERROR", { body: ["Write something."] });
  if (text.length > MAX_NOTE_LENGTH)
    throw new UserError(`A note is at most ${MAX_NOTE_LENGTH} characters.`, "VALIDATION_ERROR", {
      body: [`At most ${MAX_NOTE_LENGTH} characters.`],
    });
  return text;
}

/** The thread, oldest first (a conversation reads top to bottom). Capped: a thread is short. */
export async function listNotes(orgId: string, applicationId: string, limit = 200): Promise<NoteView[]> {
  const rows = await db.note.findMany({
    where: { orgId, applicationId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit,
    include: { author: { select: { name: true } } },
  });
  return rows.map((n) => ({
    id: n.id,
    body: n.body,
    authorId: n.authorId,
    authorName: n.author?.name ?? "Former member",
    createdAt: n.createdAt,
    updatedAt: n.updatedAt,
    // Prisma sets both timestamps on create; a later edit moves updatedAt on.
    edited: n.updatedAt.getTime() - n.createdAt.getTime() > 1000,
  }));
}

const NO_CANDIDATE = "That candidate does not exist.";

/**
 * Adds a note and bumps the application's note count in the same transaction. Hiring managers
 * may note candidates of the jobs they are assigned to; other jobs' candidates do not exist for
 * them (checked before the write transaction, which stays short).
 */
export async function addNote(
  actor: Actor,
  applicationId: string,
  body: string,
): Promise<{ noteId: string; jobId: string }> {
  const text = cleanBody(body);
  const target = await db.application.findFirst({
    where: { id: applicationId, orgId: actor.orgId },
    select: { jobId: true },
  });
  if (!target || !(await canSeeJob(actor, target.jobId))) throw new UserError(NO_CANDIDATE, "NOT_FOUND");
  return transaction(async (tx) => {
    const app = await tx.application.findFirst({
      where: { id: applicationId, orgId: actor.orgId },
      select: { id: true, jobId: true },
    });
    if (!app) throw new UserError(NO_CANDIDATE, "NOT_FOUND");
    const note = await tx.note.create({
      data: { orgId: actor.orgId, applicationId, authorId: actor.userId, body: text },
    });
    await tx.application.update({ where: { id: applicationId }, data: { noteCount: { increment: 1 } } });
    return { noteId: note.id, jobId: app.jobId };
  });
}

async function ownNote(actor: Actor, noteId: string) {
  const note = await db.note.findFirst({
    where: { id: noteId, orgId: actor.orgId },
    include: { application: { select: { jobId: true } } },
  });
  if (!note || !(await canSeeJob(actor, note.application.jobId)))
    throw new UserError("That note does not exist any more.", "NOT_FOUND");
  if (note.authorId !== actor.userId) throw new ForbiddenError("You can only change your own notes.");
  return note;
}

export async function editNote(actor: Actor, noteId: string, body: string): Promise<{ noteId: string; jobId: string }> {
  const text = cleanBody(body);
  const note = await ownNote(actor, noteId);
  await db.note.update({ where: { id: noteId }, data: { body: text } });
  return { noteId, jobId: note.application.jobId };
}

export async function deleteNote(
  actor: Actor,
  noteId: string,
): Promise<{ noteId: string; applicationId: string; jobId: string }> {
  const note = await ownNote(actor, noteId);
  await transaction(async (tx) => {
    // deleteMany: a second click racing the first deletes nothing and must not decrement twice.
    const { count } = await tx.note.deleteMany({ where: { id: noteId, orgId: actor.orgId } });
    if (count)
      await tx.application.update({ where: { id: note.applicationId }, data: { noteCount: { decrement: 1 } } });
  });
  return { noteId, applicationId: note.applicationId, jobId: note.application.jobId };
}
