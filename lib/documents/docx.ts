// WordprocessingML → text that keeps what a reader sees: one line per paragraph, line breaks
// inside a paragraph (Shift+Enter) as line breaks, list items with their bullet or number,
// and each table row on one line with its cells separated by " | " (so a short cell is never
// mistaken for a heading). Streams over the XML's tags: no DOM, linear in the input.

import { attr, decodeXml } from "./xml";

type ListFormat = { fmt: string; text: string };

/** numId → ilvl → list format, from word/numbering.xml. */
export function readNumbering(xml: string): Map<string, Map<number, ListFormat>> {
  const abstract = new Map<string, Map<number, ListFormat>>();
  for (const m of xml.matchAll(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g)) {
    const id = attr(m[1] ?? "", "w:abstractNumId");
    if (id === null) continue;
    const levels = new Map<number, ListFormat>();
    for (const l of (m[2] ?? "").matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
      const ilvl = Number(attr(l[1] ?? "", "w:ilvl") ?? 0);
      const body = l[2] ?? "";
      const fmt = attr(/<w:numFmt\b([^>]*)/.exec(body)?.[1] ?? "", "w:val") ?? "decimal";
      const text = attr(/<w:lvlText\b([^>]*)/.exec(body)?.[1] ?? "", "w:val") ?? "";
      levels.set(ilvl, { fmt, text });
    }
    abstract.set(id, levels);
  }
  const nums = new Map<string, Map<number, ListFormat>>();
  for (const m of xml.matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/g)) {
    const numId = attr(m[1] ?? "", "w:numId");
    const abs = attr(/<w:abstractNumId\b([^>]*)/.exec(m[2] ?? "")?.[1] ?? "", "w:val");
    const levels = abs !== null ? abstract.get(abs) : undefined;
    if (numId !== null && levels) nums.set(numId, levels);
  }
  return nums;
}

interface Para {
  text: string;
  numId: string | null;
  ilvl: number;
}

interface Cell {
  parts: string[];
}

/** Parts of the XML whose text is not document text: deleted revisions, field codes, fallbacks. */
const SKIP = new Set(["w:delText", "w:instrText", "mc:Fallback", "w:del"]);

const TOKEN = /<(\/?)([A-Za-z][\w.-]*:[\w.-]+|[A-Za-z][\w.-]*)([^>]*?)(\/?)>|([^<]+)/g;

export function docxToText(documentXml: string, numberingXml = ""): string {
  const numbering = readNumbering(numberingXml);
  const counters = new Map<string, number[]>();
  const out: string[] = [];
  const paras: Para[] = [];
  // Table state: a stack of rows (arrays of cells), innermost last.
  const rows: Cell[][] = [];
  let skip = 0;
  let inText = 0;
  let inRun = 0;
  let inPPr = 0;

  const sink = (line: string) => {
    const row = rows[rows.length - 1];
    const cell = row?.[row.length - 1];
    if (cell) cell.parts.push(line);
    else out.push(line);
  };

  const prefix = (p: Para): string => {
    if (p.numId === null || p.numId === "0") return "";
    const fmt = numbering.get(p.numId)?.get(p.ilvl);
    const indent = "  ".repeat(Math.min(p.ilvl, 4));
    if (!fmt || fmt.fmt === "none") return indent;
    if (fmt.fmt === "bullet") return `${indent}• `;
    const c = counters.get(p.numId) ?? [];
    c[p.ilvl] = (c[p.ilvl] ?? 0) + 1;
    c.length = p.ilvl + 1;
    counters.set(p.numId, c);
    const n = c[p.ilvl]!;
    const label =
      fmt.fmt === "lowerLetter"
        ? String.fromCharCode(96 + ((n - 1) % 26) + 1)
        : fmt.fmt === "upperLetter"
          ? String.fromCharCode(64 + ((n - 1) % 26) + 1)
          : String(n);
    return `${indent}${label}. `;
  };

  for (const m of documentXml.matchAll(TOKEN)) {
    const [, close, name, attrs = "", selfClose, text] = m;
    if (text !== undefined) {
      if (inText > 0 && skip === 0) {
        const p = paras[paras.length - 1];
        if (p) p.text += decodeXml(text);
      }
      continue;
    }
    if (name === undefined || name.startsWith("?") || name.startsWith("!")) continue;
    if (SKIP.has(name)) {
      if (selfClose) continue;
      skip += close ? -1 : 1;
      if (skip < 0) skip = 0;
      continue;
    }
    if (skip > 0) continue;
    const p = paras[paras.length - 1];
    switch (name) {
      case "w:p":
        if (selfClose) sink("");
        else if (!close) paras.push({ text: "", numId: null, ilvl: 0 });
        else {
          const done = paras.pop();
          if (done) {
            const body = done.text.replace(/[ \t]+$/gm, "");
            const pre = body.trim().length > 0 ? prefix(done) : "";
            // A bullet applies to the paragraph's first line; later lines continue it.
            sink(pre + body);
          }
        }
        break;
      case "w:pPr":
        if (!selfClose) inPPr += close ? -1 : 1;
        break;
      case "w:numId":
        if (inPPr > 0 && p) p.numId = attr(attrs, "w:val");
        break;
      case "w:ilvl":
        if (inPPr > 0 && p) p.ilvl = Number(attr(attrs, "w:val") ?? 0) || 0;
        break;
      case "w:r":
        if (!selfClose) inRun += close ? -1 : 1;
        break;
      case "w:t":
        if (!selfClose) inText += close ? -1 : 1;
        break;
      case "w:tab":
        // <w:tab/> inside a run is a tab character; inside <w:tabs> it is a tab stop.
        if (inRun > 0 && p) p.text += "\t";
        break;
      case "w:br":
      case "w:cr":
        if (inRun > 0 && p) p.text += "\n";
        break;
      case "w:noBreakHyphen":
        if (p) p.text += "-";
        break;
      case "w:sym": {
        const ch = attr(attrs, "w:char");
        // Symbol-font bullets (F0B7, F0A7…) are list markers; other symbols are dropped.
        if (p && ch && /^F0(?:B7|A7|D8|FC|6E|76)$/i.test(ch)) p.text += "•";
        break;
      }
      case "w:tr":
        if (!close && !selfClose) rows.push([]);
        else if (close) {
          const row = rows.pop() ?? [];
          const cells = row.map((c) => c.parts.join(" ").replace(/\s+/g, " ").trim()).filter((c) => c.length > 0);
          if (cells.length > 0) sink(cells.join(" | "));
        }
        break;
      case "w:tc":
        if (!close && !selfClose) rows[rows.length - 1]?.push({ parts: [] });
        break;
    }
  }
  return out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
