import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths, including from Auth.js's absolute URLs", () => {
    expect(safeCallbackUrl("/jobs/abc?tab=criteria")).toBe("/jobs/abc?tab=criteria");
    expect(safeCallbackUrl("http://localhost:3000/admin")).toBe("/admin");
    expect(safeCallbackUrl("https://evil.example/admin")).toBe("/admin");
  });

  it("falls back for anything that could leave the site or loop", () => {
    for (const bad of [
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "",
      undefined,
      42,
      "/sign-in",
      "/api/auth/signout",
    ]) {
      expect(safeCallbackUrl(bad)).toBe("/jobs");
    }
  });
});
