import { ResumeIntakeError } from "./errors";
import type { ResumeFormat } from "./types";
import { refuseResumeUrl } from "./url-policy";

/** Nova's limits (nova-api.md §5.2/§5.3); overridable only so tests stay small and fast. */
export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { maxBytes: 50 * 1024 * 1024, timeoutMs: 15_000, maxRedirects: 3 };

const FORMAT_BY_CONTENT_TYPE: Record<string, ResumeFormat> = {
  "application/pdf": "pdf",
  "application/msword": "doc",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
};

export interface FetchedResume {
  format: ResumeFormat;
  bytes: Uint8Array;
}

/**
 * Downloads a resume the way Nova does at submission: HTTPS (or loopback HTTP), a few redirects
 * each re-checked against the same rules, one overall timeout, and a byte cap enforced while
 * streaming so a huge or endless body is never buffered.
 *
 * A Content-Type other than PDF/DOC/DOCX (including application/octet-stream) is refused as
 * RESUME_FETCH_FAILED, not RESUME_PARSE_FAILED: nothing was parsed, and the fix is on the
 * storage side (set the object's metadata), like every other fetch problem.
 */
export async function fetchResume(rawUrl: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<FetchedResume> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    const res = await followRedirects(rawUrl, limits.maxRedirects, signal);
    if (!res.ok) {
      await res.body?.cancel();
      throw new ResumeIntakeError("RESUME_FETCH_FAILED", `Failed to fetch resume: the URL answered HTTP ${res.status}`);
    }
    const contentType = (res.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    const format = FORMAT_BY_CONTENT_TYPE[contentType];
    if (!format) {
      await res.body?.cancel();
      throw new ResumeIntakeError(
        "RESUME_FETCH_FAILED",
        `Resume URL returned Content-Type "${contentType || "none"}"; expected application/pdf, application/msword or the DOCX type`,
      );
    }
    const declared = Number(res.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
      await res.body?.cancel();
      throw tooLarge(limits.maxBytes);
    }
    return { format, bytes: await readCapped(res, limits.maxBytes) };
  } catch (err) {
    if (err instanceof ResumeIntakeError) throw err;
    if (signal.aborted) {
      throw new ResumeIntakeError(
        "RESUME_FETCH_FAILED",
        `Failed to fetch resume: no complete answer within ${limits.timeoutMs / 1000} s`,
      );
    }
    throw new ResumeIntakeError("RESUME_FETCH_FAILED", `Failed to fetch resume: ${(err as Error).message}`);
  }
}

async function followRedirects(rawUrl: string, maxRedirects: number, signal: AbortSignal): Promise<Response> {
  let url = rawUrl;
  for (let hop = 0; ; hop++) {
    const refused = refuseResumeUrl(url);
    if (refused)
      throw new ResumeIntakeError(
        "RESUME_FETCH_FAILED",
        hop === 0 ? refused : `Redirected to a refused URL: ${refused}`,
      );
    // Redirects are followed by hand so every hop is held to the HTTPS/loopback rule.
    const res = await fetch(url, { redirect: "manual", signal });
    const location = res.headers.get("location");
    if (res.status < 300 || res.status >= 400 || !location) return res;
    await res.body?.cancel();
    if (hop >= maxRedirects)
      throw new ResumeIntakeError("RESUME_FETCH_FAILED", `Failed to fetch resume: more than ${maxRedirects} redirects`);
    url = new URL(location, url).toString();
  }
}

async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

function tooLarge(maxBytes: number): ResumeIntakeError {
  return new ResumeIntakeError(
    "RESUME_TOO_LARGE",
    `Resume file is larger than ${Math.round(maxBytes / (1024 * 1024))} MB`,
  );
}
