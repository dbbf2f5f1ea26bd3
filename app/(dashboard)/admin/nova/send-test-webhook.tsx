"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { sendTestWebhookAction } from "./actions";

type Result = Awaited<ReturnType<typeof sendTestWebhookAction>>;

export function SendTestWebhook() {
  const [pending, start] = useTransition();
  const [result, setResult] = useState<Result | null>(null);
  return (
    <div>
      <Button
        variant="secondary"
        pending={pending}
        onClick={() =>
          start(async () => {
            setResult(null);
            setResult(await sendTestWebhookAction({}));
          })
        }
      >
        Send test webhook
      </Button>
      <div className="mt-3" data-testid="test-webhook-result">
        {pending ? <p className="text-sm text-slate-600">Waiting for the delivery to arrive…</p> : null}
        {result && !result.ok ? <Notice tone="error">{result.error}</Notice> : null}
        {result?.ok && result.data.received ? (
          <Notice tone={result.data.received.signatureOk ? "success" : "error"}>
            Round trip complete: test delivery {result.data.deliveryId} received,{" "}
            {result.data.received.signatureOk ? "signature valid" : "signature invalid"} ({result.data.received.outcome}
            ).
          </Notice>
        ) : null}
        {result?.ok && !result.data.received ? (
          <Notice tone="warning">
            Nova accepted test delivery {result.data.deliveryId}, but it has not arrived yet. Check that Nova can reach
            this app&apos;s webhook URL.
          </Notice>
        ) : null}
      </div>
    </div>
  );
}
