// Word 97–2003 body text (from word-extractor, unfiltered) → lines. Table cells arrive ended by
// tabs (Word's cell marks): a row's cells are put on one line separated by " | ". List
// paragraphs arrive ended by LIST_END (see parse-worker.mjs) and become "• " lines.

const LIST_END = "\uE000";

export function docToText(body: string): string {
  const lines: string[] = [];
  for (const para of body.replace(/\r\n?/g, "\n").split(/(?<=\uE000)|\n/)) {
    const item = para.endsWith(LIST_END);
    const text = item ? para.slice(0, -1) : para;
    const line = text.includes("\t")
      ? text
          .split(/\t+/)
          .map((c) => c.trim())
          .filter((c) => c.length > 0)
          .join(" | ")
      : text.replace(/\s+$/, "");
    lines.push(item && line.trim().length > 0 ? `• ${line.trim()}` : line);
  }
  return lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
