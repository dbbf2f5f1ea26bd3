import { randomBytes } from "node:crypto";
import type { Prisma, SandboxBatch } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { notifyWebhooksQueued } from "../queue";
import { batchCompletedPayload, testPayload, type WebhookEvent } from "./payloads";

/** A Prisma client or an open transaction: enqueueing must join the caller's transaction. */
type Tx = Prisma.TransactionClient;

export interface NewDelivery {
  /** Internal SandboxTenant id (the payload carries the tenant's external id). */
  tenantId: string;
  event: WebhookEvent;
  payload: { event: WebhookEvent };
  jobId?: string;
  applicationId?: string;
}

/** `X-Webhook-Id`: cuid-like and prefixed, generated once so it is stable across retries. */
export function newWebhookId(): string {
  return `wh_${Date.now().toString(36)}${randomBytes(10).toString("hex")}`;
}

/**
 * Stores one webhook to deliver. Call it inside the transaction that changes the state the
 * webhook reports, so a committed state change always has its webhook and a rolled-back one
 * never does. Wake the dispatcher (notifyWebhooksQueued) after the commit.
 */
export async function enqueueWebhook(tx: Tx, d: NewDelivery): Promise<string> {
  const id = newWebhookId();
  await tx.sandboxWebhookDelivery.create({
    data: {
      id,
      tenantId: d.tenantId,
      event: d.event,
      jobId: d.jobId ?? null,
      applicationId: d.applicationId ?? null,
      payload: JSON.stringify(d.payload),
    },
  });
  return id;
}

/** Webhook payloads carry the tenant's own id (`X-Tenant-Id`), not the sandbox's row id. */
export async function externalTenantId(tx: Tx, tenantId: string): Promise<string> {
  const tenant = await tx.sandboxTenant.findUnique({ where: { id: tenantId }, select: { externalId: true } });
  return tenant?.externalId ?? tenantId;
}

/**
 * Queues `batch.completed` for a batch that has just been closed (status completed/failed,
 * completedAt set). Call it in the transaction that closed the batch, exactly once per batch:
 * the worker does when a batch's last job finishes; the API should when it creates a batch
 * that is finished from the start (every application already scored).
 */
export async function enqueueBatchCompleted(tx: Tx, batch: SandboxBatch): Promise<string> {
  if (batch.status !== "completed" && batch.status !== "failed")
    throw new Error(`batch ${batch.id} is not closed (status ${batch.status})`);
  return enqueueWebhook(tx, {
    tenantId: batch.tenantId,
    jobId: batch.jobId,
    event: "batch.completed",
    payload: batchCompletedPayload({
      tenantId: await externalTenantId(tx, batch.tenantId),
      batchId: batch.id,
      jobId: batch.jobId,
      totalJobs: batch.totalJobs,
      completedJobs: batch.completedJobs,
      failedJobs: batch.failedJobs,
      status: batch.status,
      completedAt: batch.completedAt ?? new Date(),
    }),
  });
}

/** Queues a `test` delivery (Nova's "Send Test Webhook"); returns its X-Webhook-Id. */
export async function enqueueTestWebhook(
  tenantId: string,
  message = "This is a test webhook from the Nova sandbox",
): Promise<string> {
  const id = await enqueueWebhook(db, { tenantId, event: "test", payload: testPayload(message, new Date()) });
  notifyWebhooksQueued();
  return id;
}
