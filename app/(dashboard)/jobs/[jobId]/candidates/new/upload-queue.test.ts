import { describe, expect, it } from "vitest";
import { rejectReason, runPool, uploadSummary } from "./upload-queue";

describe("rejectReason", () => {
  it("accepts resumes by extension, case-insensitively", () => {
    expect(rejectReason({ name: "Ada.PDF", size: 100 })).toBeNull();
    expect(rejectReason({ name: "b.docx", size: 100 })).toBeNull();
  });
  it("refuses other types, empty and oversized files", () => {
    expect(rejectReason({ name: "photo.png", size: 100 })).toMatch(/Only PDF/);
    expect(rejectReason({ name: "a.pdf", size: 0 })).toMatch(/empty/);
    expect(rejectReason({ name: "a.pdf", size: 11 * 1024 * 1024 })).toMatch(/10 MB/);
  });
});

describe("runPool", () => {
  it("never exceeds the limit and runs every item once", async () => {
    let inFlight = 0;
    let peak = 0;
    const seen: number[] = [];
    await runPool([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      seen.push(n);
      inFlight--;
    });
    expect(peak).toBe(3);
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe("uploadSummary", () => {
  it("counts files in flight as processed, not done", () => {
    expect(uploadSummary(["done", "uploading", "queued"])).toBe("1 of 3 processed");
  });
  it("tells the truth when some failed or were refused at intake", () => {
    expect(uploadSummary(["done", "error", "refused"])).toBe("1 of 3 added · 2 failed");
    expect(uploadSummary(["done", "duplicate", "skipped"])).toBe("1 of 3 added · 1 possible duplicate · 1 skipped");
  });
  it("shows the check mark only when every file was added", () => {
    expect(uploadSummary(["done", "done", "done"])).toBe("3 of 3 added ✓");
  });
});
