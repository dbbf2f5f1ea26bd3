import dns, { type LookupAddress } from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { isInternalAddress } from "@/lib/net/hosts";
import { ResumeIntakeError } from "./errors";
import type { ResumeFormat } from "./types";
import { checkResumeUrl, defaultResumeUrlPolicy, DOWNLOAD_FAILED, type ResumeUrlPolicy } from "./url-policy";

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

/** Why a download failed, for the log only: the submitter gets DOWNLOAD_FAILED. */
class DownloadProblem extends Error {}

/**
 * Downloads a resume the way Nova does at submission, without becoming a proxy into our own
 * network (server-side request forgery):
 * - HTTPS only, except our own signed file links (see url-policy.ts);
 * - every host is resolved by us and refused if any address is loopback, private, link-local,
 *   unique-local or otherwise internal; the connection then goes to the very address we checked
 *   (the check IS the lookup), so a DNS answer cannot change between check and connect;
 * - redirects are followed by hand, each hop held to the same rules;
 * - one overall timeout, and a byte cap enforced while streaming;
 * - every failure reads "Could not download the resume." Status codes, content types and
 *   connection errors would map internal services for whoever submits URLs; they go to the log.
 */
export async function fetchResume(
  rawUrl: string,
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
  policy: ResumeUrlPolicy = defaultResumeUrlPolicy(),
): Promise<FetchedResume> {
  const first = checkResumeUrl(rawUrl, policy);
  if (!first.ok) throw new ResumeIntakeError("RESUME_FETCH_FAILED", first.reason);
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    const res = await followRedirects(first.url, first.trusted, limits.maxRedirects, policy, signal);
    if (!res.statusCode || res.statusCode < 200 || res.statusCode >= 300) {
      res.destroy();
      throw new DownloadProblem(`HTTP ${res.statusCode}`);
    }
    const contentType = String(res.headers["content-type"] ?? "")
      .split(";")[0]!
      .trim()
      .toLowerCase();
    const format = FORMAT_BY_CONTENT_TYPE[contentType];
    if (!format) {
      res.destroy();
      throw new DownloadProblem(`Content-Type "${contentType || "none"}"`);
    }
    const declared = Number(res.headers["content-length"]);
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
      res.destroy();
      throw tooLarge(limits.maxBytes);
    }
    return { format, bytes: await readCapped(res, limits.maxBytes) };
  } catch (err) {
    if (err instanceof ResumeIntakeError) throw err;
    const why = signal.aborted ? `no complete answer within ${limits.timeoutMs / 1000} s` : (err as Error).message;
    console.warn(`[sandbox] resume download from ${first.url.host} failed: ${why}`);
    throw new ResumeIntakeError("RESUME_FETCH_FAILED", DOWNLOAD_FAILED);
  }
}

async function followRedirects(
  start: URL,
  startTrusted: boolean,
  maxRedirects: number,
  policy: ResumeUrlPolicy,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  let url = start;
  let trusted = startTrusted;
  for (let hop = 0; ; hop++) {
    const res = await get(url, trusted, signal);
    const location = res.headers.location;
    if (!res.statusCode || res.statusCode < 300 || res.statusCode >= 400 || !location) return res;
    res.destroy();
    if (hop >= maxRedirects) throw new DownloadProblem(`more than ${maxRedirects} redirects`);
    const next = checkResumeUrl(new URL(location, url).toString(), policy);
    if (!next.ok) throw new DownloadProblem(`redirected to a refused URL: ${next.reason}`);
    url = next.url;
    trusted = next.trusted;
  }
}

function get(url: URL, trusted: boolean, signal: AbortSignal): Promise<IncomingMessage> {
  // An IP literal is connected to without any lookup, so it is checked here.
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (!trusted && isIP(host) && isInternalAddress(host))
    return Promise.reject(new DownloadProblem(`internal address ${host}`));
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, {
      method: "GET",
      signal,
      agent: false, // no pooled socket from another (trusted) request is ever reused
      ...(trusted ? {} : { lookup: checkedLookup }),
      headers: { accept: Object.keys(FORMAT_BY_CONTENT_TYPE).join(", ") },
    });
    req.once("response", resolve);
    req.once("error", reject);
    req.end();
  });
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** dns.lookup that refuses internal answers; what it returns is what the socket connects to. */
function checkedLookup(hostname: string, options: dns.LookupOptions, callback: LookupCallback): void {
  dns.lookup(hostname, { all: true, family: options.family ?? 0 }, (err, addresses) => {
    if (err) return callback(err, []);
    const blocked = addresses.find((a) => isInternalAddress(a.address));
    if (!addresses.length || blocked)
      return callback(new DownloadProblem(`${hostname} resolves to an internal address`), []);
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
}

async function readCapped(res: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of res as AsyncIterable<Buffer>) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      res.destroy();
      throw tooLarge(maxBytes);
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

function tooLarge(maxBytes: number): ResumeIntakeError {
  return new ResumeIntakeError(
    "RESUME_TOO_LARGE",
    `Resume file is larger than ${Math.round(maxBytes / (1024 * 1024))} MB`,
  );
}
