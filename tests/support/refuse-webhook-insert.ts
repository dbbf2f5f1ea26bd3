import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isPostgresClient } from "@/lib/db-client";

/**
 * Makes the database itself refuse to insert the inbox row of one delivery id (a trigger), so a
 * test sees a real failed insert rather than a mocked one. Returns a function that removes it.
 */
export async function refuseWebhookInsert(db: PrismaClient, deliveryId: string): Promise<() => Promise<void>> {
  const name = `refuse_${randomBytes(5).toString("hex")}`;
  // The id is a test's own literal; keep it one so it cannot break out of the quotes.
  if (!/^[\w-]+$/.test(deliveryId)) throw new Error(`unexpected delivery id ${deliveryId}`);
  if (isPostgresClient(db)) {
    await db.$executeRawUnsafe(`CREATE FUNCTION ${name}() RETURNS trigger AS $$ BEGIN
      IF NEW."deliveryId" = '${deliveryId}' THEN RAISE EXCEPTION 'refused by test'; END IF; RETURN NEW; END $$
      LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER ${name} BEFORE INSERT ON "WebhookEvent" FOR EACH ROW EXECUTE FUNCTION ${name}()`,
    );
    return async () => {
      await db.$executeRawUnsafe(`DROP TRIGGER ${name} ON "WebhookEvent"`);
      await db.$executeRawUnsafe(`DROP FUNCTION ${name}()`);
    };
  }
  await db.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE INSERT ON "WebhookEvent"
    WHEN NEW."deliveryId" = '${deliveryId}' BEGIN SELECT RAISE(ABORT, 'refused by test'); END`);
  return async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER ${name}`);
  };
}
