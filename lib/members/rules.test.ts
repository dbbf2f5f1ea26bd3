import { describe, expect, it } from "vitest";
import { leavesNoAdmin } from "./rules";

const team = [
  { userId: "a", role: "ADMIN" as const },
  { userId: "r", role: "RECRUITER" as const },
];

describe("leavesNoAdmin", () => {
  it("refuses demoting or removing the only admin", () => {
    expect(leavesNoAdmin(team, { userId: "a", role: "RECRUITER" })).toBe(true);
    expect(leavesNoAdmin(team, { userId: "a", role: null })).toBe(true);
  });

  it("allows changes that keep an admin", () => {
    expect(leavesNoAdmin(team, { userId: "r", role: null })).toBe(false);
    expect(leavesNoAdmin(team, { userId: "r", role: "ADMIN" })).toBe(false);
    const twoAdmins = [...team, { userId: "b", role: "ADMIN" as const }];
    expect(leavesNoAdmin(twoAdmins, { userId: "a", role: null })).toBe(false);
  });
});
