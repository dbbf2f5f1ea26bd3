"use server";

import { orgAction } from "@/lib/auth/action";
import { changeOwnPassword } from "@/lib/account";
import { changePasswordSchema } from "./schemas";

export const changePassword = orgAction(
  { role: "RECRUITER", schema: changePasswordSchema },
  async ({ currentPassword, newPassword }, ctx) =>
    changeOwnPassword(ctx.actor, ctx.user.email, currentPassword, newPassword),
);
