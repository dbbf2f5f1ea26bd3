// Small text helpers shared by the engine. Kept free of domain knowledge: vocabulary lives in
// vocabulary.ts, so changing what counts as a synonym never means editing matching code.

/** Normalise typographic dashes and quotes so regexes only need the ASCII forms. */
export function normalise(text: string): string {
  return text
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\u2026/g, "...")
    .replace(/\r\n?/g, "\n")
    .replace(/\u00a0/g, " ");
}

export function words(text: string): string[] {
  return text
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/** Whitespace-separated words, counted without building them (a whole resume is counted). */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // The characters /\s/ matches.
    const space =
      c === 32 ||
      (c >= 9 && c <= 13) ||
      c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const STOPWORDS = new Set(
  (
    "a an the and or of to in on for with at by from as is are be been being was were will would can could should " +
    "you your we our us they their it its this that these those who what which when where why how have has had do " +
    "does did not no nor but if than then so such into over under about across per via also any all each other some " +
    "more most very own able strong solid good great experience experienced years year work working role roles plus " +
    "ideally preferred required must essential minimum nice bonus candidate candidates including include etc using use"
  ).split(" "),
);

// The same few thousand words are stemmed again for every criterion and resume: keep the answers.
const stemCache = new Map<string, string>();

/** Crude suffix stripping: enough to match "analysing" with "analysis"-style variants in fallback checks. */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stemOf(word);
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

function stemOf(word: string): string {
  let w = word.toLowerCase().replace(/[^a-z0-9+#]/g, "");
  for (const suf of ["ations", "ation", "ings", "ing", "ers", "er", "ies", "ied", "es", "ed", "s", "ly"]) {
    if (w.length - suf.length >= 4 && w.endsWith(suf)) {
      w = w.slice(0, -suf.length);
      break;
    }
  }
  return w;
}

/** Content words of a phrase, stemmed, for the keyword fallback when no vocabulary concept applies. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^a-z0-9+#']+/)) {
    // The scoring loop calls this for every line: skip the regexes when they cannot apply.
    const w = raw.includes("'") ? raw.replace(/'s$/, "").replace(/'/g, "") : raw;
    if (w.length < 3 || STOPWORDS.has(w) || ALL_DIGITS.test(w)) continue;
    const s = stem(w);
    if (!seen.has(s)) {
      seen.add(s);
      out.push(s);
    }
  }
  return out;
}

const ALL_DIGITS = /^\d+$/;

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};

export function parseCount(token: string): number | null {
  const t = token.toLowerCase();
  if (/^\d+$/.test(t)) return Number(t);
  return NUMBER_WORDS[t] ?? null;
}

export const NUMBER_WORD_PATTERN = Object.keys(NUMBER_WORDS).join("|");

/** First `n` characters of a line, cut at a word boundary, for quoting evidence. */
export function quote(line: string, max = 110): string {
  const clean = line
    .replace(/^[\s\-*•·▪●◦]+/, "")
    .replace(/\s+/g, " ")
    .trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const sp = cut.lastIndexOf(" ");
  return `${cut.slice(0, sp > 40 ? sp : max)}…`;
}

/**
 * Where one sentence ends and the next begins: after . ! or ? and before a capital or digit, but
 * not after an abbreviation ("U.S. Citizen", "e.g. Epic", "Dr. Lee").
 */
export const SENTENCE_BREAK =
  /(?<=[.!?])(?<!\b[A-Z]\.)(?<!\b(?:e\.g|i\.e|etc|vs|approx|incl|Dr|Mr|Mrs|Ms|St|No|Inc|Ltd|Jr|Sr)\.)\s+(?=[A-Z0-9])/;
