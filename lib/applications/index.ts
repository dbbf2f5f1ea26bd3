import { createHash, randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit";
import { UserError } from "@/lib/errors";
import type { Actor } from "@/lib/actor";
import { chunked } from "@/lib/chunks";
import { db } from "@/lib/db";
import { transaction } from "@/lib/transaction";
import { requireOpenJob } from "@/lib/jobs/guards";
import { novaFor } from "@/lib/nova";
import { withNova } from "@/lib/nova/user-message";
import { getStorage, MAX_RESUME_FILE_BYTES, RESUME_TYPES, sniffResume } from "@/lib/storage";
import type { CsvCandidate, CsvRow } from "./csv";
import { describeDuplicate, emailKey, existingByKeys, findDuplicates } from "./duplicates";
import { pastedTextSha256, resumePartOf, searchTextFor } from "./search-text";
import { DocumentError, extractText } from "@/lib/documents";
import { nameFromFileName } from "./validation";

export interface NewApplication {
  jobId: string;
  candidateName?: string;
  candidateEmail?: string;
  resumeFile?: File;
  resumeText?: string;
  screeningAnswers: { question: string; answer: string }[];
  coverNote?: string;
  /** Add even when the same email, file or text is already in the job (the recruiter chose to). */
  allowDuplicate?: boolean;
}

/**
 * Stores one application. An uploaded file must be a real PDF/DOC/DOCX (checked by its bytes)
 * of at most 10 MB; it is stored under a random key, never under the uploader's file name.
 * The file is written before the row and removed again if the row cannot be written.
 */
export async function createApplication(actor: Actor, input: NewApplication): Promise<{ applicationId: string }> {
  await requireOpenJob(actor.orgId, input.jobId);
  if (!input.resumeFile && !input.resumeText)
    throw new UserError("Upload a resume file or paste the resume text.", "VALIDATION_ERROR", {
      resumeFile: ["Upload a resume file or paste the resume text."],
    });
  if (input.resumeFile && input.resumeText)
    throw new UserError("Give either a file or pasted text, not both.", "VALIDATION_ERROR");

  let file: { storageKey: string; fileName: string; mimeType: string; size: number; sha256: string } | null = null;
  let fileText: string | null = null;
  if (input.resumeFile) {
    const f = input.resumeFile;
    if (f.size > MAX_RESUME_FILE_BYTES)
      throw fileError(
        `${f.name} is ${(f.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_RESUME_FILE_BYTES / 1024 / 1024} MB.`,
        "FILE_TOO_LARGE",
      );
    if (f.size === 0) throw fileError(`${f.name} is empty.`, "FILE_EMPTY");
    const data = Buffer.from(await f.arrayBuffer());
    const kind = sniffResume(data);
    if (!kind) throw fileError(`${f.name} is not a PDF, DOC or DOCX file.`, "UNSUPPORTED_FILE_TYPE");
    const storageKey = `r_${randomBytes(16).toString("hex")}`;
    await getStorage().put(storageKey, data);
    file = {
      storageKey,
      fileName: f.name.slice(0, 255),
      mimeType: RESUME_TYPES[kind].mime,
      size: data.length,
      sha256: createHash("sha256").update(data).digest("hex"),
    };
    fileText = await searchableText(data, file.mimeType);
  }
  const resumeSha256 = file?.sha256 ?? (input.resumeText ? pastedTextSha256(input.resumeText) : null);
  if (!input.allowDuplicate) {
    const [dup] = await findDuplicates(actor.orgId, input.jobId, {
      email: input.candidateEmail,
      resumeSha256,
      isFile: Boolean(file),
    });
    if (dup) {
      if (file)
        await getStorage()
          .delete(file.storageKey)
          .catch(() => undefined);
      throw new UserError(describeDuplicate(dup), "DUPLICATE", { duplicate: [dup.reason, dup.applicationId] });
    }
  }
  const candidateName = input.candidateName || (input.resumeFile ? nameFromFileName(input.resumeFile.name) : "");
  if (!candidateName)
    throw new UserError("Enter the candidate's name.", "VALIDATION_ERROR", {
      candidateName: ["Enter the candidate's name."],
    });
  try {
    const app = await transaction(async (tx) => {
      const stored = file ? await tx.resumeFile.create({ data: { orgId: actor.orgId, ...file } }) : null;
      return tx.application.create({
        data: {
          orgId: actor.orgId,
          jobId: input.jobId,
          candidateName,
          candidateEmail: input.candidateEmail || null,
          candidateEmailKey: emailKey(input.candidateEmail),
          resumeText: input.resumeText ?? null,
          resumeFileId: stored?.id ?? null,
          screeningAnswers: JSON.stringify(input.screeningAnswers),
          coverNote: input.coverNote || null,
          createdById: actor.userId,
          searchText: searchTextFor({
            candidateName,
            candidateEmail: input.candidateEmail,
            resumeText: input.resumeText ?? fileText,
          }),
          resumeSha256,
        },
      });
    });
    return { applicationId: app.id };
  } catch (err) {
    if (file)
      await getStorage()
        .delete(file.storageKey)
        .catch(() => undefined);
    throw err;
  }
}

/**
 * The uploaded file's text for search only. A file we cannot read (a scanned image, a
 * password-protected PDF) is still stored and sent to Nova, whose intake gives the verdict the
 * recruiter sees; it is just not findable by its content.
 */
async function searchableText(data: Buffer, mimeType: string): Promise<string | null> {
  try {
    return await extractText(new Uint8Array(data), mimeType);
  } catch (err) {
    // Search is a convenience: a parser failure must never cost the recruiter the upload.
    if (!(err instanceof DocumentError)) console.warn("[applications] could not read an upload for search", err);
    return null;
  }
}

function fileError(message: string, code: string): UserError {
  return new UserError(message, code, { resumeFile: [message] });
}

/**
 * Rows already in the job (same email, any case, or same resume text), or repeated earlier in
 * the same file, by their position in `rows`: the import skips and reports them. The job is
 * asked once per chunk of keys (existingByKeys), never once per row.
 */
export async function csvDuplicates(actor: Actor, jobId: string, rows: CsvRow[]): Promise<Map<number, string>> {
  const keyed = rows.map((r) => ({
    name: r.candidateName,
    email: emailKey(r.candidateEmail),
    sha: r.resumeText ? pastedTextSha256(r.resumeText) : null,
  }));
  const existing = await existingByKeys(
    actor.orgId,
    jobId,
    keyed.flatMap((k) => (k.email ? [k.email] : [])),
    keyed.flatMap((k) => (k.sha ? [k.sha] : [])),
  );
  const out = new Map<number, string>();
  const seenEmail = new Map<string, string>();
  const seenText = new Map<string, string>();
  for (const [i, { name, email, sha }] of keyed.entries()) {
    const earlier = (email && seenEmail.get(email)) || (sha && seenText.get(sha));
    if (earlier) {
      out.set(i, `Duplicate of ${earlier} earlier in this file.`);
      continue;
    }
    const emailDup = email ? existing.byEmail.get(email) : undefined;
    const textDup = sha ? existing.bySha.get(sha) : undefined;
    if (emailDup) out.set(i, describeDuplicate({ candidateName: emailDup, reason: "email" }));
    else if (textDup) out.set(i, describeDuplicate({ candidateName: textDup, reason: "text" }));
    if (email) seenEmail.set(email, name);
    if (sha) seenText.set(sha, name);
  }
  return out;
}

/** Rows per INSERT: about seven parameters each, well under SQLite's bound-parameter limit. */
const INSERT_CHUNK = 100;

/**
 * All rows in one transaction, so an import lands completely or not at all; multi-row inserts
 * of INSERT_CHUNK keep even a 10,000-row import a short transaction (one statement per row
 * held the write lock for seconds).
 */
export async function createApplicationsFromCsv(actor: Actor, jobId: string, rows: CsvCandidate[]): Promise<string[]> {
  await requireOpenJob(actor.orgId, jobId);
  return transaction(async (tx) => {
    const ids: string[] = [];
    for (const chunk of chunked(rows, INSERT_CHUNK)) {
      const created = await tx.application.createManyAndReturn({
        data: chunk.map((r) => ({
          orgId: actor.orgId,
          jobId,
          candidateName: r.candidateName,
          candidateEmail: r.candidateEmail,
          candidateEmailKey: emailKey(r.candidateEmail),
          resumeText: r.resumeText,
          resumeUrl: r.resumeUrl,
          createdById: actor.userId,
          searchText: searchTextFor(r),
          resumeSha256: r.resumeText ? pastedTextSha256(r.resumeText) : null,
        })),
        select: { id: true },
      });
      ids.push(...created.map((a) => a.id));
    }
    return ids;
  });
}

/**
 * Deletes an application everywhere: first a Nova deletion request (if Nova ever saw it; a
 * failure stops here so nothing is lost locally and the admin can retry), then the local rows,
 * results and stored file.
 */
export async function deleteApplication(actor: Actor, applicationId: string): Promise<{ applicationId: string }> {
  const app = await db.application.findFirst({
    where: { id: applicationId, orgId: actor.orgId },
    include: { resumeFile: true },
  });
  if (!app) throw new UserError("That application does not exist.", "NOT_FOUND");
  const novaSawIt = app.submittedAt !== null || (await db.scoringJob.count({ where: { applicationId } })) > 0;
  const deletionRequestId = novaSawIt
    ? (
        await withNova(() => novaFor(actor).deleteApplication(app.jobId, app.id), {
          message: "Nova could not take the deletion request. Nothing was deleted; try again.",
          code: "NOVA_UNAVAILABLE",
        })
      ).id
    : null;
  await transaction(async (tx) => {
    // Pending outbox items stay: the worker finds the application gone and counts them done.
    await tx.application.update({ where: { id: applicationId }, data: { currentScoringJobId: null } });
    await tx.scoringJob.deleteMany({ where: { applicationId } });
    await tx.application.delete({ where: { id: applicationId } });
    if (app.resumeFile) await tx.resumeFile.delete({ where: { id: app.resumeFile.id } });
    // Polled until Nova reports it done (lib/deletions); the audit log then shows the outcome.
    if (deletionRequestId)
      await tx.novaDeletionRequest.upsert({
        where: { novaId: deletionRequestId },
        create: { orgId: actor.orgId, novaId: deletionRequestId, scope: "application", targetId: applicationId },
        update: {},
      });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "application.deleted",
      targetType: "application",
      targetId: applicationId,
      data: { jobId: app.jobId, deletionRequestId },
    });
  });
  if (app.resumeFile) await getStorage().delete(app.resumeFile.storageKey);
  return { applicationId };
}

/** Fixes a candidate's name or email (typos, a name derived from a file name). Audited. */
export async function updateCandidate(
  actor: Actor,
  applicationId: string,
  input: { candidateName: string; candidateEmail: string | null },
): Promise<{ applicationId: string; jobId: string }> {
  return transaction(async (tx) => {
    const app = await tx.application.findFirst({
      where: { id: applicationId, orgId: actor.orgId },
      select: { id: true, jobId: true, candidateName: true, candidateEmail: true, searchText: true },
    });
    if (!app) throw new UserError("That candidate does not exist.", "NOT_FOUND");
    await tx.application.update({
      where: { id: app.id },
      data: {
        candidateName: input.candidateName,
        candidateEmail: input.candidateEmail,
        candidateEmailKey: emailKey(input.candidateEmail),
        // The resume part stays (for an uploaded file it is the extracted text, not stored elsewhere).
        searchText: searchTextFor({ ...input, resumeText: resumePartOf(app.searchText) }),
      },
    });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "application.updated",
      targetType: "application",
      targetId: app.id,
      data: {
        jobId: app.jobId,
        from: { name: app.candidateName, email: app.candidateEmail },
        to: { name: input.candidateName, email: input.candidateEmail },
      },
    });
    return { applicationId: app.id, jobId: app.jobId };
  });
}
