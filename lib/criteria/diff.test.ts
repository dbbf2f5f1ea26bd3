import { describe, expect, it } from "vitest";
import { diffCriteria, summariseDiff, type DiffCriterion } from "./diff";

const c = (id: string, text: string, importance: DiffCriterion["importance"] = "MUST_HAVE"): DiffCriterion => ({
  id,
  text,
  importance,
});

describe("diffCriteria", () => {
  it("reports nothing for identical versions, even when Nova re-issued every id", () => {
    const d = diffCriteria(
      [c("a", "5+ years of TypeScript"), c("b", "SQL")],
      [c("x", "5+ years of TypeScript"), c("y", "SQL")],
    );
    expect(d).toEqual({ changes: [], unchanged: 2 });
  });

  it("finds added and removed criteria", () => {
    const d = diffCriteria([c("a", "Kubernetes in production")], [c("b", "Fluent German")]);
    expect(d.changes).toEqual([
      { kind: "removed", before: c("a", "Kubernetes in production") },
      { kind: "added", after: c("b", "Fluent German") },
    ]);
    expect(d.unchanged).toBe(0);
  });

  it("finds an importance change on the same text (case and punctuation ignored)", () => {
    const d = diffCriteria(
      [c("a", "Experience with React.", "PREFERRED")],
      [c("z", "experience with react", "MUST_HAVE")],
    );
    expect(d.changes).toEqual([
      {
        kind: "importance",
        before: c("a", "Experience with React.", "PREFERRED"),
        after: c("z", "experience with react", "MUST_HAVE"),
      },
    ]);
  });

  it("treats a kept id with new text as reworded", () => {
    const d = diffCriteria([c("a", "Go")], [c("a", "Rust")]);
    expect(d.changes.map((x) => x.kind)).toEqual(["reworded"]);
  });

  it("treats a mostly-same sentence with a new id as reworded, not removed + added", () => {
    const d = diffCriteria(
      [c("a", "3+ years building B2B SaaS products"), c("b", "Mentoring")],
      [c("x", "5+ years building B2B SaaS products"), c("y", "Mentoring")],
    );
    expect(d.changes).toHaveLength(1);
    expect(d.changes[0]).toMatchObject({ kind: "reworded", before: { id: "a" }, after: { id: "x" } });
    expect(d.unchanged).toBe(1);
  });

  it("summarises counts per kind", () => {
    const d = diffCriteria(
      [c("a", "Go"), c("b", "SQL", "PREFERRED")],
      [c("b2", "SQL", "MUST_HAVE"), c("n", "Terraform"), c("m", "AWS")],
    );
    expect(summariseDiff(d)).toBe("2 added, 1 removed, 1 importance changed");
    expect(summariseDiff({ changes: [], unchanged: 3 })).toBe("");
  });
});
