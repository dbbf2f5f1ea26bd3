/**
 * Resume formats Nova accepts (PDF, DOC, DOCX), recognised by their first bytes, never by the
 * name or the browser's Content-Type, which the uploader controls.
 */
export const RESUME_TYPES = {
  pdf: { mime: "application/pdf", ext: "pdf" },
  doc: { mime: "application/msword", ext: "doc" },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ext: "docx" },
} as const;
export type ResumeKind = keyof typeof RESUME_TYPES;

/** Our upload limit for a resume file: well under Nova's 50 MB by URL, and G1's 10 MB. */
export const MAX_RESUME_FILE_BYTES = 10 * 1024 * 1024;

const PDF = Buffer.from("%PDF-");
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export function sniffResume(data: Buffer): ResumeKind | null {
  if (data.subarray(0, PDF.length).equals(PDF)) return "pdf";
  if (data.subarray(0, OLE.length).equals(OLE)) return "doc";
  // Any ZIP is not a DOCX: require the Word part's name among the archive's entry names
  // (local file headers store names uncompressed).
  if (
    data.subarray(0, ZIP.length).equals(ZIP) &&
    data.includes("word/document.xml") &&
    data.includes("[Content_Types].xml")
  )
    return "docx";
  return null;
}
