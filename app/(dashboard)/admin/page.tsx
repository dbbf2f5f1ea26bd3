import type { Metadata } from "next";
import { requirePageContext } from "@/lib/auth/context";
import { listMembers } from "@/lib/members";
import Link from "next/link";
import { getLocalFigures } from "@/lib/integration/health";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { AdminNav } from "@/components/views/admin-nav";
import { AddMemberForm } from "./add-member-form";
import { MemberRow } from "./member-row";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  const ctx = await requirePageContext("ADMIN");
  const [members, health] = await Promise.all([listMembers(ctx.actor.orgId), getLocalFigures(ctx.actor.orgId)]);
  return (
    <>
      <PageHeader title="Admin" description={`Members of ${ctx.orgName} and what they may do.`} />
      <AdminNav current="/admin" />
      {health.failingWebhooks24h > 0 || health.webhookQuiet ? (
        <Notice tone="warning" className="mb-4">
          {health.failingWebhooks24h > 0
            ? `${health.failingWebhooks24h} webhook deliver${health.failingWebhooks24h === 1 ? "y" : "ies"} failed in the last 24 hours. `
            : `Scores have been pending for a while and no webhook has arrived. `}
          <Link href="/admin/nova" className="font-medium underline">
            Check the integration
          </Link>
          {health.failingWebhooks24h > 0 ? (
            <>
              {" · "}
              <Link href="/admin/webhooks?outcome=failed" className="font-medium underline">
                See failed deliveries
              </Link>
            </>
          ) : null}
        </Notice>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <h2 className="text-base font-semibold text-slate-900">Members ({members.length})</h2>
          {/* Not DataTable: that scrolls sideways on a narrow screen, which put the role select and
              Remove off-screen at 390 px. Here rows wrap below `sm` instead (see MemberRow). */}
          <table className="mt-4 block w-full text-left text-sm sm:table">
            <caption className="sr-only">Members</caption>
            <thead className="sr-only text-xs uppercase text-slate-500 sm:not-sr-only sm:table-header-group">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">
                  Name
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  Email
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  Role
                </th>
                <th scope="col" className="py-2 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="block divide-y divide-slate-100 sm:table-row-group">
              {members.map((m) => (
                <MemberRow
                  key={m.id}
                  userId={m.user.id}
                  name={m.displayName ?? m.user.name}
                  email={m.user.email}
                  role={m.role}
                  isSelf={m.user.id === ctx.actor.userId}
                />
              ))}
            </tbody>
          </table>
        </Card>
        <Card>
          <h2 className="text-base font-semibold text-slate-900">Add a member</h2>
          <p className="mt-1 text-sm text-slate-600">They sign in with this email and the initial password you set.</p>
          <AddMemberForm />
        </Card>
      </div>
    </>
  );
}
