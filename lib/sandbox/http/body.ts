import { readCappedBody } from "@/lib/http/capped-body";
import { MAX_BODY_BYTES } from "@/lib/nova/limits";
import { ApiError } from "./errors";

const tooLarge = () =>
  new ApiError(413, "PAYLOAD_TOO_LARGE", `Request body exceeds the ${MAX_BODY_BYTES / 1024 / 1024} MB limit.`);

/**
 * Reads a JSON body, stopping as soon as it passes the limit (a declared Content-Length over
 * the limit is refused before reading). An empty body reads as `undefined`, so the route's
 * schema decides whether a body is required.
 */
export async function readJsonBody(req: Request, limit = MAX_BODY_BYTES): Promise<unknown> {
  const bytes = await readCappedBody(req, limit);
  if (!bytes) throw tooLarge();
  const text = Buffer.from(bytes).toString("utf8");
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(400, "VALIDATION_ERROR", "Request body is not valid JSON.", {
      details: [{ field: "body", code: "invalid_json", message: "Request body is not valid JSON" }],
    });
  }
}
