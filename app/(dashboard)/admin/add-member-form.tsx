"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { Role } from "@/lib/auth/roles";
import { addMember } from "./actions";

export function AddMemberForm() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [done, setDone] = useState<string>();

  return (
    <form
      className="mt-4 space-y-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const data = Object.fromEntries(new FormData(form)) as Record<string, string>;
        startTransition(async () => {
          const res = await addMember({
            email: data.email ?? "",
            name: data.name ?? "",
            role: data.role as Role,
            password: data.password ?? "",
          });
          if (res.ok) {
            setError(undefined);
            setFieldErrors({});
            setDone(
              res.data.existingAccount
                ? `${data.email} already had an account; they were added with their existing password.`
                : `${data.email} was added.`,
            );
            form.reset();
            router.refresh();
          } else {
            setDone(undefined);
            setError(res.error);
            setFieldErrors(res.fieldErrors ?? {});
          }
        });
      }}
    >
      {error ? <Notice tone="error">{error}</Notice> : null}
      {done ? <Notice tone="success">{done}</Notice> : null}
      <Field id="member-email" label="Email" error={fieldErrors.email?.[0]}>
        <Input id="member-email" name="email" type="email" required invalid={!!fieldErrors.email} autoComplete="off" />
      </Field>
      <Field id="member-name" label="Name" error={fieldErrors.name?.[0]}>
        <Input id="member-name" name="name" required invalid={!!fieldErrors.name} autoComplete="off" />
      </Field>
      <Field id="member-role" label="Role">
        <Select id="member-role" name="role" defaultValue="RECRUITER">
          <option value="RECRUITER">Recruiter</option>
          <option value="ADMIN">Admin</option>
          <option value="HIRING_MANAGER">Hiring manager</option>
        </Select>
      </Field>
      <Field
        id="member-password"
        label="Initial password"
        error={fieldErrors.password?.[0]}
        hint="At least 8 characters."
      >
        <Input
          id="member-password"
          name="password"
          type="password"
          required
          minLength={8}
          invalid={!!fieldErrors.password}
          autoComplete="new-password"
        />
      </Field>
      <Button type="submit" pending={pending}>
        Add member
      </Button>
    </form>
  );
}
