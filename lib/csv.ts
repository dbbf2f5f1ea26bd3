import Papa from "papaparse";

/** What an export may put in a cell. Dates are written as ISO 8601 (UTC). */
export type CsvValue = string | number | boolean | Date | null | undefined;

/**
 * Text as a spreadsheet will show it rather than run it. A cell that starts with = + - @ (or a
 * tab or carriage return, which some spreadsheets skip before reading a formula) would be run as
 * a formula — resume text and audit details are user-controlled — so it gets a leading
 * apostrophe, which spreadsheets show as text.
 */
export function formulaSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * One CSV cell, safe to open in a spreadsheet: `formulaSafe` for text, then the usual RFC 4180
 * quoting. Numbers are data, not text a user typed, so a negative one stays a number.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const s =
    value instanceof Date ? value.toISOString() : typeof value === "string" ? formulaSafe(value) : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line, CRLF-terminated as RFC 4180 asks. */
export function csvRow(cells: CsvValue[]): string {
  return cells.map(csvCell).join(",") + "\r\n";
}

/** CSV text → rows of cells (quoted cells may hold commas, quotes and newlines; a BOM is dropped). */
export function parseCsv(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
}
