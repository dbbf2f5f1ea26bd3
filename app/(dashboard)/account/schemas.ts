import { z } from "zod";
import { newPasswordSchema } from "@/lib/auth/password-policy";

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, "Enter your current password").max(200),
  newPassword: newPasswordSchema,
});
