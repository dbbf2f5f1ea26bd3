"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/auth/action";
import * as members from "@/lib/members";
import { addMemberSchema, changeRoleSchema, removeMemberSchema } from "./schemas";

export const addMember = orgAction({ role: "ADMIN", schema: addMemberSchema }, async (input, ctx) => {
  const result = await members.addMember(ctx.actor, input);
  revalidatePath("/admin");
  return result;
});

export const changeRole = orgAction({ role: "ADMIN", schema: changeRoleSchema }, async ({ userId, role }, ctx) => {
  await members.changeRole(ctx.actor, userId, role);
  revalidatePath("/admin");
});

export const removeMember = orgAction({ role: "ADMIN", schema: removeMemberSchema }, async ({ userId }, ctx) => {
  await members.removeMember(ctx.actor, userId);
  revalidatePath("/admin");
});
