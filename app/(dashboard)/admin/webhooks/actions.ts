"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { orgAction } from "@/lib/auth/action";
import { applyDeliveryAgain } from "@/lib/webhooks/log";

const applyAgainSchema = z.object({ webhookEventId: z.string().trim().min(1).max(64) });

/** Admin: put a failed webhook delivery back in the inbox for the applier (audited). */
export const applyWebhookAgain = orgAction({ role: "ADMIN", schema: applyAgainSchema }, async (input, ctx) => {
  const result = await applyDeliveryAgain(ctx.actor, input.webhookEventId);
  revalidatePath("/admin/webhooks");
  return result;
});
