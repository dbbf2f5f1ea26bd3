import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-lg px-4 py-24 text-center">
      <p className="text-sm font-semibold text-brand-700">403</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">You don&apos;t have access to this page</h1>
      <p className="mt-2 text-sm text-slate-600">
        It is for admins of this organization. Ask an admin if you need access.
      </p>
      <Link href="/jobs" className="mt-6 inline-block text-sm font-medium text-brand-700 underline">
        Back to jobs
      </Link>
    </main>
  );
}
