"use client";

import { useRouter } from "next/navigation";
import { useAction, useActions } from "@/components/actions";
import type { Role } from "@/lib/auth/roles";

export function OrgSwitcher({
  current,
  memberships,
}: {
  current: string;
  memberships: { orgId: string; orgName: string; role: Role }[];
}) {
  const router = useRouter();
  const { switchOrg } = useActions();
  const { run, pending } = useAction();
  if (memberships.length < 2) {
    return (
      <span className="font-medium text-slate-700" data-testid="current-org">
        {memberships.find((m) => m.orgId === current)?.orgName}
      </span>
    );
  }
  return (
    <label className="flex items-center gap-2">
      <span className="sr-only">Organization</span>
      <select
        data-testid="org-switcher"
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
        value={current}
        disabled={pending}
        onChange={(e) => {
          const orgId = e.target.value;
          run(
            () => switchOrg({ orgId }),
            () => {
              router.push("/jobs");
              router.refresh();
            },
            () => router.refresh(),
          );
        }}
      >
        {memberships.map((m) => (
          <option key={m.orgId} value={m.orgId}>
            {m.orgName}
          </option>
        ))}
      </select>
    </label>
  );
}
