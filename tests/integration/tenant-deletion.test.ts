import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../support/db";
import { callAction } from "../support/server-actions";
import { createOrg, signedIn, type Org } from "./webhook-fixtures";
import { jobContext, sandboxClient } from "./sandbox-helpers";

// Offboarding (issue 13): an admin deletes the org's data at Nova with a typed confirmation;
// the request goes to Nova's DELETE /v1/tenants/{id}, is polled until Nova reports it done,
// and both steps are in the audit log. Real server, real sandbox, real background poller.

const NOVA_ADMIN = "app/(dashboard)/admin/nova/actions.ts";
const db = testDb();
let org: Org;

async function until<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 45_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}: ${JSON.stringify(v).slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

beforeAll(async () => {
  org = await createOrg();
  // Something for Nova to delete: criteria for a job of this org's tenant.
  const call = sandboxClient({ tenant: org.tenantId });
  const generated = await call("POST", "/v1/jobs/offboard-job/criteria/generate", { body: { jobContext } });
  expect(generated.status).toBe(200);
});

describe("tenant deletion for an org being offboarded", () => {
  it("is refused to recruiters and without the organization's exact name, and sends nothing then", async () => {
    const recruiter = await signedIn(org.recruiter.email);
    const asRecruiter = await callAction(recruiter, NOVA_ADMIN, "deleteTenantData", [{ confirmation: org.name }]);
    expect(asRecruiter.result).toMatchObject({ ok: false, code: "FORBIDDEN" });

    const admin = await signedIn(org.admin.email);
    for (const wrong of [org.name.toUpperCase(), `${org.name}x`, org.tenantId]) {
      const reply = await callAction(admin, NOVA_ADMIN, "deleteTenantData", [{ confirmation: wrong }]);
      expect(reply.result).toMatchObject({ ok: false, code: "VALIDATION_ERROR" });
      expect(reply.result?.error).toContain(org.name);
    }
    const empty = await callAction(admin, NOVA_ADMIN, "deleteTenantData", [{ confirmation: "  " }]);
    expect(empty.result).toMatchObject({ ok: false, code: "VALIDATION_ERROR" });

    expect(await db.novaDeletionRequest.count({ where: { orgId: org.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { orgId: org.id, action: "tenant.deletion_requested" } })).toBe(0);
    expect(await db.sandboxTenant.count({ where: { externalId: org.tenantId } })).toBe(1);
  });

  it("asks Nova to delete the tenant, polls until done, audits both steps and shows the outcome", async () => {
    const admin = await signedIn(org.admin.email);
    const reply = await callAction(admin, NOVA_ADMIN, "deleteTenantData", [{ confirmation: ` ${org.name} ` }]);
    expect(reply.result).toMatchObject({ ok: true });
    const { deletionRequestId } = reply.result!.data as { deletionRequestId: string };
    expect(deletionRequestId).toMatch(/^delreq_/);

    const row = await db.novaDeletionRequest.findUniqueOrThrow({ where: { novaId: deletionRequestId } });
    expect(row).toMatchObject({ orgId: org.id, scope: "tenant", targetId: org.tenantId });
    const requested = await db.auditEvent.findFirstOrThrow({
      where: { orgId: org.id, action: "tenant.deletion_requested" },
    });
    expect(requested).toMatchObject({ actorId: org.admin.id, targetType: "tenant", targetId: org.tenantId });
    expect(JSON.parse(requested.data)).toEqual({ deletionRequestId });

    // requested → completed, reported by the background poller from Nova's status endpoint.
    const done = await until(
      "Nova to complete the tenant deletion",
      () => db.auditEvent.findFirst({ where: { orgId: org.id, action: { startsWith: "deletion." } } }),
      (e) => e !== null,
    );
    expect(done).toMatchObject({ action: "deletion.completed", targetType: "tenant", targetId: org.tenantId });
    expect(JSON.parse(done!.data)).toMatchObject({ deletionRequestId });
    expect(await db.novaDeletionRequest.findUniqueOrThrow({ where: { novaId: deletionRequestId } })).toMatchObject({
      status: "completed",
      finishedAt: expect.any(Date),
    });
    // Nova (the sandbox) no longer holds the tenant or its criteria.
    expect(await db.sandboxTenant.count({ where: { externalId: org.tenantId } })).toBe(0);

    const page = await (await admin.fetch("/admin/nova")).text();
    expect(page).toContain("Nova deleted this organization");
    expect(page).toContain(deletionRequestId);
  });
});
