"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/auth/action";
import { addNote, decide, decideMany, deleteNote, editNote } from "@/lib/review";
import { addNoteSchema, decideManySchema, decideSchema, deleteNoteSchema, editNoteSchema } from "./schemas";

// Recruiters and admins decide and take notes (RECRUITER is the lowest role: both pass).

export const decideApplication = orgAction(
  { role: "RECRUITER", schema: decideSchema },
  async ({ applicationId, ...input }, ctx) => {
    const result = await decide(ctx.actor, applicationId, input);
    revalidatePath(`/jobs/${result.jobId}`, "layout");
    return result;
  },
);

export const decideApplications = orgAction(
  { role: "RECRUITER", schema: decideManySchema },
  async ({ jobId, applicationIds, ...input }, ctx) => {
    const result = await decideMany(ctx.actor, jobId, applicationIds, input);
    revalidatePath(`/jobs/${jobId}`, "layout");
    return { ...result, count: result.changed };
  },
);

export const addApplicationNote = orgAction(
  { role: "RECRUITER", schema: addNoteSchema },
  async ({ applicationId, body }, ctx) => {
    const result = await addNote(ctx.actor, applicationId, body);
    revalidatePath(`/jobs/${result.jobId}`, "layout");
    return result;
  },
);

export const editApplicationNote = orgAction(
  { role: "RECRUITER", schema: editNoteSchema },
  async ({ noteId, body }, ctx) => {
    const result = await editNote(ctx.actor, noteId, body);
    revalidatePath(`/jobs/${result.jobId}`, "layout");
    return result;
  },
);

export const deleteApplicationNote = orgAction(
  { role: "RECRUITER", schema: deleteNoteSchema },
  async ({ noteId }, ctx) => {
    const result = await deleteNote(ctx.actor, noteId);
    revalidatePath(`/jobs/${result.jobId}`, "layout");
    return result;
  },
);
