import { z } from "zod";
import { newPasswordSchema } from "@/lib/auth/password-policy";
import { ROLES } from "@/lib/auth/roles";

export const addMemberSchema = z.object({
  email: z.email("Enter a valid email address").max(200),
  name: z.string().trim().min(1, "Enter a name").max(120),
  role: z.enum(ROLES, "Choose a role"),
  password: newPasswordSchema,
});

export const changeRoleSchema = z.object({ userId: z.string().min(1), role: z.enum(ROLES) });
export const removeMemberSchema = z.object({ userId: z.string().min(1) });
