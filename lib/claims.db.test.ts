import { expect, it } from "vitest";
import { claimRowIds, freeOrStale } from "@/lib/claims";
import { Prisma } from "@/lib/generated/prisma/client";
import { createTempDb } from "@/tests/support/db";
it("gives each due inbox delivery to exactly one of two instances claiming at once", async () => {
  const t = await createTempDb();
  await t.db.webhookEvent.createMany({
    data: Array.from({ length: 5 }, (_, i) => ({
      deliveryId: `d${i}`,
      signatureOk: true,
      outcome: "received",
      payload: "{}",
    })),
  });
  const now = new Date();
  const spec = (who: string) => ({
    table: "WebhookEvent" as const,
    where: Prisma.sql`"outcome" = 'received' AND "nextAttemptAt" <= ${now} AND ${freeOrStale(new Date(now.getTime() - 60000))}`,
    orderBy: Prisma.sql`"receivedAt" ASC`,
    set: Prisma.sql`"claimedBy" = ${who}, "claimedAt" = ${now}`,
    limit: 10,
  });
  const [a, b] = await Promise.all([claimRowIds(t.db, spec("A")), claimRowIds(t.another(), spec("B"))]);
  expect(a.length + b.length).toBe(5);
  expect(a.filter((x) => b.includes(x))).toEqual([]);
  await t.drop();
});
