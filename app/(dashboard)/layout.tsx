import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { getOrgContext } from "@/lib/auth/context";
import { AppShell } from "@/components/shell/app-shell";

/** Every dashboard page needs a session and an org; pages check roles themselves. */
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const ctx = await getOrgContext();
  if (!ctx) redirect("/sign-in");
  return (
    <AppShell
      user={{ name: ctx.user.name, email: ctx.user.email }}
      org={{ id: ctx.actor.orgId, name: ctx.orgName }}
      role={ctx.actor.role}
      memberships={ctx.memberships}
    >
      {children}
    </AppShell>
  );
}
