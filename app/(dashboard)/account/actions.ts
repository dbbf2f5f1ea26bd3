"use server";

import { orgAction } from "@/lib/auth/action";
import { changeOwnPassword } from "@/lib/account";
import { changePasswordSchema } from "./schemas";

// Every member, hiring managers included, changes their OWN password (the account is the session's).
export const changePassword = orgAction(
  { role: "HIRING_MANAGER", schema: changePasswordSchema },
  async ({ currentPassword, newPassword }, ctx) =>
    changeOwnPassword(ctx.actor, ctx.user.email, currentPassword, newPassword),
);
