/** Decodes the five XML entities and numeric character references. */
export function decodeXml(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (k === "amp") return "&";
    if (k === "lt") return "<";
    if (k === "gt") return ">";
    if (k === "quot") return '"';
    if (k === "apos") return "'";
    const code = k.startsWith("#x") ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** The value of one attribute in a tag's attribute text (`w:val="3"` → "3"). */
export function attr(attrs: string, name: string): string | null {
  const i = attrs.indexOf(`${name}="`);
  if (i < 0) return null;
  const start = i + name.length + 2;
  const end = attrs.indexOf('"', start);
  return end < 0 ? null : decodeXml(attrs.slice(start, end));
}
