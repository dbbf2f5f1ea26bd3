import Link from "next/link";
import type { ReactNode } from "react";
import { ROLE_LABEL, type Role } from "@/lib/auth/roles";
import { NavLinks } from "./nav-links";
import { OrgSwitcher } from "./org-switcher";
import { signOut } from "@/app/(dashboard)/actions";

export function AppShell({
  user,
  org,
  role,
  memberships,
  children,
}: {
  user: { name: string; email: string };
  org: { id: string; name: string };
  role: Role;
  memberships: { orgId: string; orgName: string; role: Role }[];
  children: ReactNode;
}) {
  const links = [{ href: "/jobs", label: "Jobs" }, ...(role === "ADMIN" ? [{ href: "/admin", label: "Admin" }] : [])];
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
          <Link href="/jobs" className="text-lg font-bold tracking-tight text-brand-700">
            Shortlist
          </Link>
          <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto">
            <NavLinks links={links} />
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <OrgSwitcher current={org.id} memberships={memberships} />
            <div className="hidden text-right sm:block">
              <p className="font-medium text-slate-900" data-testid="current-user">
                {user.name}
              </p>
              <p className="text-xs text-slate-500">
                {user.email} · <span data-testid="current-role">{ROLE_LABEL[role]}</span>
              </p>
            </div>
            <form action={signOut}>
              <button type="submit" className="rounded-md px-2.5 py-1.5 text-sm text-slate-700 hover:bg-slate-100">
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:px-6 sm:py-8">
        {children}
      </main>
    </div>
  );
}
