import "server-only";
import { db } from "@/lib/db";
import { DocumentError, extractText } from "@/lib/documents";
import { getStorage } from "@/lib/storage";

export type UploadedResumeText = { ok: true; text: string } | { ok: false; message: string };

/**
 * The text read from an application's uploaded resume (DOC/DOCX/PDF), for showing it inline.
 * Scoped to the org; null when the application has no uploaded file. Parsing is bounded and
 * off the request thread (lib/documents), so a hostile file costs a refused parse, nothing more.
 */
export async function uploadedResumeText(orgId: string, applicationId: string): Promise<UploadedResumeText | null> {
  const app = await db.application.findFirst({
    where: { id: applicationId, orgId },
    select: { resumeFile: { select: { storageKey: true, mimeType: true } } },
  });
  const file = app?.resumeFile;
  if (!file) return null;
  const bytes = await getStorage().get(file.storageKey);
  if (!bytes) return { ok: false, message: "The file is missing from storage." };
  try {
    return { ok: true, text: await extractText(new Uint8Array(bytes), file.mimeType) };
  } catch (err) {
    if (err instanceof DocumentError) return { ok: false, message: err.message };
    throw err;
  }
}
