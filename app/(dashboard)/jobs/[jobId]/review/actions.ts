"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/auth/action";
import { addNote, decide, decideMany, deleteNote, editNote } from "@/lib/review";
import { getHideIdentities } from "@/lib/blind/prefs";
import { addNoteSchema, decideManySchema, decideSchema, deleteNoteSchema, editNoteSchema } from "./schemas";

// Recruiters and admins decide. A decision made with Hide identities on is recorded as blind
// (the preference is read from the user's row, not from the client).

export const decideApplication = orgAction(
  { role: "RECRUITER", schema: decideSchema },
  async ({ applicationId, ...input }, ctx) => {
    const blind = await getHideIdentities(ctx.actor.userId);
    const result = await decide(ctx.actor, applicationId, { ...input, blind });
    revalidatePath(`/jobs/${result.jobId}`, "layout");
    return result;
  },
);

export const decideApplications = orgAction(
  { role: "RECRUITER", schema: decideManySchema },
  async ({ jobId, applicationIds, ...input }, ctx) => {
    const blind = await getHideIdentities(ctx.actor.userId);
    const result = await decideMany(ctx.actor, jobId, applicationIds, { ...input, blind });
    revalidatePath(`/jobs/${jobId}`, "layout");
    return { ...result, count: result.changed };
  },
);

// Hiring managers also take notes, on the jobs they are assigned to (lib/review/notes checks
// the assignment); every other review action is a recruiter's.
export const addApplicationNote = orgAction(
  { role: "HIRING_MANAGER", schema: addNoteSchema },
  async ({ applicationId, body }, ctx) => {
    const result = await addNote(ctx.actor, applicationId, body);
    revalidatePath(`/jobs/${result.jobId}`, "layout");
    return result;
  },
);

export const editApplicationNote = orgAction(
  { role: "HIRING_MANAGER", schema: editNoteSchema },
  async ({ noteId, body }, ctx) => {
    const result = await editNote(ctx.actor, noteId, body);
    revalidatePath(`/jobs/${result.jobId}`, "layout");
    return result;
  },
);

export const deleteApplicationNote = orgAction(
  { role: "HIRING_MANAGER", schema: deleteNoteSchema },
  async ({ noteId }, ctx) => {
    const result = await deleteNote(ctx.actor, noteId);
    revalidatePath(`/jobs/${result.jobId}`, "layout");
    return result;
  },
);
