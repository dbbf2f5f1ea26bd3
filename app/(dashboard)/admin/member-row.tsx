"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useAction } from "@/components/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import type { ActionResult } from "@/lib/auth/action";
import type { Role } from "@/lib/auth/roles";
import { changeRole, removeMember } from "./actions";

export function MemberRow({
  userId,
  name,
  email,
  role,
  isSelf,
}: {
  userId: string;
  name: string;
  email: string;
  role: Role;
  isSelf: boolean;
}) {
  const router = useRouter();
  const action = useAction();
  const { pending, error } = action;
  // Refreshed either way: a refusal (say, the last admin) may mean the list changed meanwhile.
  const run = <T,>(call: () => Promise<ActionResult<T>>) =>
    action.run(
      call,
      () => router.refresh(),
      () => router.refresh(),
    );
  // Demoting yourself ends your own admin access at once: asked first, never one stray click.
  const [selfDemotion, setSelfDemotion] = useState<Role>();
  const choose = (next: Role) => {
    if (next === role) return;
    if (isSelf && role === "ADMIN") setSelfDemotion(next);
    else run(() => changeRole({ userId, role: next }));
  };

  return (
    // Below `sm` the row wraps (name, email, then role and Remove on one line) so nothing sits
    // off-screen at 390 px; from `sm` up it is an ordinary table row.
    <tr
      data-testid={`member-${email}`}
      className="flex flex-wrap items-center gap-x-3 gap-y-1 py-3 sm:table-row sm:py-0"
    >
      <td className="w-full font-medium text-slate-900 sm:w-auto sm:py-2 sm:pr-4">
        {name}
        {isSelf ? <span className="ml-1 text-xs text-slate-500">(you)</span> : null}
      </td>
      <td className="w-full break-all text-slate-600 sm:w-auto sm:py-2 sm:pr-4">{email}</td>
      <td className="min-w-0 sm:py-2 sm:pr-4">
        <label className="sr-only" htmlFor={`role-${userId}`}>
          Role for {email}
        </label>
        <select
          id={`role-${userId}`}
          value={role}
          disabled={pending}
          onChange={(e) => choose(e.target.value as Role)}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
        >
          <option value="RECRUITER">Recruiter</option>
          <option value="ADMIN">Admin</option>
          <option value="HIRING_MANAGER">Hiring manager</option>
        </select>
        {error ? (
          <p role="alert" className="mt-1 text-xs text-red-700">
            {error}
          </p>
        ) : null}
      </td>
      <td className="ml-auto text-right sm:py-2">
        <Button
          variant="ghost"
          size="sm"
          disabled={pending}
          aria-label={`Remove ${email}`}
          onClick={() => {
            if (confirm(`Remove ${email} from this organization?`)) run(() => removeMember({ userId }));
          }}
        >
          Remove
        </Button>
        <ConfirmDialog
          open={selfDemotion !== undefined}
          title="Demote yourself?"
          confirmLabel="Demote me"
          tone="danger"
          pending={pending}
          onClose={() => setSelfDemotion(undefined)}
          onConfirm={() => {
            const next = selfDemotion!;
            setSelfDemotion(undefined);
            run(() => changeRole({ userId, role: next }));
          }}
        >
          You will lose admin access to this organization at once: members, Nova settings and criteria edits. Only
          another admin can give it back.
        </ConfirmDialog>
      </td>
    </tr>
  );
}
