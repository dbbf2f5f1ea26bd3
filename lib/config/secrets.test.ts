import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseConfig } from "./schema";
import { loadOrCreateSecrets } from "./secrets";

describe("loadOrCreateSecrets", () => {
  it("generates valid secrets once and returns the same ones afterwards", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "shortlist-secrets-"));
    const first = loadOrCreateSecrets(dir);
    const second = loadOrCreateSecrets(dir);
    expect(second).toEqual(first);
    expect(first.NOVA_API_KEY).toMatch(/^sk_test_/);
    expect(first.NOVA_WEBHOOK_SECRET).toMatch(/^whsec_/);
    expect(() => parseConfig({ ...first })).not.toThrow();
    expect(fs.statSync(path.join(dir, "secrets.json")).mode & 0o077).toBe(0);
  });
});
