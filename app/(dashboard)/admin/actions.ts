"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/auth/action";
import { addMember, changeRole, removeMember } from "@/lib/members";
import { addMemberSchema, changeRoleSchema, removeMemberSchema } from "./schemas";

export const addMemberAction = orgAction({ role: "ADMIN", schema: addMemberSchema }, async (input, ctx) => {
  const result = await addMember(ctx.actor, input);
  revalidatePath("/admin");
  return result;
});

export const changeRoleAction = orgAction(
  { role: "ADMIN", schema: changeRoleSchema },
  async ({ userId, role }, ctx) => {
    await changeRole(ctx.actor, userId, role);
    revalidatePath("/admin");
  },
);

export const removeMemberAction = orgAction({ role: "ADMIN", schema: removeMemberSchema }, async ({ userId }, ctx) => {
  await removeMember(ctx.actor, userId);
  revalidatePath("/admin");
});
