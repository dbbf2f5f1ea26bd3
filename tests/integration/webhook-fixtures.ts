import { createHmac, randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createDbClient } from "@/lib/db-client";
import { Browserless } from "../support/http";

/** The test server's own database (global-setup exports its DATABASE_URL). */
let client: PrismaClient | undefined;
export function testDb(): PrismaClient {
  client ??= createDbClient(process.env.DATABASE_URL!);
  return client;
}

export const PASSWORD = "integration-pass-1";

export interface Org {
  id: string;
  tenantId: string;
  admin: { id: string; email: string };
  recruiter: { id: string; email: string };
}

/** A fresh org with an admin and a recruiter who can sign in. */
export async function createOrg(): Promise<Org> {
  const db = testDb();
  const tag = randomBytes(4).toString("hex");
  const passwordHash = await bcrypt.hash(PASSWORD, 4);
  const org = await db.organization.create({ data: { name: `Org ${tag}`, tenantId: `org_it_${tag}` } });
  const make = async (role: "ADMIN" | "RECRUITER") => {
    const email = `${role.toLowerCase()}-${tag}@it.test`;
    const user = await db.user.create({
      data: { email, name: `${role} ${tag}`, passwordHash, memberships: { create: { orgId: org.id, role } } },
    });
    return { id: user.id, email };
  };
  return { id: org.id, tenantId: org.tenantId, admin: await make("ADMIN"), recruiter: await make("RECRUITER") };
}

export async function signedIn(email: string): Promise<Browserless> {
  const b = new Browserless();
  await b.signIn(email, PASSWORD);
  return b;
}

export async function createJobWithApplication(org: Org) {
  const db = testDb();
  const job = await db.job.create({
    data: {
      orgId: org.id,
      title: "Backend Engineer",
      company: "Acme",
      description: "Build APIs in Go and PostgreSQL for our payments platform.",
    },
  });
  const app = await db.application.create({
    data: {
      orgId: org.id,
      jobId: job.id,
      candidateName: "Jane Doe",
      resumeText: "Jane Doe — ten years of Go, PostgreSQL and Kubernetes in payments.",
    },
  });
  return { job, app };
}

/** Sends a webhook exactly as Nova does: raw JSON body, HMAC-SHA256 of it with the full secret. */
export async function deliver(
  body: unknown,
  opts: {
    id?: string;
    event?: string;
    secret?: string;
    signature?: string | null;
    raw?: string;
    timestampSigned?: boolean;
  } = {},
): Promise<Response> {
  const raw = opts.raw ?? JSON.stringify(body);
  const secret = opts.secret ?? process.env.NOVA_WEBHOOK_SECRET!;
  const timestamp = new Date().toISOString();
  const signed = opts.timestampSigned ? `${timestamp}.${raw}` : raw;
  const signature =
    opts.signature === undefined
      ? `sha256=${createHmac("sha256", secret).update(signed).digest("hex")}`
      : opts.signature;
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "x-webhook-id": opts.id ?? `wh_${randomBytes(8).toString("hex")}`,
    "x-webhook-event": opts.event ?? "SCORE_COMPLETED",
    "x-webhook-timestamp": timestamp,
  };
  if (signature !== null) headers["x-webhook-signature"] = signature;
  return fetch(new URL("/api/webhooks/nova", process.env.TEST_BASE_URL), { method: "POST", headers, body: raw });
}

export function scoreCompleted(org: Org, jobId: string, applicationId: string, scoringJobId: string, score: number) {
  return {
    event: "score.completed",
    tenantId: org.tenantId,
    scoringJobId,
    criteriaVersionId: "cv_1",
    jobId,
    applicationId,
    result: {
      score,
      assessment: { verdict: `Scored ${score}`, strengths: ["Go"], concerns: [], interviewFocus: ["Scale"] },
    },
    completedAt: new Date().toISOString(),
  };
}
