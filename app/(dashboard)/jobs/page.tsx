import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui/notice";

export const metadata: Metadata = { title: "Jobs" };

export default function JobsPage() {
  return (
    <>
      <PageHeader title="Jobs" description="Each job ranks its candidates by Nova's score." />
      <EmptyState title="No jobs yet">Jobs you create will appear here with their ranked candidates.</EmptyState>
    </>
  );
}
