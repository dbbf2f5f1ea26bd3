// Date ranges in resumes → months of experience. Experience is computed from the dates a
// candidate gives, never from what they claim, and overlapping roles are counted once.

const MONTHS: Record<string, number> = {
  jan: 0,
  january: 0,
  feb: 1,
  february: 1,
  mar: 2,
  march: 2,
  apr: 3,
  april: 3,
  may: 4,
  jun: 5,
  june: 5,
  jul: 6,
  july: 6,
  aug: 7,
  august: 7,
  sep: 8,
  sept: 8,
  september: 8,
  oct: 9,
  october: 9,
  nov: 10,
  november: 10,
  dec: 11,
  december: 11,
  spring: 2,
  summer: 5,
  fall: 8,
  autumn: 8,
  winter: 11,
};

// "Fall 2019": a season stands for its first month.
const SEASON = "spring|summer|fall|autumn|winter";
const MONTH_NAME =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
// One date: "Mar 2019", "March 2019", "Sep '19", "03/2019", "3/2019", "2019-03", "2019/03", "2019".
const DATE = `(?:(?:${MONTH_NAME}|${SEASON})\\.?,?\\s+\\d{4}|(?:${MONTH_NAME})\\.?\\s*'\\d{2}(?!\\d)|\\d{1,2}\\/\\d{4}|\\d{4}[-/]\\d{1,2}(?!\\d)|(?:19|20)\\d{2})`;
const OPEN_END = "(?:the )?present|pres\\.|current|now|today|ongoing|(?:to )?date";
// Separators include the Unicode dashes resumes are full of, so callers need not normalise.
const RANGE_RE = new RegExp(
  `(${DATE})\\s*(?:[-\u2010-\u2015\u2212]|to|until|till|through)\\s*(${DATE}|${OPEN_END})`,
  "gi",
);
// "Since 2019" / "(since Mar 2021)" closing a title line: open-ended. Only after a separator or
// at the start, so "have not done it myself since 2015" in a description is not a role.
const SINCE_RE = new RegExp(`(?:^|[|,(\u2010-\u2015-]\\s*)(since\\s+(${DATE}))\\)?\\s*$`, "i");

export interface DateRange {
  /** Month index (year * 12 + month), inclusive. */
  start: number;
  /** Month index, exclusive. */
  end: number;
  /** The matched text, for quoting. */
  text: string;
  openEnded: boolean;
}

export function monthIndex(d: Date): number {
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

interface ParsedDate {
  index: number;
  yearOnly: boolean;
}

function parseDate(token: string): ParsedDate | null {
  const t = token.toLowerCase().replace(/[.,]/g, " ").trim();
  let m = /^([a-z]+)\s+(\d{4})$/.exec(t);
  if (m && m[1] !== undefined && m[2] !== undefined) {
    const month = MONTHS[m[1]];
    if (month === undefined) return null;
    return { index: Number(m[2]) * 12 + month, yearOnly: false };
  }
  m = /^(\d{1,2})\/(\d{4})$/.exec(t);
  if (m && m[1] !== undefined && m[2] !== undefined) {
    const month = Number(m[1]) - 1;
    if (month < 0 || month > 11) return null;
    return { index: Number(m[2]) * 12 + month, yearOnly: false };
  }
  // "sep '19": a two-digit year up to '50 is this century (the engine reads no clock).
  m = /^([a-z]+)\s*'(\d{2})$/.exec(t);
  if (m && m[1] !== undefined && m[2] !== undefined) {
    const month = MONTHS[m[1]];
    if (month === undefined) return null;
    const yy = Number(m[2]);
    return { index: (yy <= 50 ? 2000 + yy : 1900 + yy) * 12 + month, yearOnly: false };
  }
  m = /^(\d{4})[-/](\d{1,2})$/.exec(t);
  if (m && m[1] !== undefined && m[2] !== undefined) {
    const month = Number(m[2]) - 1;
    if (month < 0 || month > 11) return null;
    return { index: Number(m[1]) * 12 + month, yearOnly: false };
  }
  m = /^(\d{4})$/.exec(t);
  if (m && m[1] !== undefined) return { index: Number(m[1]) * 12, yearOnly: true };
  return null;
}

/**
 * All date ranges in a line. "Present" resolves to `asOf`. Month-precise ends are inclusive
 * (Mar 2019 – Jun 2019 is four months). Year-only ranges use the recruiter convention
 * "2016–2019 = 3 years"; a same-year range counts as six months.
 */
export function findDateRanges(line: string, asOf: Date): DateRange[] {
  const out: DateRange[] = [];
  const now = monthIndex(asOf) + 1;
  RANGE_RE.lastIndex = 0;
  for (let m = RANGE_RE.exec(line); m !== null; m = RANGE_RE.exec(line)) {
    const startTok = m[1];
    const endTok = m[2];
    if (startTok === undefined || endTok === undefined) continue;
    const start = parseDate(startTok);
    if (!start) continue;
    const openEnded = new RegExp(`^(?:${OPEN_END})$`, "i").test(endTok.trim());
    let end: number;
    if (openEnded) {
      end = now;
    } else {
      const e = parseDate(endTok);
      if (!e) continue;
      if (e.yearOnly && start.yearOnly) end = e.index === start.index ? start.index + 6 : e.index;
      else if (e.yearOnly) end = e.index + 12;
      else end = e.index + 1;
    }
    end = Math.min(end, now);
    if (end <= start.index) continue;
    if (end - start.index > 12 * 50) continue;
    out.push({ start: start.index, end, text: m[0], openEnded });
  }
  if (out.length === 0 && /since/i.test(line)) {
    const since = SINCE_RE.exec(line);
    const start = since?.[2] !== undefined ? parseDate(since[2]) : null;
    if (since?.[1] !== undefined && start && start.index < now)
      out.push({ start: start.index, end: now, text: since[1], openEnded: true });
  }
  return out;
}

/** Total months covered by the ranges, overlaps counted once. */
export function unionMonths(ranges: readonly { start: number; end: number }[]): number {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let total = 0;
  let curStart = -1;
  let curEnd = -1;
  for (const r of sorted) {
    if (r.start >= curEnd) {
      if (curEnd > curStart) total += curEnd - curStart;
      curStart = r.start;
      curEnd = r.end;
    } else if (r.end > curEnd) {
      curEnd = r.end;
    }
  }
  if (curEnd > curStart) total += curEnd - curStart;
  return total;
}

export function yearsFromMonths(months: number): number {
  return Math.round((months / 12) * 10) / 10;
}
