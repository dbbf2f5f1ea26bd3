import type { Metadata } from "next";
import { requirePageContext } from "@/lib/auth/context";
import { listLibrary, type LibraryItem } from "@/lib/criteria/library";
import { UserError } from "@/lib/errors";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { AdminNav } from "@/components/views/admin-nav";
import { LibraryRow } from "./library-row";

export const metadata: Metadata = { title: "Criteria library" };
export const dynamic = "force-dynamic";

/** Admin: browse the tenant's criteria library at Nova, edit or remove its templates. */
export default async function CriteriaLibraryPage() {
  const ctx = await requirePageContext("ADMIN");
  let items: LibraryItem[] | null = null;
  let error: string | null = null;
  try {
    items = await listLibrary(ctx.actor);
  } catch (err) {
    // Nova unreachable or refusing: the page still renders, with the reason.
    if (!(err instanceof UserError)) throw err;
    error = err.message;
  }

  return (
    <>
      <PageHeader
        title="Criteria library"
        description="Criterion templates for this organization, kept at Nova. Save them from a job's criteria; add them to a job with Add from library."
      />
      <AdminNav current="/admin/library" />
      {error ? (
        <Notice tone="error">The library could not be loaded: {error}</Notice>
      ) : !items?.length ? (
        <Card>
          <p className="text-sm text-slate-600" data-testid="library-empty">
            The library is empty. On a job&apos;s criteria, use Save to library to keep a criterion for other jobs.
          </p>
        </Card>
      ) : (
        <ul className="space-y-3" aria-label="Library criteria">
          {items.map((item) => (
            <LibraryRow key={item.id} item={item} />
          ))}
        </ul>
      )}
    </>
  );
}
