// lib/documents: structure kept from real WordprocessingML, and the parse limits attacked with
// files built to exhaust memory or time. Every parse here goes through the real worker.
import { describe, expect, it } from "vitest";
import { docxWithBody, zip } from "@/tests/support/resume-files";
import { DocumentError, extractText, parseLoad } from "./index";
import { docxToText } from "./docx";
import { checkZipBudget } from "./zip";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const p = (runs: string, pPr = "") => `<w:p>${pPr}${runs}</w:p>`;
const r = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const list = (numId: number, ilvl = 0) =>
  `<w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>`;
const NUMBERING =
  '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>' +
  '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>' +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>';

async function refusal(run: () => Promise<unknown>): Promise<DocumentError> {
  try {
    await run();
  } catch (err) {
    if (err instanceof DocumentError) return err;
    throw err;
  }
  throw new Error("expected the document to be refused");
}

describe("DOCX structure", () => {
  it("keeps Shift+Enter line breaks, bullets, numbering and table rows", async () => {
    const body =
      p(`${r("Registered Nurse License, Ohio — expires May 2027")}<w:r><w:br/></w:r>${r("CCRN (AACN)")}`) +
      p(r("Titrate vasopressors"), list(1)) +
      p(r("Manage CRRT circuits"), list(1)) +
      p(r("First step"), list(2)) +
      p(r("Second step"), list(2)) +
      `<w:tbl><w:tr><w:tc>${p(r("BLS"))}</w:tc><w:tc>${p(r("AHA"))}</w:tc><w:tc>${p(r("Aug 2027"))}</w:tc></w:tr>` +
      `<w:tr><w:tc>${p(r("ACLS"))}</w:tc><w:tc>${p(r("AHA"))}</w:tc><w:tc>${p(r("Aug 2027"))}</w:tc></w:tr></w:tbl>` +
      p(`${r("Tab")}<w:r><w:tab/></w:r>${r("separated &amp; escaped")}`);
    const text = await extractText(docxWithBody(body, NUMBERING), DOCX);
    expect(text.split("\n")).toEqual([
      "Registered Nurse License, Ohio — expires May 2027",
      "CCRN (AACN)",
      "• Titrate vasopressors",
      "• Manage CRRT circuits",
      "1. First step",
      "2. Second step",
      "BLS | AHA | Aug 2027",
      "ACLS | AHA | Aug 2027",
      "Tab\tseparated & escaped",
    ]);
  });

  it("skips deleted revisions, field codes and the fallback copy of a text box", () => {
    const xml =
      `<w:document ${W}><w:body>` +
      p(`${r("Kept")}<w:del><w:r><w:delText>gone</w:delText></w:r></w:del>`) +
      p(`<w:r><w:instrText>HYPERLINK "x"</w:instrText></w:r>${r("link text")}`) +
      p(
        `<mc:AlternateContent><mc:Choice>${r("box")}</mc:Choice><mc:Fallback>${r("box")}</mc:Fallback></mc:AlternateContent>`,
      ) +
      "</w:body></w:document>";
    expect(docxToText(xml)).toBe("Kept\nlink text\nbox");
  });
});

describe("parse limits (issue 10 item 3)", () => {
  // 30 MB of XML that deflates to a few dozen KB: the shape of the reported 79 KB → 27 MB file.
  const hugeXml = p(r("A".repeat(1024))).repeat(30 * 1024);

  it("refuses a small DOCX that would expand past 20 MB from its ZIP directory, before any worker runs", async () => {
    const bomb = docxWithBody(hugeXml, undefined, { deflate: true });
    expect(bomb.byteLength).toBeLessThan(200 * 1024);
    const before = parseLoad().started;
    const err = await refusal(() => extractText(bomb, DOCX));
    expect(err.code).toBe("TOO_LARGE");
    expect(err.message).toMatch(/20\.0 MB/);
    // Refused from the directory alone: no parse worker was started and nothing was inflated.
    expect(parseLoad().started).toBe(before);
  });

  it("refuses a compression ratio above 100:1 even under 20 MB", () => {
    const xml = Buffer.from("B".repeat(5 * 1024 * 1024));
    const bytes = zip({ "word/document.xml": xml }, { deflate: true });
    expect(() => checkZipBudget(bytes)).toThrow(/100:1/);
  });

  it("holds the cap when the directory lies about sizes, and the process carries on", async () => {
    // Declares 1 KB per entry but really inflates to 30 MB: only the worker's output cap stops it.
    const liar = docxWithBody(hugeXml, undefined, { deflate: true, declaredSize: 1024 });
    const heapBefore = process.memoryUsage().heapUsed;
    const err = await refusal(() => extractText(liar, DOCX));
    expect(err.code).toBe("TOO_LARGE");
    // The expansion happened (and was cut off) in the worker, not in this process's heap.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(50 * 1024 * 1024);
    expect(await extractText(docxWithBody(p(r("Still reading files"))), DOCX)).toBe("Still reading files");
  });

  it("stops a parse that runs past its time limit, and the next parse still works", async () => {
    const slow = docxWithBody(p(r("x")));
    const err = await refusal(() => extractText(slow, DOCX, { parse: { timeoutMs: 1, heapMb: 64, concurrency: 2 } }));
    expect(err.code).toBe("TIMEOUT");
    expect(await extractText(slow, DOCX)).toBe("x");
  });

  it("runs at most `concurrency` parses at once; the rest wait their turn", async () => {
    const doc = docxWithBody(p(r("queued")));
    const limits = { timeoutMs: 10_000, heapMb: 64, concurrency: 2 };
    const all = Array.from({ length: 5 }, () => extractText(doc, DOCX, { parse: limits }));
    expect(parseLoad()).toMatchObject({ running: 2, waiting: 3 });
    expect(await Promise.all(all)).toEqual(Array(5).fill("queued"));
    expect(parseLoad()).toMatchObject({ running: 0, waiting: 0 });
  });
});
