import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { db as appDb } from "@/lib/db";
import { generateCriteria, saveDraftCriteria } from "@/lib/criteria";
import { getDraftCriteria } from "@/lib/criteria/queries";
import { createJob } from "@/lib/jobs";
import { submitApplications } from "@/lib/scoring/commands";
import { DEMO_JOBS } from "@/lib/demo/content";
import { createOrg } from "./webhook-fixtures";
import { testDb } from "../support/db";

/**
 * The new-job flow against the real sandbox: generated criteria are the recruiter's draft until
 * saved (nothing is scored against them, a reload finds them again), and the recruiter may
 * change the criteria while no candidate was submitted; afterwards only an admin may.
 */
const db = testDb();
let recruiter: Actor;
const POSTING = DEMO_JOBS[0]!;

beforeAll(async () => {
  await appDb.organization.count();
  const org = await createOrg();
  recruiter = { orgId: org.id, tenantId: org.tenantId, userId: org.recruiter.id, role: "RECRUITER" };
});

describe("new job: draft criteria", () => {
  it("keeps generated criteria a draft until the recruiter saves them, then keeps the job theirs until a submission", async () => {
    const { jobId } = await createJob(recruiter, {
      title: POSTING.title,
      company: POSTING.company,
      description: POSTING.description,
    });
    const generated = await generateCriteria(recruiter, jobId, {});
    expect(generated.criteria.length).toBeGreaterThan(0);

    // Not active yet: scoring refuses, and a reload of the review finds the same draft.
    expect((await db.job.findUniqueOrThrow({ where: { id: jobId } })).activeCriteriaVersionId).toBeNull();
    await db.application.create({
      data: { orgId: recruiter.orgId, jobId, candidateName: "Early Bird", resumeText: "x".repeat(80) },
    });
    await expect(submitApplications(recruiter, jobId)).rejects.toMatchObject({ code: "NO_CRITERIA" });
    const resumed = await getDraftCriteria(recruiter.orgId, jobId);
    expect(resumed?.map((c) => c.text)).toEqual(generated.criteria.map((c) => c.text));

    // Saved with an edit: a new active version with the recruiter's text; the draft is archived.
    const edited = generated.criteria.map((c, i) =>
      i === 0 ? { text: "Runs production Go services with on-call ownership", importance: c.importance } : c,
    );
    const saved = await saveDraftCriteria(recruiter, jobId, edited);
    const job = await db.job.findUniqueOrThrow({
      where: { id: jobId },
      include: { activeCriteriaVersion: { include: { criteria: true } } },
    });
    expect(job.activeCriteriaVersion?.novaId).toBe(saved.versionId);
    expect(job.activeCriteriaVersion?.criteria.map((c) => c.text)).toContain(edited[0]!.text);
    expect(await getDraftCriteria(recruiter.orgId, jobId)).toBeNull();

    // Still nothing submitted: the recruiter may change them again (no lock-out).
    const again = await saveDraftCriteria(recruiter, jobId, edited.slice(1));
    expect(again.criteria).toHaveLength(edited.length - 1);

    // Once a candidate is submitted, criteria changes are an admin's.
    await db.application.updateMany({ where: { jobId }, data: { pipelineStatus: "PENDING" } });
    await expect(saveDraftCriteria(recruiter, jobId, edited)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("promotes a draft saved unchanged without a second Nova version", async () => {
    const { jobId } = await createJob(recruiter, {
      title: POSTING.title,
      company: POSTING.company,
      description: POSTING.description,
    });
    const generated = await generateCriteria(recruiter, jobId, {});
    const saved = await saveDraftCriteria(recruiter, jobId, generated.criteria);
    expect(saved).toMatchObject({ versionId: generated.versionId, number: generated.number });
    const versions = await db.criteriaVersion.findMany({ where: { jobId } });
    expect(versions.map((v) => v.status)).toEqual(["ACTIVE"]);
    const audit = await db.auditEvent.findFirst({ where: { targetId: jobId, action: "criteria.draft_saved" } });
    expect(audit?.actorId).toBe(recruiter.userId);
  });
});
