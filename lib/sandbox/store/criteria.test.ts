import { describe, expect, it } from "vitest";
import { assignIds } from "./criteria";

describe("assignIds", () => {
  it("keeps the id of an unchanged text, issues crit_<12 hex> for new ones, and renumbers order", () => {
    const previous = [
      { id: "crit_aaaaaaaaaaaa", text: "Go in production", importance: "MUST_HAVE" as const, order: 1 },
      { id: "crit_bbbbbbbbbbbb", text: "Kubernetes", importance: "PREFERRED" as const, order: 2 },
    ];
    const next = assignIds(previous, [
      { text: "Kubernetes", importance: "MUST_HAVE" },
      { text: "PostgreSQL tuning", importance: "NICE_TO_HAVE" },
    ]);
    expect(next[0]).toEqual({ id: "crit_bbbbbbbbbbbb", text: "Kubernetes", importance: "MUST_HAVE", order: 1 });
    expect(next[1]!.id).toMatch(/^crit_[0-9a-f]{12}$/);
    expect(next[1]!.order).toBe(2);
  });

  it("gives duplicate texts distinct ids", () => {
    const previous = [{ id: "crit_aaaaaaaaaaaa", text: "Same", importance: "PREFERRED" as const, order: 1 }];
    const next = assignIds(previous, [
      { text: "Same", importance: "PREFERRED" },
      { text: "Same", importance: "PREFERRED" },
    ]);
    expect(next[0]!.id).toBe("crit_aaaaaaaaaaaa");
    expect(next[1]!.id).not.toBe("crit_aaaaaaaaaaaa");
  });
});
