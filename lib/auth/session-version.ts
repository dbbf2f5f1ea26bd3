import { db, type Prisma } from "@/lib/db";

/**
 * Is a session issued under `version` still valid for this user? A JWT cannot be recalled, so
 * every request compares the version in the token with the user's current one.
 */
export async function isSessionCurrent(userId: string, version: unknown): Promise<boolean> {
  // Raw: every signed-in request reads this, and Prisma's findUnique cost twice the statement.
  const [user] = await db.$queryRaw<{ sessionVersion: number }[]>`
    SELECT "sessionVersion" FROM "User" WHERE "id" = ${userId}`;
  return Boolean(user) && Number(user!.sessionVersion) === (typeof version === "number" ? version : 0);
}

/** Ends every session of the user (sign-out, password change, removal from an org). */
export async function bumpSessionVersion(
  userId: string,
  client: Pick<Prisma.TransactionClient, "user"> = db,
): Promise<void> {
  await client.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
