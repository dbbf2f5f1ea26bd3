/**
 * One CSV cell, safe to open in a spreadsheet. A cell that starts with = + - @ (or a tab or
 * carriage return, which some spreadsheets skip before reading a formula) would be run as a
 * formula — resume text is attacker-controlled — so it gets a leading apostrophe, which
 * spreadsheets show as text. Then the usual RFC 4180 quoting.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let s = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: (string | number | boolean | null | undefined)[]): string {
  return cells.map(csvCell).join(",") + "\r\n";
}
