import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { UserError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { bumpSessionVersion } from "@/lib/auth/session-version";
import { checkSignInThrottle, recordSignInFailure, throttleMessage } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { transaction } from "@/lib/transaction";

/**
 * A user changes their own password. The current one is required (a session left open on a
 * shared screen must not be enough) and guessing it counts against the same throttle as
 * sign-in. Every session of the account ends, including this one: the user signs in again.
 */
export async function changeOwnPassword(
  actor: Actor,
  email: string,
  currentPassword: string,
  newPassword: string,
): Promise<{ signedOut: true }> {
  const { retryAt } = await checkSignInThrottle(email, null);
  if (retryAt) throw new UserError(throttleMessage(retryAt), "THROTTLED");
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId } });
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    await recordSignInFailure(email, null);
    throw new UserError("Your current password is not right.", "VALIDATION_ERROR", {
      currentPassword: ["Not your current password"],
    });
  }
  if (currentPassword === newPassword)
    throw new UserError("Choose a password different from the current one.", "VALIDATION_ERROR", {
      newPassword: ["Same as the current password"],
    });
  const passwordHash = await hashPassword(newPassword);
  await transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await bumpSessionVersion(user.id, tx);
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: user.id,
      action: "account.password_changed",
      targetType: "user",
      targetId: user.id,
    });
  });
  return { signedOut: true };
}
