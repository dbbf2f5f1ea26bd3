import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sniffResume } from "./file-type";
import { fileUrlKey, signFileUrl, verifyFileSignature } from "./signed-url";
import { LocalDiskStorage } from "./storage";

describe("sniffResume", () => {
  it("recognises PDF, DOC and DOCX by magic bytes, whatever the name", () => {
    expect(sniffResume(Buffer.from("%PDF-1.7\n..."))).toBe("pdf");
    expect(sniffResume(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe("doc");
    const docx = Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
      Buffer.from("....[Content_Types].xml....word/document.xml"),
    ]);
    expect(sniffResume(docx)).toBe("docx");
  });

  it("refuses everything else, including a plain ZIP and a renamed text file", () => {
    expect(
      sniffResume(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from("photos/cat.jpg")])),
    ).toBeNull();
    expect(sniffResume(Buffer.from("Just text pretending to be resume.pdf"))).toBeNull();
    expect(sniffResume(Buffer.alloc(0))).toBeNull();
  });
});

describe("signed file URLs", () => {
  const key = fileUrlKey("x".repeat(40));
  const parse = (url: string) => new URL(url).searchParams;

  it("verify until they expire", () => {
    const now = Date.UTC(2026, 0, 1);
    const q = parse(signFileUrl("http://localhost:1", key, "file1", now, 60));
    expect(verifyFileSignature(key, "file1", q.get("expires"), q.get("signature"), now)).toBe(true);
    expect(verifyFileSignature(key, "file1", q.get("expires"), q.get("signature"), now + 61_000)).toBe(false);
  });

  it("fail when the file, expiry, signature or key changes", () => {
    const q = parse(signFileUrl("http://localhost:1", key, "file1"));
    const later = String(Number(q.get("expires")) + 3600);
    expect(verifyFileSignature(key, "file2", q.get("expires"), q.get("signature"))).toBe(false);
    expect(verifyFileSignature(key, "file1", later, q.get("signature"))).toBe(false);
    expect(verifyFileSignature(key, "file1", q.get("expires"), "0".repeat(64))).toBe(false);
    expect(verifyFileSignature(fileUrlKey("y".repeat(40)), "file1", q.get("expires"), q.get("signature"))).toBe(false);
    expect(verifyFileSignature(key, "file1", null, null)).toBe(false);
  });
});

describe("LocalDiskStorage", () => {
  it("puts, gets and deletes; refuses unsafe keys", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "storage-"));
    const s = new LocalDiskStorage(root);
    await s.put("abcdefgh123", Buffer.from("hello"));
    expect((await s.get("abcdefgh123"))?.toString()).toBe("hello");
    await s.delete("abcdefgh123");
    expect(await s.get("abcdefgh123")).toBeNull();
    await expect(s.put("../../etc/passwd", Buffer.from("x"))).rejects.toThrow(/Unsafe/);
  });
});
