import type { Metadata } from "next";
import { requirePageContext } from "@/lib/auth/context";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const ctx = await requirePageContext("HIRING_MANAGER");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Your account</h1>
        <p className="mt-1 text-sm text-slate-600">
          Signed in as <span className="font-medium">{ctx.user.email}</span>
        </p>
      </div>
      <section aria-labelledby="password-heading" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="password-heading" className="text-lg font-semibold text-slate-900">
          Change password
        </h2>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
