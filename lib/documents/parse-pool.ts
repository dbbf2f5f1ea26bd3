// Runs the byte-level parse (parse-worker.mjs) in a fresh worker thread per document: a heap
// cap and a time limit bound what one bad file can cost, and a small semaphore bounds how many
// parse at once, so a burst of uploads cannot take the server's memory or CPU with it.

import path from "node:path";
import { Worker } from "node:worker_threads";
import { DocumentError, type DocumentErrorCode } from "./errors";
import type { ZipEntry } from "./zip";

export type RawParts =
  { docx: { document: string; numbering: string } } | { pdf: { pages: PdfPage[] } } | { doc: { body: string } };

export interface PdfItem {
  s: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
}

export type ParseJob =
  | { format: "docx"; bytes: Uint8Array; entries: ZipEntry[]; maxBytes: number }
  | { format: "pdf" | "doc"; bytes: Uint8Array };

export interface ParseLimits {
  timeoutMs: number;
  heapMb: number;
  concurrency: number;
}

export const PARSE_LIMITS: ParseLimits = { timeoutMs: 10_000, heapMb: 256, concurrency: 2 };

// Started by Node, not by the bundler: resolved from the project root, where `next start`,
// the scripts and the tests all run.
const WORKER_FILE = path.join(process.cwd(), "lib", "documents", "parse-worker.mjs");

let running = 0;
let started = 0;
const waiting: (() => void)[] = [];

async function acquire(limit: number): Promise<void> {
  if (running < limit) {
    running++;
    return;
  }
  await new Promise<void>((resolve) => waiting.push(resolve));
}

function release(): void {
  const next = waiting.shift();
  if (next) next();
  else running--;
}

/** Parses running and queued now, and workers started so far (for tests and diagnostics). */
export function parseLoad(): { running: number; waiting: number; started: number } {
  return { running, waiting: waiting.length, started };
}

export async function runParse(job: ParseJob, limits: ParseLimits = PARSE_LIMITS): Promise<RawParts> {
  await acquire(limits.concurrency);
  try {
    return await inWorker(job, limits);
  } finally {
    release();
  }
}

function inWorker(job: ParseJob, limits: ParseLimits): Promise<RawParts> {
  started++;
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, {
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(new DocumentError("TIMEOUT", `The document took longer than ${limits.timeoutMs / 1000} s to read`)),
        ),
      limits.timeoutMs,
    );
    worker.once("message", (msg: RawParts | { error: { code: DocumentErrorCode; message: string } }) =>
      settle(() => ("error" in msg ? reject(new DocumentError(msg.error.code, msg.error.message)) : resolve(msg))),
    );
    worker.once("error", (err: Error & { code?: string }) =>
      settle(() =>
        reject(
          err.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? new DocumentError("TOO_LARGE", "The document needs more memory to read than is allowed")
            : new DocumentError("PARSE_FAILED", `The document could not be read: ${err.message}`),
        ),
      ),
    );
    worker.once("exit", (code) =>
      settle(() => reject(new DocumentError("PARSE_FAILED", `The document reader stopped (exit ${code})`))),
    );
    worker.postMessage(job);
  });
}
