import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getOrgContext } from "@/lib/auth/context";
import { getJob } from "@/lib/jobs/queries";

/**
 * A job that does not exist (or is another org's) answers 404. The check sits in a layout,
 * outside the pages' loading boundaries: once a loading state has streamed, the status is
 * already 200 and notFound() can only change the body. (The jobs list keeps its own loading
 * state in the (index) group so it does not wrap this segment.)
 */
export default async function JobLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ jobId: string }>;
}) {
  const ctx = await getOrgContext();
  // No session: the dashboard layout above has already redirected to sign-in.
  if (ctx && !(await getJob(ctx.actor.orgId, (await params).jobId))) notFound();
  return children;
}
