import { z } from "zod";

export const MIN_PASSWORD_LENGTH = 12;
// bcrypt reads only the first 72 bytes: a longer password would be accepted with any tail, so
// we refuse it rather than let the user believe the rest counts.
export const MAX_PASSWORD_BYTES = 72;

/** Every password a person chooses (new members, password changes) passes this one schema. */
export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
  .refine(
    (p) => Buffer.byteLength(p, "utf8") <= MAX_PASSWORD_BYTES,
    `Use at most ${MAX_PASSWORD_BYTES} bytes (about ${MAX_PASSWORD_BYTES} letters; fewer with accents or emoji)`,
  );
