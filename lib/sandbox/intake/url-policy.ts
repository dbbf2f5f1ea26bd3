import { getConfig } from "@/lib/config";

/**
 * Which resume URLs the sandbox fetches, as Nova does: HTTPS to public hosts only (every host
 * is resolved and each address checked, see fetch-resume.ts). The one exception are URL
 * prefixes we trust because we issue them: the app's own signed file links
 * (`APP_URL` origin + `/api/files/`), which on a laptop are plain HTTP on localhost.
 */
export interface ResumeUrlPolicy {
  /** URL prefixes (compared against the parsed, normalised href) fetched without the address check. */
  trustedPrefixes: string[];
}

export function defaultResumeUrlPolicy(): ResumeUrlPolicy {
  const config = getConfig();
  return {
    trustedPrefixes: [`${new URL(config.appUrl).origin}/api/files/`, ...config.sandbox.trustedResumeUrlPrefixes],
  };
}

/** The generic answer for every download problem: no internal detail (status, type, address). */
export const DOWNLOAD_FAILED = "Could not download the resume.";

export type UrlVerdict = { ok: true; url: URL; trusted: boolean } | { ok: false; reason: string };

export function checkResumeUrl(raw: string, policy: ResumeUrlPolicy): UrlVerdict {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: "Resume URL is not a valid URL" };
  }
  if (url.username || url.password) return { ok: false, reason: "Resume URL must not carry credentials" };
  // The parser has already resolved `..` and percent-encoded dots, so a prefix match on the
  // href cannot be walked out of (`/api/files/../admin` is `/admin` here).
  if (policy.trustedPrefixes.some((p) => url.href.startsWith(p))) return { ok: true, url, trusted: true };
  if (url.protocol !== "https:") return { ok: false, reason: "Resume URL must use HTTPS" };
  return { ok: true, url, trusted: false };
}
