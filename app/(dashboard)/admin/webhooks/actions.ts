"use server";

import { z } from "zod";
import { orgAction } from "@/lib/auth/action";
import { applyDeliveryAgain } from "@/lib/webhooks/log";

const applyAgainSchema = z.object({ webhookEventId: z.string().trim().min(1).max(64) });

/** Admin: put a failed webhook delivery back in the inbox for the applier (audited). */
export const applyWebhookAgain = orgAction({ role: "ADMIN", schema: applyAgainSchema }, async (input, ctx) => {
  // No revalidatePath: re-rendering the page with the action's answer drops the row from a list
  // filtered to failed deliveries as soon as the applier has taken it, confirmation included
  // (apply-again.tsx). The page is dynamic, so the next visit shows the outcome.
  return applyDeliveryAgain(ctx.actor, input.webhookEventId);
});
