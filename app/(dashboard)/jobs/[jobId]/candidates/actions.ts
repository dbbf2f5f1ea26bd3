"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/auth/action";
import { UserError } from "@/lib/errors";
import * as applications from "@/lib/applications";
import { parseCandidatesCsv } from "@/lib/applications/csv";
import { getPipelineStatus } from "@/lib/applications/queries";
import * as scoring from "@/lib/scoring/commands";
import {
  addApplicationSchema,
  deleteApplicationSchema,
  importCsvSchema,
  rescoreApplicationsSchema,
  submitApplicationsSchema,
  updateCandidateSchema,
} from "./schemas";

/** One application (the UI calls this once per uploaded file), optionally sent to Nova at once. */
export const addApplication = orgAction(
  { role: "RECRUITER", schema: addApplicationSchema },
  async ({ submitNow, ...input }, ctx) => {
    const { applicationId } = await applications.createApplication(ctx.actor, input);
    const error = submitNow ? await scoring.submitNewApplication(ctx.actor, applicationId) : undefined;
    const pipelineStatus = (await getPipelineStatus(ctx.actor.orgId, applicationId))!;
    revalidatePath(`/jobs/${input.jobId}`);
    return { applicationId, pipelineStatus, ...(error ? { error } : {}) };
  },
);

/**
 * Many candidates from a CSV. Bad rows are listed with their reasons and skipped; the good
 * rows are created together in one transaction (no row is ever half-written).
 */
export interface CsvImportResult {
  created: number;
  errors: { row: number; message: string }[];
  /** Rows skipped because the candidate is already in the job (or earlier in the file). */
  duplicates: { row: number; message: string }[];
  operationId?: string;
}

export const importCandidatesCsv = orgAction(
  { role: "RECRUITER", schema: importCsvSchema },
  async ({ jobId, file, submitNow }, ctx): Promise<CsvImportResult> => {
    const { rows, errors, fileError } = parseCandidatesCsv(await file.text());
    if (fileError) throw new UserError(fileError, "VALIDATION_ERROR", { file: [fileError] });
    if (!rows.length) {
      if (errors.length) return { created: 0, errors, duplicates: [] };
      throw new UserError("The file has no candidate rows.", "VALIDATION_ERROR");
    }
    const dups = await applications.csvDuplicates(ctx.actor, jobId, rows);
    const duplicates = [...dups].map(([i, message]) => ({ row: rows[i]!.row, message }));
    const fresh = rows.filter((_, i) => !dups.has(i));
    const ids = fresh.length ? await applications.createApplicationsFromCsv(ctx.actor, jobId, fresh) : [];
    const op = submitNow && ids.length ? await scoring.submitApplications(ctx.actor, jobId, ids) : null;
    revalidatePath(`/jobs/${jobId}`);
    return {
      created: ids.length,
      errors,
      duplicates,
      ...(op?.operationId ? { operationId: op.operationId } : {}),
    };
  },
);

/** A second click (or a retry) finds nothing left to queue: say so instead of queuing twice. */
function started(
  result: { operationId: string | null; count: number },
  nothing: string,
): { operationId: string; count: number } {
  if (!result.operationId) throw new UserError(nothing, "NOTHING_TO_DO");
  return { operationId: result.operationId, count: result.count };
}

export const submitApplications = orgAction(
  { role: "RECRUITER", schema: submitApplicationsSchema },
  async ({ jobId, applicationIds }, ctx) => {
    const result = await scoring.submitApplications(ctx.actor, jobId, applicationIds);
    revalidatePath(`/jobs/${jobId}`);
    return started(result, "Nothing to submit: these candidates are already submitted or queued.");
  },
);

/** What a rescore would take, by band and decision, for its confirmation dialog. Writes nothing. */
export const previewRescore = orgAction({ role: "ADMIN", schema: rescoreApplicationsSchema }, async (input, ctx) =>
  scoring.previewRescore(ctx.actor, input),
);

export const rescoreApplications = orgAction(
  { role: "ADMIN", schema: rescoreApplicationsSchema },
  async (input, ctx) => {
    const result = await scoring.rescoreApplications(ctx.actor, input);
    revalidatePath(`/jobs/${input.jobId}`);
    return started(
      result,
      input.scope === "stale"
        ? "No stale candidates to rescore."
        : "Nothing to rescore: these candidates are already queued.",
    );
  },
);

export const deleteApplication = orgAction(
  { role: "ADMIN", schema: deleteApplicationSchema },
  async ({ applicationId }, ctx) => {
    const result = await applications.deleteApplication(ctx.actor, applicationId);
    revalidatePath("/jobs", "layout");
    return result;
  },
);

export const updateCandidate = orgAction(
  { role: "RECRUITER", schema: updateCandidateSchema },
  async ({ applicationId, ...fields }, ctx) => {
    const result = await applications.updateCandidate(ctx.actor, applicationId, fields);
    revalidatePath(`/jobs/${result.jobId}`, "layout");
    return result;
  },
);
