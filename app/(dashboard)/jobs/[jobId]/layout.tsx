import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getOrgContext } from "@/lib/auth/context";
import { canSeeJob } from "@/lib/jobs/access";

/**
 * Every page of one job: a hiring manager not assigned to it gets the same 404 as for a job
 * that does not exist (its existence is not theirs to learn). Actions and routes check again.
 */
export default async function JobLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ jobId: string }>;
}) {
  const ctx = await getOrgContext();
  if (ctx && !(await canSeeJob(ctx.actor, (await params).jobId))) notFound();
  return children;
}
