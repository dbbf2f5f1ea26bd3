import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTempDb } from "@/tests/support/db";
import { attemptDelivery, claimDueDeliveries, type DispatchSettings } from "./dispatcher";
import { enqueueWebhook } from "./enqueue";
import { testPayload } from "./payloads";
import { sign } from "./sign";

let db: PrismaClient;
let drop: () => Promise<void>;
let listener: http.Server;
let settings: DispatchSettings;
const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
let answers: number[] = [];

beforeAll(async () => {
  ({ db, drop } = await createTempDb());
  listener = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.writeHead(answers.shift() ?? 200).end();
    });
  });
  await new Promise<void>((r) => listener.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/hook`;
  settings = { url, secret: "whsec_unit0123456789abcdef", retryBaseMs: 1, rand: () => 0 };
});
afterAll(async () => {
  listener.closeAllConnections();
  await new Promise((r) => listener.close(r));
  await drop();
});
beforeEach(async () => {
  await db.sandboxWebhookDelivery.deleteMany();
  received.length = 0;
  answers = [];
});

/** Claims and attempts until the delivery is no longer pending (retry delay is 1–30 ms here). */
async function dispatchUntilSettled(id: string): Promise<string[]> {
  const outcomes: string[] = [];
  for (let i = 0; i < 50; i++) {
    const claimed = await claimDueDeliveries(db, "D", 10);
    for (const c of claimed) outcomes.push(await attemptDelivery(db, c, "D", settings));
    const row = await db.sandboxWebhookDelivery.findUniqueOrThrow({ where: { id } });
    if (row.status !== "pending") return outcomes;
    await new Promise((r) => setTimeout(r, 40));
  }
  throw new Error("delivery never settled");
}

describe("attemptDelivery", () => {
  it("POSTs the stored body with Nova's headers and a verifiable signature", async () => {
    const id = await enqueueWebhook(db, {
      tenantId: "t1",
      event: "test",
      payload: testPayload("hello", new Date("2026-01-01T00:00:00Z")),
    });
    expect(await dispatchUntilSettled(id)).toEqual(["delivered"]);
    const [req] = received;
    expect(req!.body).toBe('{"event":"test","message":"hello","timestamp":"2026-01-01T00:00:00.000Z"}');
    expect(req!.headers["content-type"]).toBe("application/json");
    expect(req!.headers["x-webhook-id"]).toBe(id);
    expect(req!.headers["x-webhook-event"]).toBe("test");
    expect(req!.headers["x-webhook-signature"]).toBe(sign(settings.secret, req!.body));
    expect(new Date(String(req!.headers["x-webhook-timestamp"])).toISOString()).toBe(
      req!.headers["x-webhook-timestamp"],
    );
    const row = await db.sandboxWebhookDelivery.findUniqueOrThrow({ where: { id }, include: { attemptLog: true } });
    expect(row).toMatchObject({
      status: "delivered",
      attempts: 1,
      lastStatusCode: 200,
      lastError: null,
      claimedBy: null,
    });
    expect(row.attemptLog).toMatchObject([{ attempt: 1, statusCode: 200, error: null }]);
  });

  it("retries a failing receiver with the same id and body until it answers 2xx", async () => {
    answers = [500, 503];
    const id = await enqueueWebhook(db, {
      tenantId: "t1",
      event: "test",
      payload: testPayload("retry me", new Date()),
    });
    expect(await dispatchUntilSettled(id)).toEqual(["retry", "retry", "delivered"]);
    expect(received.map((r) => r.headers["x-webhook-id"])).toEqual([id, id, id]);
    expect(new Set(received.map((r) => r.body)).size).toBe(1);
    const log = await db.sandboxWebhookAttempt.findMany({ where: { deliveryId: id }, orderBy: { attempt: "asc" } });
    expect(log.map((a) => [a.attempt, a.statusCode, a.error])).toEqual([
      [1, 500, "HTTP 500"],
      [2, 503, "HTTP 503"],
      [3, 200, null],
    ]);
  });

  it("gives up after the 5th failed attempt", async () => {
    answers = [500, 500, 500, 500, 500, 200];
    const id = await enqueueWebhook(db, { tenantId: "t1", event: "test", payload: testPayload("doomed", new Date()) });
    expect(await dispatchUntilSettled(id)).toEqual(["retry", "retry", "retry", "retry", "failed"]);
    expect(received).toHaveLength(5);
    expect(await db.sandboxWebhookDelivery.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "failed",
      attempts: 5,
      lastStatusCode: 500,
    });
  });

  it("counts an unreachable receiver and a slow one as failed attempts", async () => {
    const id = await enqueueWebhook(db, {
      tenantId: "t1",
      event: "test",
      payload: testPayload("nobody home", new Date()),
    });
    // A port that was just free: nothing listens there.
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const [claimed] = await claimDueDeliveries(db, "D", 1);
    expect(await attemptDelivery(db, claimed!, "D", { ...settings, url: `http://127.0.0.1:${deadPort}/hook` })).toBe(
      "retry",
    );
    const row = await db.sandboxWebhookDelivery.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ attempts: 1, lastStatusCode: null, status: "pending", claimedBy: null });
    expect(row.lastError).toMatch(/ECONNREFUSED/);
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() - 1_000);

    const slow = http.createServer(() => undefined); // never answers
    await new Promise<void>((r) => slow.listen(0, "127.0.0.1", r));
    await new Promise((r) => setTimeout(r, 40));
    const [again] = await claimDueDeliveries(db, "D", 1);
    const port = (slow.address() as AddressInfo).port;
    expect(
      await attemptDelivery(db, again!, "D", { ...settings, url: `http://127.0.0.1:${port}/`, timeoutMs: 200 }),
    ).toBe("retry");
    expect((await db.sandboxWebhookDelivery.findUniqueOrThrow({ where: { id } })).lastError).toMatch(/within/);
    slow.closeAllConnections();
    await new Promise((r) => slow.close(r));
  });
});
