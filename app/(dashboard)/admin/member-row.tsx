"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
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
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();

  const run = (fn: () => Promise<{ ok: boolean; error?: string }>) =>
    startTransition(async () => {
      const res = await fn();
      setError(res.ok ? undefined : res.error);
      router.refresh();
    });

  return (
    <tr data-testid={`member-${email}`}>
      <td className="py-2 pr-4 font-medium text-slate-900">
        {name}
        {isSelf ? <span className="ml-1 text-xs text-slate-500">(you)</span> : null}
      </td>
      <td className="py-2 pr-4 text-slate-600">{email}</td>
      <td className="py-2 pr-4">
        <label className="sr-only" htmlFor={`role-${userId}`}>
          Role for {email}
        </label>
        <select
          id={`role-${userId}`}
          value={role}
          disabled={pending}
          onChange={(e) => run(() => changeRole({ userId, role: e.target.value as Role }))}
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
      <td className="py-2 text-right">
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
      </td>
    </tr>
  );
}
