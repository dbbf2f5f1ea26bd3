"use server";

import { z } from "zod";
import { orgAction } from "@/lib/auth/action";
import * as integration from "@/lib/integration/test-webhook";

/** Admin: prove the Nova → Shortlist webhook round trip with a signed test delivery. */
export const sendTestWebhook = orgAction({ role: "ADMIN", schema: z.object({}) }, async (_input, ctx) =>
  integration.sendTestWebhook(ctx.actor),
);
