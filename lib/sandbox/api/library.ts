import { db } from "@/lib/db";
import { json, parseInput, type ApiResult, type TenantContext } from "../http/context";
import { notFound } from "../http/errors";
import { libraryCreateSchema, libraryPatchSchema } from "./schemas";

type LibraryRow = Awaited<ReturnType<typeof db.sandboxLibraryCriterion.findFirstOrThrow>>;

const libraryJson = (row: LibraryRow) => ({
  id: row.id,
  text: row.text,
  importance: row.importance,
  category: row.category,
  createdAt: row.createdAt.toISOString(),
});

async function findOwn(ctx: TenantContext): Promise<LibraryRow> {
  const row = await db.sandboxLibraryCriterion.findFirst({
    where: { id: ctx.params.criterionId!, tenantId: ctx.tenant.id },
  });
  if (!row) throw notFound("LIBRARY_CRITERION_NOT_FOUND", `Library criterion ${ctx.params.criterionId} was not found.`);
  return row;
}

/** GET /v1/criteria-library?category= → newest first. */
export async function listLibrary(ctx: TenantContext): Promise<ApiResult> {
  const category = ctx.query.get("category");
  const rows = await db.sandboxLibraryCriterion.findMany({
    where: { tenantId: ctx.tenant.id, ...(category ? { category } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return json(200, { criteria: rows.map(libraryJson) });
}

export async function createLibrary(ctx: TenantContext): Promise<ApiResult> {
  const input = parseInput(libraryCreateSchema, ctx.body);
  const row = await db.sandboxLibraryCriterion.create({
    data: { tenantId: ctx.tenant.id, text: input.text, importance: input.importance, category: input.category ?? null },
  });
  return json(201, { criterion: libraryJson(row) });
}

export async function getLibrary(ctx: TenantContext): Promise<ApiResult> {
  return json(200, { criterion: libraryJson(await findOwn(ctx)) });
}

export async function patchLibrary(ctx: TenantContext): Promise<ApiResult> {
  const input = parseInput(libraryPatchSchema, ctx.body);
  const row = await findOwn(ctx);
  const updated = await db.sandboxLibraryCriterion.update({ where: { id: row.id }, data: input });
  return json(200, { criterion: libraryJson(updated) });
}

export async function deleteLibrary(ctx: TenantContext): Promise<ApiResult> {
  const row = await findOwn(ctx);
  await db.sandboxLibraryCriterion.delete({ where: { id: row.id } });
  return json(200, { success: true });
}
