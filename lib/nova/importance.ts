/**
 * Nova's importance levels (nova-api.md §6), most important first. The one list: the type, the
 * zod enums (contract, action input, sandbox) and the display order all derive from it.
 * Pure and client-safe.
 */
export const IMPORTANCES = ["MUST_HAVE", "PREFERRED", "NICE_TO_HAVE"] as const;
export type Importance = (typeof IMPORTANCES)[number];
