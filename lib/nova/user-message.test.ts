import { describe, expect, it } from "vitest";
import { NovaApiError } from "./errors";
import { NO_CRITERIA_MESSAGE, novaRejectionReason, novaUserError, withNova } from "./user-message";

const refusal = (code: string, status = 404, traceId: string | null = null) =>
  new NovaApiError({ code, status, message: `Nova says ${code}`, traceId });

describe("Nova errors as user messages", () => {
  it("words known refusals the same way for actions and for rejected applications", () => {
    expect(novaUserError(refusal("CRITERIA_NOT_FOUND")).message).toBe(NO_CRITERIA_MESSAGE);
    expect(novaRejectionReason(refusal("CRITERIA_NOT_FOUND"))).toBe(NO_CRITERIA_MESSAGE);
  });

  it("keeps Nova's own reason for a rejected application, and its trace id for an action", () => {
    expect(novaRejectionReason(refusal("RESUME_TOO_SHORT", 422))).toBe("Nova says RESUME_TOO_SHORT");
    const err = novaUserError(refusal("SOMETHING_ELSE", 409, "tr_1"));
    expect(err).toMatchObject({
      code: "NOVA_SOMETHING_ELSE",
      message: "Nova refused the request: Nova says SOMETHING_ELSE (trace tr_1)",
    });
  });

  it("turns transient trouble into try-again", () => {
    expect(novaUserError(refusal("RATE_LIMITED", 429))).toMatchObject({ code: "NOVA_UNAVAILABLE" });
  });

  it("withNova rethrows anything that is not Nova's, and lets an action word the failure itself", async () => {
    await expect(withNova(() => Promise.reject(new TypeError("bug")))).rejects.toBeInstanceOf(TypeError);
    await expect(
      withNova(() => Promise.reject(refusal("X", 500)), { message: "Nothing was deleted.", code: "NOVA_UNAVAILABLE" }),
    ).rejects.toMatchObject({ message: "Nothing was deleted.", code: "NOVA_UNAVAILABLE" });
  });
});
