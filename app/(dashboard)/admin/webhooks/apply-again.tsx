"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/actions";
import { applyWebhookAgain } from "./actions";

/** "Apply again" on a failed delivery; the row then shows it waiting for (and soon applied by) the applier. */
export function ApplyAgain({ webhookEventId, label }: { webhookEventId: string; label: string }) {
  const router = useRouter();
  const { run, pending, error } = useAction();
  const [done, setDone] = useState(false);
  if (done) return <span className="text-xs text-green-800">Queued to apply again</span>;
  return (
    <div className="flex flex-col items-start gap-1">
      <Button
        size="sm"
        variant="secondary"
        pending={pending}
        onClick={() =>
          run(
            () => applyWebhookAgain({ webhookEventId }),
            () => {
              setDone(true);
              router.refresh();
            },
          )
        }
      >
        Apply again<span className="sr-only"> {label}</span>
      </Button>
      {error ? (
        <span role="alert" className="text-xs text-red-800">
          {error}
        </span>
      ) : null}
    </div>
  );
}
