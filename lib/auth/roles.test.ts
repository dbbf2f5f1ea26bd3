import { describe, expect, it } from "vitest";
import { hasRole } from "./roles";

describe("hasRole", () => {
  it("admins can do what recruiters can; recruiters cannot do admin things", () => {
    expect(hasRole("ADMIN", "ADMIN")).toBe(true);
    expect(hasRole("ADMIN", "RECRUITER")).toBe(true);
    expect(hasRole("RECRUITER", "RECRUITER")).toBe(true);
    expect(hasRole("RECRUITER", "ADMIN")).toBe(false);
  });

  it("hiring managers pass no recruiter or admin check", () => {
    expect(hasRole("HIRING_MANAGER", "HIRING_MANAGER")).toBe(true);
    expect(hasRole("HIRING_MANAGER", "RECRUITER")).toBe(false);
    expect(hasRole("HIRING_MANAGER", "ADMIN")).toBe(false);
    expect(hasRole("RECRUITER", "HIRING_MANAGER")).toBe(true);
  });
});
