import { isIP } from "node:net";

/**
 * Nova fetches resumes over HTTPS only. The sandbox also allows plain HTTP to loopback hosts,
 * so the dashboard and the sandbox work together on one machine without certificates.
 * Returns a reason the URL is refused, or null when it may be fetched.
 */
export function refuseResumeUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "Resume URL is not a valid URL";
  }
  if (url.username || url.password) return "Resume URL must not carry credentials";
  if (url.protocol === "https:") return null;
  if (url.protocol === "http:" && isLoopbackHost(url.hostname)) return null;
  return "Resume URL must use HTTPS (plain HTTP is allowed only for localhost)";
}

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (isIP(host) === 4) return host.split(".")[0] === "127";
  if (isIP(host) === 6) return host === "::1" || host === "0:0:0:0:0:0:0:1";
  return false;
}
