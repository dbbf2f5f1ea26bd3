import { validationError } from "./errors";

/** `X-Tenant-Id`, required on tenant-scoped routes (400 VALIDATION_ERROR when missing). */
export function requireTenantHeader(req: Request): string {
  const value = req.headers.get("x-tenant-id")?.trim();
  if (!value) {
    throw validationError([
      { field: "X-Tenant-Id", code: "required", message: "X-Tenant-Id header is required on tenant-scoped routes" },
    ]);
  }
  if (value.length > 255) {
    throw validationError([
      { field: "X-Tenant-Id", code: "too_big", message: "X-Tenant-Id must be at most 255 characters" },
    ]);
  }
  return value;
}
