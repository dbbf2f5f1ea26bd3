import { describe, expect, it } from "vitest";
import { chunked, inChunks } from "./chunks";

describe("chunked", () => {
  it("splits into pieces of at most the size, keeping order and every item", () => {
    const items = Array.from({ length: 1201 }, (_, i) => i);
    const parts = chunked(items, 500);
    expect(parts.map((p) => p.length)).toEqual([500, 500, 201]);
    expect(parts.flat()).toEqual(items);
    expect(chunked([], 500)).toEqual([]);
  });

  it("runs a query per chunk and concatenates the answers", async () => {
    const seen: number[] = [];
    const out = await inChunks(
      [1, 2, 3, 4, 5],
      async (c) => {
        seen.push(c.length);
        return c.map((x) => x * 10);
      },
      2,
    );
    expect(seen).toEqual([2, 2, 1]);
    expect(out).toEqual([10, 20, 30, 40, 50]);
  });
});
