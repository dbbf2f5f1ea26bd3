"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useAction } from "@/components/actions";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { Time } from "@/components/ui/time";
import type { TenantDeletionView } from "@/lib/deletions/tenant";
import { deleteTenantData } from "./actions";

const OPEN = new Set(["pending", "processing"]);

/**
 * Offboarding: the typed-confirmation form for deleting the org's data at Nova, and the state
 * of the last request. While Nova is still working the page refreshes itself (the background
 * poller in lib/deletions updates the row), so the outcome appears without a reload.
 */
export function DeleteTenant({ orgName, latest }: { orgName: string; latest: TenantDeletionView | null }) {
  const router = useRouter();
  const [confirmation, setConfirmation] = useState("");
  const { run, pending, error } = useAction();
  const open = latest !== null && OPEN.has(latest.status);

  useEffect(() => {
    if (!open) return;
    const t = setInterval(() => router.refresh(), 3000);
    return () => clearInterval(t);
  }, [open, router]);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    run(
      () => deleteTenantData({ confirmation }),
      () => {
        setConfirmation("");
        router.refresh();
      },
    );
  };

  return (
    <div data-testid="tenant-deletion">
      {latest ? (
        <Notice
          tone={latest.status === "completed" ? "success" : latest.status === "failed" ? "error" : "info"}
          className="mb-3"
        >
          {latest.status === "completed" ? (
            <>
              Nova deleted this organization&apos;s data (requested <Time date={latest.requestedAt} />
              {latest.finishedAt ? (
                <>
                  , completed <Time date={latest.finishedAt} />
                </>
              ) : null}
              ).
            </>
          ) : latest.status === "failed" ? (
            <>
              Nova could not complete the deletion requested <Time date={latest.requestedAt} />. Request it again.
            </>
          ) : (
            <>
              Deletion requested <Time date={latest.requestedAt} />. Nova reports: <strong>{latest.status}</strong>.
              This page updates when Nova is done.
            </>
          )}
          <span className="mt-1 block font-mono text-xs">{latest.deletionRequestId}</span>
        </Notice>
      ) : null}
      {open ? null : (
        <form onSubmit={submit} className="space-y-3">
          <Field
            id="tenant-deletion-confirmation"
            label={`Type ${orgName} to confirm`}
            error={error}
            hint="Nova deletes every score, stored resume, criteria version and library criterion it holds for this organization. This cannot be undone."
          >
            <Input
              id="tenant-deletion-confirmation"
              name="confirmation"
              autoComplete="off"
              spellCheck={false}
              value={confirmation}
              invalid={error !== undefined}
              onChange={(e) => setConfirmation(e.target.value)}
            />
          </Field>
          <Button
            type="submit"
            variant="danger"
            pending={pending}
            disabled={pending || confirmation.trim() !== orgName}
          >
            Delete tenant data at Nova
          </Button>
        </form>
      )}
    </div>
  );
}
