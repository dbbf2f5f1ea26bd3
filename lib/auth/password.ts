import bcrypt from "bcryptjs";

const ROUNDS = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, ROUNDS);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Compared against when the email is unknown, so a wrong email costs the same time as a wrong
// password and response timing does not reveal which accounts exist.
export const DUMMY_HASH = "$2b$10$Ecvl9RY6tzuULbjKagF9ZesqJEDL//qYsG636LGtsTbeYm6Qsb8Fy";
