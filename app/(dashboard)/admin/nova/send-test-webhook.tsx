"use client";

import { useState } from "react";
import { useAction } from "@/components/actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { sendTestWebhook } from "./actions";

type RoundTrip = Extract<Awaited<ReturnType<typeof sendTestWebhook>>, { ok: true }>["data"];

export function SendTestWebhook() {
  const { run, pending, error, setError } = useAction();
  const [result, setResult] = useState<RoundTrip | null>(null);
  return (
    <div>
      <Button
        variant="secondary"
        pending={pending}
        onClick={() => {
          // A new attempt replaces the last one's outcome, whichever it was.
          setResult(null);
          setError(undefined);
          run(() => sendTestWebhook({}), setResult);
        }}
      >
        Send test webhook
      </Button>
      <div className="mt-3" data-testid="test-webhook-result">
        {pending ? <p className="text-sm text-slate-600">Waiting for the delivery to arrive…</p> : null}
        {error ? <Notice tone="error">{error}</Notice> : null}
        {result?.received ? (
          <Notice tone={result.received.signatureOk ? "success" : "error"}>
            Round trip complete: test delivery {result.deliveryId} received,{" "}
            {result.received.signatureOk ? "signature valid" : "signature invalid"} ({result.received.outcome}).
          </Notice>
        ) : null}
        {result && !result.received ? (
          <Notice tone="warning">
            Nova accepted test delivery {result.deliveryId}, but it has not arrived yet. Check that Nova can reach this
            app&apos;s webhook URL.
          </Notice>
        ) : null}
      </div>
    </div>
  );
}
