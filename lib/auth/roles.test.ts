import { describe, expect, it } from "vitest";
import { hasRole } from "./roles";

describe("hasRole", () => {
  it("admins can do what recruiters can; recruiters cannot do admin things", () => {
    expect(hasRole("ADMIN", "ADMIN")).toBe(true);
    expect(hasRole("ADMIN", "RECRUITER")).toBe(true);
    expect(hasRole("RECRUITER", "RECRUITER")).toBe(true);
    expect(hasRole("RECRUITER", "ADMIN")).toBe(false);
  });
});
