"use client";

import { useRouter } from "next/navigation";
import { useAction } from "@/components/actions";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { changePassword } from "./actions";

export function ChangePasswordForm() {
  const router = useRouter();
  const { run, pending, error, fieldErrors = {} } = useAction();

  return (
    <form
      className="mt-4 max-w-md space-y-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        run(
          () =>
            changePassword({
              currentPassword: String(data.get("currentPassword") ?? ""),
              newPassword: String(data.get("newPassword") ?? ""),
            }),
          // Every session of the account ended with the change, this one included.
          () => router.replace("/sign-in?changed=1"),
        );
      }}
    >
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Field id="current-password" label="Current password" error={fieldErrors.currentPassword?.[0]}>
        <Input
          id="current-password"
          name="currentPassword"
          type="password"
          required
          autoComplete="current-password"
          invalid={!!fieldErrors.currentPassword}
        />
      </Field>
      <Field
        id="new-password"
        label="New password"
        error={fieldErrors.newPassword?.[0]}
        hint="At least 12 characters. You will sign in again afterwards, on every device."
      >
        <Input
          id="new-password"
          name="newPassword"
          type="password"
          required
          minLength={12}
          autoComplete="new-password"
          invalid={!!fieldErrors.newPassword}
        />
      </Field>
      <Button type="submit" pending={pending}>
        Change password
      </Button>
    </form>
  );
}
