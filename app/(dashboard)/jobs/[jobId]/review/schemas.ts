import { z } from "zod";
import { DECISIONS, REJECT_REASONS } from "@/lib/review/labels";
import { MAX_NOTE_LENGTH } from "@/lib/review/notes";

const id = z.string().trim().min(1).max(64);

/** Bulk decisions take any selection a recruiter can make; the domain chunks the writes. */
export const MAX_BULK_DECISION_IDS = 10_000;

const decisionFields = {
  decision: z.enum(DECISIONS, { message: "Choose Advance, Hold or Reject." }),
  reason: z.enum(REJECT_REASONS, { message: "Choose a reason from the list." }).nullish(),
  reasonText: z.string().trim().max(500, "Keep the reason under 500 characters.").nullish(),
};

export const decideSchema = z.object({ applicationId: id, ...decisionFields });

export const decideManySchema = z.object({
  jobId: id,
  applicationIds: z
    .array(id)
    .min(1, "Select at least one candidate.")
    .max(MAX_BULK_DECISION_IDS, `Select at most ${MAX_BULK_DECISION_IDS} candidates at once.`),
  ...decisionFields,
});

const body = z
  .string()
  .trim()
  .min(1, "Write something in the note.")
  .max(MAX_NOTE_LENGTH, `A note is at most ${MAX_NOTE_LENGTH} characters.`);

export const addNoteSchema = z.object({ applicationId: id, body });
export const editNoteSchema = z.object({ noteId: id, body });
export const deleteNoteSchema = z.object({ noteId: id });
