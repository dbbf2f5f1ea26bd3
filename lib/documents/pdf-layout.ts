// PDF text items (strings with positions) → lines in reading order. pdf.js gives items in the
// content stream's order, which is whatever the producer wrote: this rebuilds lines from their
// positions, reads a two-column page one column at a time (the main column first), re-joins
// lines the layout wrapped (a date range split across lines, a hyphenated word, a wrapped
// bullet), and drops page-number footers.

import type { PdfItem, PdfPage } from "./parse-pool";

interface Line {
  text: string;
  x: number;
  right: number;
  y: number;
  h: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor(s.length / 2)]!;
};

function toLines(items: PdfItem[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const it of sorted) {
    const g = groups[groups.length - 1];
    const ref = g?.[0];
    if (g && ref && Math.abs(ref.y - it.y) <= Math.max(1.5, 0.4 * Math.min(ref.h, it.h))) g.push(it);
    else groups.push([it]);
  }
  const lines: Line[] = [];
  for (const g of groups) {
    g.sort((a, b) => a.x - b.x);
    let text = "";
    let end = -Infinity;
    const h = median(g.map((i) => i.h)) || 10;
    for (const it of g) {
      const gap = it.x - end;
      if (text.length > 0 && !/\s$/.test(text) && !/^\s/.test(it.s)) {
        // A wide gap is a tab stop or a table cell; a small one is an ordinary space.
        if (gap > 2.5 * h) text += "\t";
        else if (gap > 0.12 * h) text += " ";
      }
      text += it.s;
      end = Math.max(end, it.x + it.w);
    }
    const clean = text.replace(/[ \u00a0]+/g, " ").trim();
    if (clean.length > 0) lines.push({ text: clean, x: g[0]!.x, right: end, y: g[0]!.y, h });
  }
  return lines;
}

/**
 * A vertical gutter that no item crosses, with substantial text on both sides, splits the page
 * into columns. Right-aligned dates beside titles do not: they are too little text to be a column.
 */
function findGutter(page: PdfPage): number | null {
  const bin = 2;
  const bins = Math.ceil(page.width / bin) + 1;
  const cover = new Uint16Array(bins);
  for (const it of page.items) {
    if (it.s.trim().length === 0) continue;
    for (let b = Math.max(0, Math.floor(it.x / bin)); b <= Math.min(bins - 1, Math.floor((it.x + it.w) / bin)); b++)
      cover[b]!++;
  }
  let best: { start: number; len: number } | null = null;
  let start = -1;
  const lo = Math.floor((0.2 * page.width) / bin);
  const hi = Math.ceil((0.8 * page.width) / bin);
  for (let b = lo; b <= hi + 1; b++) {
    const empty = b <= hi && cover[b] === 0;
    if (empty && start < 0) start = b;
    if (!empty && start >= 0) {
      if (!best || b - start > best.len) best = { start, len: b - start };
      start = -1;
    }
  }
  if (!best || best.len * bin < 8) return null;
  const gutter = (best.start + best.len / 2) * bin;
  let left = 0;
  let right = 0;
  for (const it of page.items) {
    const n = it.s.trim().length;
    if (it.x + it.w <= gutter) left += n;
    else right += n;
  }
  const total = left + right;
  return total > 0 && Math.min(left, right) / total >= 0.2 ? gutter : null;
}

const BULLET = /^(?:[-*•·▪●◦‣∙]|\d{1,2}[.)])\s/;
const PAGE_NUMBER = /^(?:page\s+)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?$|^-\s*\d{1,3}\s*-$/i;
const OPEN_RANGE = /(?:\b\d{4}|\b[A-Za-z]{3,9}\.?\s+\d{4}|\d{1,2}\/\d{4})\s*[-\u2013\u2014]$|\b(?:to|through|until)$/i;
const CONTINUES = /(?:,|;|&|\b(?:and|or|of|with|for|the|a|an|in|on|to|at|by|from|including))$/i;

function firstWordWidth(l: Line): number {
  const word = /^\S+/.exec(l.text)?.[0] ?? "";
  const perChar = (l.right - l.x) / Math.max(1, l.text.length);
  return (word.length + 1) * perChar;
}

function looksLikeHeading(t: string): boolean {
  return t.length <= 40 && /[A-Z]/.test(t) && t === t.toUpperCase();
}

/** Re-joins visual wraps inside one column's lines; paragraph gaps and bullets start new lines. */
function joinWrapped(lines: Line[]): string[] {
  const out: string[] = [];
  const colRight = Math.max(0, ...lines.map((l) => l.right));
  // Wrapped lines sit at the tightest spacing for their font size; paragraph spacing adds to it.
  // The tightest spacing shared by at least a quarter of the gaps, so one odd pair of lines
  // (a table row, a superscript) does not set it.
  const ratios = lines
    .slice(1)
    .map((l, i) => (lines[i]!.y - l.y) / lines[i]!.h)
    .filter((r) => r >= 0.8)
    .sort((a, b) => a - b);
  const spacing =
    ratios.find((r) => ratios.filter((x) => x >= r && x <= r + 0.05).length >= 0.25 * ratios.length) ?? 1.2;
  let prev: Line | null = null;
  let prevStartsBullet = false;
  let bulletTextX = 0;
  for (const l of lines) {
    const last = out.length - 1;
    const gap = prev ? prev.y - l.y : Infinity;
    const sameParagraph = prev !== null && gap > 0 && gap / prev.h <= spacing + 0.1;
    const isBullet = BULLET.test(l.text);
    let join = false;
    if (prev && sameParagraph && !isBullet && !looksLikeHeading(l.text) && last >= 0) {
      const p = out[last]!;
      join =
        OPEN_RANGE.test(p) ||
        /^[a-z]/.test(l.text) ||
        CONTINUES.test(p) ||
        // The layout wrapped here if the next line's first word would not have fitted.
        (!/[.!?:]$/.test(p) && prev.right + firstWordWidth(l) > colRight - 2) ||
        // A bullet's wrapped lines hang at its text, right of the bullet glyph.
        (prevStartsBullet && Math.abs(l.x - bulletTextX) < 4);
    }
    if (join && last >= 0) {
      const p = out[last]!;
      // "post-" + "arrest": a compound word broken at its own hyphen joins without a space (the
      // hyphen is the author's); "Apr 2021 –" + "Present" keeps its space.
      if (/[A-Za-z]-$/.test(p) && /^[a-z]/.test(l.text)) out[last] = p + l.text;
      else out[last] = `${p} ${l.text}`;
    } else {
      if (prev && out.length > 0 && gap / prev.h > 1.9 * Math.min(spacing, 1.5)) out.push("");
      out.push(l.text);
      prevStartsBullet = isBullet;
      if (isBullet) {
        const glyph = /^\S+\s/.exec(l.text)?.[0].length ?? 2;
        bulletTextX = l.x + (l.right - l.x) * (glyph / Math.max(1, l.text.length));
      }
    }
    prev = l;
  }
  return out;
}

function pageLines(page: PdfPage): string[] {
  const items = page.items.filter((it) => {
    const t = it.s.trim();
    // Page numbers live in the top or bottom margin.
    return !(PAGE_NUMBER.test(t) && (it.y < 0.08 * page.height || it.y > 0.92 * page.height));
  });
  const clean: PdfPage = { ...page, items };
  const gutter = findGutter(clean);
  if (gutter === null) return joinWrapped(toLines(items));
  const leftAll = items.filter((it) => it.x + it.w <= gutter);
  const rightAll = items.filter((it) => it.x + it.w > gutter);
  // Anything above where both columns start (a name across the top) is a header, read first.
  const top = Math.min(Math.max(...leftAll.map((it) => it.y)), Math.max(...rightAll.map((it) => it.y))) + 1;
  const header = items.filter((it) => it.y > top);
  const left = leftAll.filter((it) => it.y <= top);
  const right = rightAll.filter((it) => it.y <= top);
  const chars = (xs: PdfItem[]) => xs.reduce((n, it) => n + it.s.length, 0);
  // The main column (more text) next: a sidebar of contact details and skills reads after it.
  const [first, second] = chars(left) >= chars(right) ? [left, right] : [right, left];
  const head = header.length > 0 ? [...joinWrapped(toLines(header)), ""] : [];
  return [...head, ...joinWrapped(toLines(first)), "", ...joinWrapped(toLines(second))];
}

export function layoutPdf(pages: PdfPage[]): string {
  const out = pages.map((p) => pageLines(p).join("\n").trim());
  return out
    .filter((p) => p.length > 0)
    .join("\n\n")
    .replace(/\n{3,}/g, "\n\n");
}
