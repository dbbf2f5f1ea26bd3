import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getConfig } from "@/lib/config";
import { getOrgContext } from "@/lib/auth/context";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/accounts";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

// Set by Auth.js's own endpoint (POST /api/auth/callback/credentials) and by a password change.
function noticeFor(params: { code?: string; changed?: string }): string | undefined {
  if (params.code === "throttled") return "Too many sign-in attempts. Try again in 15 minutes.";
  if (params.changed === "1") return "Your password was changed. Sign in with the new one.";
  return undefined;
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; code?: string; changed?: string }>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getOrgContext()) redirect(callbackUrl);
  const { demo, loopbackApp } = getConfig();
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-3xl font-bold tracking-tight text-brand-700">Shortlist</p>
          <h1 className="mt-2 text-lg font-medium text-slate-700">Sign in to review your candidates</h1>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <SignInForm callbackUrl={callbackUrl} notice={noticeFor(params)} />
        </div>
        {demo ? (
          <section
            aria-labelledby="demo-heading"
            className="mt-6 rounded-lg border border-brand-100 bg-brand-50 p-4 text-sm text-brand-900"
          >
            <h2 id="demo-heading" className="font-semibold">
              Demo accounts
            </h2>
            <ul className="mt-2 space-y-1">
              {DEMO_USERS.map((u) => (
                <li key={u.email}>
                  <span className="font-mono">{u.email}</span>{" "}
                  <span className="text-brand-700">({u.role.toLowerCase()})</span>
                </li>
              ))}
            </ul>
            {/* Never show the shared password on an address others can reach (forced DEMO=1). */}
            {loopbackApp ? (
              <p className="mt-2">
                Password: <span className="font-mono">{DEMO_PASSWORD}</span>
              </p>
            ) : null}
          </section>
        ) : null}
      </div>
    </main>
  );
}
