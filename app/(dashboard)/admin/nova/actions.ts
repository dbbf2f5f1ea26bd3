"use server";

import { z } from "zod";
import { orgAction } from "@/lib/auth/action";
import { requestTenantDeletion } from "@/lib/deletions/tenant";
import * as integration from "@/lib/integration/test-webhook";

/** Admin: prove the Nova → Shortlist webhook round trip with a signed test delivery. */
export const sendTestWebhook = orgAction({ role: "ADMIN", schema: z.object({}) }, async (_input, ctx) =>
  integration.sendTestWebhook(ctx.actor),
);

/**
 * Admin, offboarding: asks Nova to delete all of this org's tenant data. The typed confirmation
 * (the organization's name) is checked on the server, against the org of the session.
 */
export const deleteTenantData = orgAction(
  {
    role: "ADMIN",
    schema: z.object({
      confirmation: z.string().trim().min(1, "Type the organization's name to confirm.").max(200),
    }),
  },
  async ({ confirmation }, ctx) => requestTenantDeletion(ctx.actor, confirmation),
);
