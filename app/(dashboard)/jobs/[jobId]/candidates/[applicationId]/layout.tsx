import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getOrgContext } from "@/lib/auth/context";
import { db } from "@/lib/db";

/** A missing candidate answers 404 before the page's loading state streams (see the job layout). */
export default async function CandidateLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ jobId: string; applicationId: string }>;
}) {
  const ctx = await getOrgContext();
  const { jobId, applicationId } = await params;
  if (ctx && !(await db.application.count({ where: { id: applicationId, jobId, orgId: ctx.actor.orgId } }))) notFound();
  return children;
}
