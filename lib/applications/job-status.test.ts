import { describe, expect, it } from "vitest";
import type { OperationView } from "@/lib/scoring/operations";
import { countsChanged, shouldPoll, type JobStatusResponse } from "./job-status";

const counts = { total: 3, notSubmitted: 0, pending: 0, scored: 3, failed: 0, rejected: 0, stale: 0, submittable: 0 };
const status = (over: Partial<JobStatusResponse>): JobStatusResponse => ({
  counts,
  pendingIds: [],
  lastRescore: null,
  operations: [],
  ...over,
});

describe("shouldPoll", () => {
  it("stops when nothing is pending and no operation runs", () => {
    expect(shouldPoll(status({}))).toBe(false);
  });
  it("polls while scores are pending", () => {
    expect(shouldPoll(status({ counts: { ...counts, pending: 1 } }))).toBe(true);
  });
  it("polls while an operation is still sending, not after it finished", () => {
    const op: OperationView = { id: "o", kind: "RESCORE", status: "running", total: 10, processed: 4, failed: 0 };
    expect(shouldPoll(status({ operations: [op] }))).toBe(true);
    expect(shouldPoll(status({ operations: [{ ...op, status: "completed", processed: 10 }] }))).toBe(false);
  });
});

describe("countsChanged", () => {
  it("detects any counter change", () => {
    expect(countsChanged(counts, { ...counts })).toBe(false);
    expect(countsChanged(counts, { ...counts, stale: 1 })).toBe(true);
  });
});
