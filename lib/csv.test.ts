import { describe, expect, it } from "vitest";
import { csvCell, csvRow, formulaSafe, parseCsv } from "./csv";

describe("csvCell", () => {
  it("neutralises formula-like cells", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+1 555")).toBe("'+1 555");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("\r=1")).toBe('"\'\r=1"');
    expect(formulaSafe("=1")).toBe("'=1");
  });

  it("leaves ordinary text and numbers alone, quoting only when needed", () => {
    expect(csvCell("Ada Lovelace")).toBe("Ada Lovelace");
    expect(csvCell("a, b")).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(7)).toBe("7");
    expect(csvCell(-7)).toBe("-7");
    expect(csvCell(null)).toBe("");
    expect(csvCell(true)).toBe("true");
  });

  it("writes dates as ISO 8601", () => {
    expect(csvCell(new Date("2026-03-03T10:00:00Z"))).toBe("2026-03-03T10:00:00.000Z");
  });

  it("ends rows with CRLF", () => {
    expect(csvRow(["a", 1, null])).toBe("a,1,\r\n");
  });
});

describe("parseCsv", () => {
  it("reads back what csvRow writes", () => {
    const cells = ["=cmd", 'say "hi", then\nleave', "", "plain"];
    expect(parseCsv("\uFEFF" + csvRow(cells) + csvRow(["x"]))).toEqual([
      ["'=cmd", 'say "hi", then\nleave', "", "plain"],
      ["x"],
    ]);
  });
});
