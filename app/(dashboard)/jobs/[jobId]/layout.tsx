import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getOrgContext } from "@/lib/auth/context";
import { getVisibleJob } from "@/lib/jobs/access";

/**
 * A job that does not exist (or is another org's) answers 404, and so does one a hiring manager
 * is not assigned to (its existence is not theirs to learn). The check sits in a layout, outside
 * the pages' loading boundaries: once a loading state has streamed, the status is already 200 and
 * notFound() can only change the body. Actions and routes check again.
 */
export default async function JobLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ jobId: string }>;
}) {
  const ctx = await getOrgContext();
  const { jobId } = await params;
  // No session: the dashboard layout above has already redirected to sign-in.
  if (ctx && !(await getVisibleJob(ctx.actor, jobId))) notFound();
  return children;
}
