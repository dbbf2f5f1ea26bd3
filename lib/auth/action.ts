import { z } from "zod";
import { requireOrgContext, type OrgContext } from "./context";
import { UserError } from "@/lib/errors";
import type { Role } from "./roles";

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; error: string; code: string; fieldErrors?: Record<string, string[]> };

/**
 * The one way to write a server action. It resolves session, org and role on the server,
 * validates input with the zod schema kept beside the action, and turns only UserErrors into
 * messages; anything else is logged and reported generically. The org always comes from the
 * session, never from the client.
 *
 *   export const closeJob = orgAction({ role: "RECRUITER", schema: z.object({ jobId: z.string() }) },
 *     async ({ jobId }, ctx) => { … });
 */
export function orgAction<S extends z.ZodType, T>(
  options: { role: Role; schema: S },
  handler: (input: z.output<S>, ctx: OrgContext) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (input) => {
    try {
      const ctx = await requireOrgContext(options.role);
      const parsed = options.schema.safeParse(input);
      if (!parsed.success) {
        const fieldErrors: Record<string, string[]> = {};
        for (const issue of parsed.error.issues) {
          const key = issue.path.join(".") || "_";
          (fieldErrors[key] ??= []).push(issue.message);
        }
        // The message alone: internal field keys ("candidateEmail: …") mean nothing to a
        // recruiter; forms show fieldErrors next to the field they belong to.
        const first = parsed.error.issues[0];
        return { ok: false, code: "VALIDATION_ERROR", error: first?.message ?? "Invalid input", fieldErrors };
      }
      return { ok: true, data: await handler(parsed.data, ctx) };
    } catch (err) {
      return toActionError(err);
    }
  };
}

export function toActionError(err: unknown): {
  ok: false;
  error: string;
  code: string;
  fieldErrors?: Record<string, string[]>;
} {
  if (err instanceof UserError) return { ok: false, error: err.message, code: err.code, fieldErrors: err.fieldErrors };
  // Next's redirect()/notFound() are thrown on purpose; let them through.
  if (
    err &&
    typeof err === "object" &&
    "digest" in err &&
    String((err as { digest: unknown }).digest).startsWith("NEXT_")
  )
    throw err;
  console.error("[action] unexpected error", err);
  return { ok: false, error: "Something went wrong on our side. Please try again.", code: "INTERNAL_ERROR" };
}
