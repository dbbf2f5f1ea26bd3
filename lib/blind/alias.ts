/**
 * Blind review: stable aliases for candidates and redaction of identifying text. Pure, so the
 * same candidate reads the same on every page, in compare and in exports.
 */

/** `Candidate 7F3A`: four hex digits of an FNV-1a hash of the application id (stable, not secret). */
export function candidateAlias(applicationId: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < applicationId.length; i++) {
    h ^= applicationId.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `Candidate ${((h >>> 0) & 0xffff).toString(16).toUpperCase().padStart(4, "0")}`;
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const URL_LIKE = /\b(?:https?:\/\/|www\.)[^\s<>()]+|\b(?:linkedin|github)\.com\/[^\s<>()]+/gi;
// Seven or more digits with the usual separators, optionally with a +country prefix.
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d(?:[\s.-]?\d){6,}/g;

/** A search term that is (part of) contact details: searching it under blind review would identify. */
export function looksLikeContact(term: string): boolean {
  const t = term.trim();
  return t.includes("@") || new RegExp(URL_LIKE.source, "i").test(t) || new RegExp(PHONE.source).test(t);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Removes the candidate's name (whole, and each part of 3+ letters), emails, phone numbers and
 * links from text shown under blind review; the alias stands in for the name.
 */
export function redactIdentity(text: string, who: { name: string; email?: string | null; alias: string }): string {
  let out = text.replace(EMAIL, "[email hidden]").replace(URL_LIKE, "[link hidden]").replace(PHONE, "[phone hidden]");
  const name = who.name.trim();
  if (name) {
    out = out.replace(new RegExp(`\\b${escapeRegExp(name)}\\b`, "gi"), who.alias);
    for (const part of name.split(/[\s,.'-]+/).filter((p) => p.length >= 3)) {
      out = out.replace(new RegExp(`\\b${escapeRegExp(part)}(?:'s)?\\b`, "gi"), "the candidate");
    }
  }
  if (who.email) out = out.split(who.email).join("[email hidden]");
  return out;
}

/** A list of assessment lines, redacted one by one. */
export function redactAll(items: string[], who: { name: string; email?: string | null; alias: string }): string[] {
  return items.map((s) => redactIdentity(s, who));
}
