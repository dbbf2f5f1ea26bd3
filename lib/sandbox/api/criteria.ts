import { db } from "@/lib/db";
import { latencyHeaders } from "../latency";
import { json, parseInput, type ApiResult, type TenantContext } from "../http/context";
import { notFound } from "../http/errors";
import {
  activeVersion,
  assignIds,
  createVersion,
  criteriaOf,
  findVersion,
  listVersions,
  newCriterionId,
  requireActiveVersion,
  revisionOf,
  versionJson,
} from "../store/criteria";
import { generateCriteria } from "../store/generate-criteria";
import {
  criterionInputSchema,
  generateCriteriaSchema,
  jobIdsQuerySchema,
  patchCriterionSchema,
  replaceCriteriaSchema,
} from "./schemas";

/** POST /v1/jobs/{jobId}/criteria/generate → `{criteria}` (the shape the SDK destructures). */
export async function postGenerate(ctx: TenantContext): Promise<ApiResult> {
  const input = parseInput(generateCriteriaSchema, ctx.body);
  const { version, latencyMs } = await generateCriteria(ctx.tenant.id, ctx.params.jobId!, input);
  return json(200, { criteria: criteriaOf(version) }, latencyHeaders(latencyMs));
}

/** GET /v1/jobs/{jobId}/criteria/generate/{id}: the generation id is the version id. */
export async function getGeneration(ctx: TenantContext): Promise<ApiResult> {
  const version = await findVersion(ctx.tenant.id, ctx.params.jobId!, ctx.params.generationId!);
  return json(200, { criteria: criteriaOf(version) });
}

export async function getActive(ctx: TenantContext): Promise<ApiResult> {
  const version = await requireActiveVersion(ctx.tenant.id, ctx.params.jobId!);
  return json(200, { criteria: criteriaOf(version) });
}

/** GET /v1/jobs/criteria?jobIds=a,b: items in request order, `null` for no active criteria. */
export async function getBatch(ctx: TenantContext): Promise<ApiResult> {
  const { jobIds } = parseInput(jobIdsQuerySchema, { jobIds: ctx.query.get("jobIds") ?? "" });
  const rows = await db.sandboxCriteriaVersion.findMany({
    where: { tenantId: ctx.tenant.id, jobId: { in: jobIds }, status: "ACTIVE" },
  });
  const byJob = new Map(rows.map((r) => [r.jobId, r]));
  return json(200, {
    items: jobIds.map((jobId) => ({ jobId, criteria: byJob.has(jobId) ? criteriaOf(byJob.get(jobId)!) : null })),
  });
}

/**
 * Nova documents X-Expected-Criteria-Revision on PUT; the sandbox honours it on every criteria
 * mutation (when sent), so a client that sends it everywhere gets the same conflict everywhere.
 */
function expectedRevisionOf(ctx: TenantContext): string | undefined {
  return ctx.req.headers.get("x-expected-criteria-revision") ?? undefined;
}

/**
 * PUT replaces the whole set. Like generate it works with no or archived criteria (a full set
 * needs no base); `X-Expected-Criteria-Revision`, when sent, must name the active version.
 */
export async function putCriteria(ctx: TenantContext): Promise<ApiResult> {
  const { criteria } = parseInput(replaceCriteriaSchema, ctx.body);
  const version = await createVersion(ctx.tenant.id, ctx.params.jobId!, {
    source: "replace",
    requireActive: false,
    expectedRevision: expectedRevisionOf(ctx),
    build: (active) => assignIds(active ? criteriaOf(active) : [], criteria),
  });
  return json(200, { criteria: criteriaOf(version) });
}

export async function addItem(ctx: TenantContext): Promise<ApiResult> {
  const input = parseInput(criterionInputSchema, ctx.body);
  const id = newCriterionId();
  const version = await createVersion(ctx.tenant.id, ctx.params.jobId!, {
    source: "add",
    requireActive: true,
    expectedRevision: expectedRevisionOf(ctx),
    build: (active) => assignIds([], [...criteriaOf(active!), { ...input, id }]),
  });
  const criteria = criteriaOf(version);
  return json(201, { criterion: criteria.find((c) => c.id === id), criteria });
}

export async function patchItem(ctx: TenantContext): Promise<ApiResult> {
  const input = parseInput(patchCriterionSchema, ctx.body);
  const { jobId, criterionId } = ctx.params as { jobId: string; criterionId: string };
  const version = await createVersion(ctx.tenant.id, jobId, {
    source: "edit",
    requireActive: true,
    expectedRevision: expectedRevisionOf(ctx),
    build: (active) => {
      const current = criteriaOf(active!);
      if (!current.some((c) => c.id === criterionId)) throw criterionNotFound(criterionId);
      return assignIds(
        [],
        current.map((c) => (c.id === criterionId ? { ...c, ...input } : c)),
      );
    },
  });
  const criteria = criteriaOf(version);
  return json(200, { criterion: criteria.find((c) => c.id === criterionId), criteria });
}

/** `{success: true, criteria}` satisfies both documented answers (§9.9). */
export async function deleteItem(ctx: TenantContext): Promise<ApiResult> {
  const { jobId, criterionId } = ctx.params as { jobId: string; criterionId: string };
  const version = await createVersion(ctx.tenant.id, jobId, {
    source: "remove",
    requireActive: true,
    expectedRevision: expectedRevisionOf(ctx),
    build: (active) => {
      const current = criteriaOf(active!);
      if (!current.some((c) => c.id === criterionId)) throw criterionNotFound(criterionId);
      return assignIds(
        [],
        current.filter((c) => c.id !== criterionId),
      );
    },
  });
  return json(200, { success: true, criteria: criteriaOf(version) });
}

/** Archive = close the job: a new ARCHIVED version; scoring answers CRITERIA_NOT_FOUND until regenerated. */
export async function archiveCriteria(ctx: TenantContext): Promise<ApiResult> {
  await createVersion(ctx.tenant.id, ctx.params.jobId!, {
    source: "archive",
    requireActive: true,
    expectedRevision: expectedRevisionOf(ctx),
    status: "ARCHIVED",
    build: (active) => criteriaOf(active!),
  });
  return json(200, { success: true });
}

export async function getVersions(ctx: TenantContext): Promise<ApiResult> {
  const versions = await listVersions(ctx.tenant.id, ctx.params.jobId!);
  return json(200, { versions: versions.map(versionJson) });
}

export async function getCurrentVersion(ctx: TenantContext): Promise<ApiResult> {
  const version = await activeVersion(ctx.tenant.id, ctx.params.jobId!);
  if (!version) throw notFound("CRITERIA_NOT_FOUND", `Job ${ctx.params.jobId} has no active criteria.`);
  return json(200, {
    version: versionJson(version),
    criteriaRevision: revisionOf(version),
    criteria: criteriaOf(version),
  });
}

export async function getVersion(ctx: TenantContext): Promise<ApiResult> {
  const version = await findVersion(ctx.tenant.id, ctx.params.jobId!, ctx.params.criteriaVersionId!);
  return json(200, { version: versionJson(version), criteria: criteriaOf(version) });
}

function criterionNotFound(criterionId: string) {
  // Nova documents no dedicated code for an unknown item id; the generic 404 code is used.
  return notFound("NOT_FOUND", `Criterion ${criterionId} is not in the active criteria.`);
}
