import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lockDownDataDir } from "./permissions";

describe("lockDownDataDir", () => {
  it("makes the data directory 0700", () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "perm-")), "data");
    fs.mkdirSync(dir, { mode: 0o755 });
    lockDownDataDir(dir);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
  });

  it("refuses a shared sticky directory such as /tmp and leaves its mode alone", () => {
    const shared = fs.mkdtempSync(path.join(os.tmpdir(), "perm-shared-"));
    fs.chmodSync(shared, 0o1777);
    expect(() => lockDownDataDir(shared)).toThrow(/shared directory/);
    expect(fs.statSync(shared).mode & 0o7777).toBe(0o1777);
  });
});
