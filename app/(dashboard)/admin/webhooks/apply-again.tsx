"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/actions";
import { applyWebhookAgain } from "./actions";

/**
 * "Apply again" on a failed delivery. The confirmation replaces the button and stays: refreshing
 * the page here would drop the row from a list filtered to failed deliveries (its outcome is now
 * "waiting to apply"), and the user would never see that it worked. A reload shows the outcome.
 */
export function ApplyAgain({ webhookEventId, label }: { webhookEventId: string; label: string }) {
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
            () => setDone(true),
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
