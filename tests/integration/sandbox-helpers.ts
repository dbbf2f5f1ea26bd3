import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createDbClient } from "@/lib/db-client";

// Shared by the sandbox-*.test.ts files: a small Nova client over real HTTP, and direct
// database access for what only the async worker would otherwise do (finish jobs, age rows).

export interface NovaResponse<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

export interface CallOptions {
  body?: unknown;
  /** Raw string body (sent as-is), for malformed JSON and size limits. */
  raw?: string;
  headers?: Record<string, string>;
  /** `null` leaves X-Tenant-Id out. */
  tenant?: string | null;
  key?: string | null;
  /** Return a 429 instead of waiting and retrying. */
  no429Retry?: boolean;
}

export function sandboxClient(defaults: { baseUrl?: string; key?: string; tenant?: string | null } = {}) {
  const baseUrl = defaults.baseUrl ?? process.env.TEST_BASE_URL!;
  const key = defaults.key ?? process.env.NOVA_API_KEY!;
  return async function call<T = Record<string, unknown>>(
    method: string,
    path: string,
    options: CallOptions = {},
  ): Promise<NovaResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    const k = options.key === undefined ? key : options.key;
    if (k !== null) headers.authorization ??= `Bearer ${k}`;
    const tenant = options.tenant === undefined ? defaults.tenant : options.tenant;
    if (tenant) headers["x-tenant-id"] = tenant;
    let body: string | undefined = options.raw;
    if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined) headers["content-type"] ??= "application/json";
    let res = await fetch(`${baseUrl}/api/nova-sandbox${path}`, { method, headers, body });
    // The shared server keeps Nova's real limits (criteria_ai 2/s, batches 1/s): like the SDK,
    // wait for the window to reset and retry, unless the test is about the 429 itself.
    for (let i = 0; res.status === 429 && !options.no429Retry && i < 20; i++) {
      const resetMs = Number(res.headers.get("x-ratelimit-reset") ?? "0") * 1000;
      await res.text();
      await new Promise((r) => setTimeout(r, Math.max(50, Math.min(1100, resetMs - Date.now() + 20))));
      res = await fetch(`${baseUrl}/api/nova-sandbox${path}`, { method, headers, body });
    }
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T, headers: res.headers };
  };
}

export const newTenant = () => `tenant-${randomUUID()}`;

let prisma: PrismaClient | undefined;
/** The test server's database (DATABASE_URL comes from tests/global-setup.ts). */
export function testDb(): PrismaClient {
  prisma ??= createDbClient(process.env.DATABASE_URL!);
  return prisma;
}

export const jobContext = {
  jobTitle: "Senior Backend Engineer",
  companyName: "Acme Corp",
  jobDescription:
    "We are hiring a senior backend engineer to build our payments platform in Go with PostgreSQL and Kubernetes. 5+ years of backend experience required; experience with distributed systems preferred.",
};

export const resumeText =
  "Jane Smith — Senior Backend Engineer. 2018–Present: Backend Engineer at Tech Corp, building payment services in Go and PostgreSQL on Kubernetes. Led the migration to event-driven architecture. 2015–2018: Software Engineer at Example Ltd (Python, Django).";

export const textResume = { type: "text", content: resumeText };

/** Criteria for a fresh job, so scoring routes have an active version to use. */
export async function withCriteria(call: ReturnType<typeof sandboxClient>, tenant: string, jobId: string) {
  const res = await call("POST", `/v1/jobs/${jobId}/criteria/generate`, { tenant, body: { jobContext } });
  if (res.status !== 200) throw new Error(`generate failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { criteria: { id: string; text: string; importance: string; order: number }[] };
}
