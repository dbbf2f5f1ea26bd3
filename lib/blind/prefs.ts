import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/actor";

/** Is blind review on for this user? Read once per request. */
export const getHideIdentities = cache(async (userId: string): Promise<boolean> => {
  const user = await db.user.findUnique({ where: { id: userId }, select: { hideIdentities: true } });
  return user?.hideIdentities ?? false;
});

/** Blind review is the user's own choice, so it persists on the user across orgs and devices. */
export async function setHideIdentities(actor: Actor, on: boolean): Promise<{ hideIdentities: boolean }> {
  await db.user.update({ where: { id: actor.userId }, data: { hideIdentities: on } });
  return { hideIdentities: on };
}
