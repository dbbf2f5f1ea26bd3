// Turns a criterion's text back into something checkable. Scoring only ever sees criterion text
// (recruiters edit criteria after generation), so this parser — not hidden metadata — decides
// what evidence a criterion needs. Generated criteria are worded so they parse back cleanly.

import { type CompiledConcept, findConcepts } from "./vocabulary";
import { contentStems, escapeRegex, NUMBER_WORD_PATTERN, parseCount } from "./text";
import { stripPadding } from "./wording";

export type SpecKind = "years" | "auth" | "location" | "degree" | "concepts" | "role" | "free";

export interface CriterionSpec {
  kind: SpecKind;
  years: number | null;
  /** Skills, domains, credentials named by the criterion. */
  concepts: CompiledConcept[];
  /** Job-family concepts ("account executive", "nursing") used to decide which roles count. */
  roles: CompiledConcept[];
  /** Degree subject areas ("a quantitative field"). */
  fields: CompiledConcept[];
  /** The subject words as written ("accounting", "finance"), checked literally unless generic. */
  fieldTerms: string[];
  /** "X or Y", "such as", "any one of": one concept is enough. */
  anyOf: boolean;
  /**
   * "Fintech or payments, and event-driven architectures": "and" joins requirements that must
   * each be met, "or" offers alternatives within one. Two or more groups when the criterion has
   * both; empty otherwise (then `anyOf` decides for the whole list).
   */
  groups: CompiledConcept[][];
  /** Degree criteria that accept "or equivalent experience". */
  equivalentExperience: boolean;
  keywords: string[];
  /** Named examples of what meets it ("Cvent, Bizzabo, Swoogo or similar"), lower-cased. */
  examples: string[];
  /** Short capitalised names in the criterion ("nims", "gcp"), lower-cased. */
  acronyms: string[];
  /** "5+ years of backend, at least 3 with Go": further years clauses, each checked on its own. */
  subYears: { years: number; concepts: CompiledConcept[] }[];
  /** "Long Name (ABBR)": the abbreviation alone is evidence for the long name's words. */
  aliases: { abbr: string; re: RegExp; stems: string[] }[];
  /**
   * "98%+ pick accuracy" or "1,000+ employees": a number the evidence must reach, the words it
   * is about, and whether it is a percentage or a count of those things.
   */
  threshold: { value: number; stems: string[]; unit: "percent" | "count" | "money"; noun: string } | null;
  /** "Previously held a sous chef role…": the role's name, matched against job titles. */
  roleName: string | null;
  /** The criterion asks for a licence, certification or similar credential. */
  credential: boolean;
  /** Stems of words offered as alternatives ("hospital or inpatient"): any one qualifies. */
  alternatives: string[];
}

// "Long Name (ABBR)" → ABBR stands for the long name's last few content words.
function aliasesOf(text: string): CriterionSpec["aliases"] {
  const out: CriterionSpec["aliases"] = [];
  for (const m of text.matchAll(/((?:[A-Za-z][\w'-]*\s+){1,5})\(([A-Z][A-Za-z0-9&/-]{1,9})\)/g)) {
    const abbr = m[2] ?? "";
    const initials = abbr.replace(/[^A-Z]/g, "").length;
    const stems = contentStems(m[1] ?? "").slice(-Math.max(1, Math.min(4, initials)));
    if (stems.length > 0) out.push({ abbr, re: new RegExp(`\\b${escapeRegex(abbr)}\\b`), stems });
  }
  // A bare initialism the criterion does not spell out ("a state SLP license") stands for any
  // consecutive words with those initials ("Speech-Language Pathologist"). Three letters or
  // more: two-letter ones ("PT") spell too many phrases.
  for (const m of text.matchAll(/\b([A-Z]{3,5})s?\b/g)) {
    const abbr = m[1] ?? "";
    if (out.some((a) => a.abbr === abbr)) continue;
    const words = [...abbr.toLowerCase()].map((c) => `${c}[a-z']*`).join("[\\s-]+");
    out.push({ abbr, re: new RegExp(`\\b${words}\\b`, "i"), stems: contentStems(abbr) });
  }
  return out;
}

// "98%+ accuracy", "at least 90% retention", "90 %+ gross revenue retention": a bar to reach.
const THRESHOLD_RE =
  /(at least|minimum(?: of)?|over|above|more than)?\s*(\d{1,3}(?:\.\d+)?)\s*%\s*(\+|or (?:more|higher|above|better))?\s*((?:[A-Za-z][\w-]*\s*){1,4})/i;

// "for 1,000+ employees", "at least 20 beds": a count of things to reach. Years are not counts
// here (the years check reads them from role dates).
const COUNT_RE =
  /(at least|minimum(?: of)?|over|more than)?\s*\b(\d{1,3}(?:,\d{3})+|\d{2,6})\s*(\+|or more)?\s+([A-Za-z][\w-]*)/gi;

// "at least $5 million in annual premium", "a $250k+ quota": a sum to reach, and what it is of.
const MONEY_RE =
  /(at least|minimum(?: of)?|over|above|more than)?\s*[$£€]\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k|m|mm|bn|b|thousand|million|billion)?\b\s*(\+|or more)?\s*((?:[A-Za-z][\w-]*\s*){0,5})/i;

/** "$9.2M", "$750k", "$1,200,000", "$5 million": the sum in units. */
export function moneyValue(amount: string, scale: string | undefined): number {
  const n = Number(amount.replace(/,/g, ""));
  const s = (scale ?? "").toLowerCase();
  if (s === "k" || s === "thousand") return n * 1e3;
  if (s === "m" || s === "mm" || s === "million") return n * 1e6;
  if (s === "b" || s === "bn" || s === "billion") return n * 1e9;
  return n;
}

// Counted nouns that name the same people: "500+ attendees" is met by "3,100 pax"; "a team of
// 20+ staff" by "30 associates". General English, not any one trade's vocabulary.
const SAME_COUNT_NOUNS = [
  [
    "attendee",
    "guest",
    "pax",
    "participant",
    "delegate",
    "registrant",
    "people",
    "person",
    "visitor",
    "cover",
    "patron",
  ],
  ["staff", "employee", "associate", "worker", "report", "fte", "team member", "headcount", "people", "person"],
].map((group) => group.map((w) => contentStems(w)[0] ?? w));

function countStems(noun: string): string[] {
  const stems = contentStems(noun);
  const same = (a: string, b: string) => a === b || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));
  const group = SAME_COUNT_NOUNS.find((g) => stems.some((s) => g.some((x) => same(s, x))));
  return group ? [...new Set([...stems, ...group])] : stems;
}

// "(Cvent, Bizzabo, Swoogo or similar)", "such as Mastercam, NX or Esprit": a list of named
// examples, any one of which is the thing asked for.
const EXAMPLE_LIST = /\(([^()]*?(?:,|\bor\b)[^()]*)\)|\b(?:such as|e\.g\.,?|for example|like)\s+([^.;()]+)/gi;

/** The capitalised names in a criterion's example lists, lower-cased. */
function examplesOf(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(EXAMPLE_LIST))
    for (const name of (m[1] ?? m[2] ?? "").matchAll(/\b[A-Z][\w+#-]*(?:\s+[A-Z0-9][\w+#-]*)*/g)) {
      const n = name[0].toLowerCase();
      if (n.length >= 2 && !/^(?:or|and|similar|equivalent|other|etc|the|a|an|i|ii|iii)$/.test(n)) out.add(n);
    }
  return [...out];
}

function thresholdOf(text: string): CriterionSpec["threshold"] {
  const money = MONEY_RE.exec(text);
  if (money && money[2] !== undefined && (money[1] !== undefined || money[4] !== undefined)) {
    // "jobs over $20M run start to finish": the thing measured may come before the sum.
    const before = text.slice(0, money.index).trim().split(/\s+/).slice(-2).join(" ");
    const stems = [...new Set([...contentStems(money[5] ?? ""), ...contentStems(before)])];
    if (stems.length > 0) return { value: moneyValue(money[2], money[3]), stems, unit: "money", noun: "" };
  }
  const m = THRESHOLD_RE.exec(text);
  if (m && m[2] !== undefined && (m[1] !== undefined || m[3] !== undefined)) {
    const stems = contentStems(m[4] ?? "");
    if (stems.length > 0) return { value: Number(m[2]), stems, unit: "percent", noun: "" };
  }
  for (const c of text.matchAll(COUNT_RE)) {
    if ((c[1] === undefined && c[3] === undefined) || /^(?:years?|yrs|hours?|months?|%)$/i.test(c[4] ?? "")) continue;
    const stems = countStems(c[4] ?? "");
    if (stems.length > 0)
      return { value: Number((c[2] ?? "").replace(/,/g, "")), stems, unit: "count", noun: c[4] ?? "" };
  }
  return null;
}

// A second years clause after the first: "…, at least 3 with Go in production".
const SUB_YEARS_RE = new RegExp(
  `\\b(?:at least|minimum of|including)\\s+(\\d{1,2}|${NUMBER_WORD_PATTERN})\\s*\\+?\\s*(?:years?|yrs)?\\s+(?:with|in|of|using|on|doing)\\s+([^,;.]+)`,
  "gi",
);

function subYearsOf(text: string, firstEnd: number): { years: number; concepts: CompiledConcept[] }[] {
  const out: { years: number; concepts: CompiledConcept[] }[] = [];
  SUB_YEARS_RE.lastIndex = firstEnd;
  for (let m = SUB_YEARS_RE.exec(text); m !== null; m = SUB_YEARS_RE.exec(text)) {
    const n = parseCount(m[1] ?? "");
    const concepts = findConcepts(m[2] ?? "")
      .map((h) => h.concept)
      .filter((c) => c.kind !== "role" && c.kind !== "field");
    if (n !== null && n > 0 && concepts.length > 0) out.push({ years: n, concepts });
  }
  return out;
}

// "3+ years", "3-5 years", "three or more years", "two (2) years": "or more" is the prose
// spelling of "+", and a numeral in brackets repeats the number.
// Not a window ("in the last 3 years", "no DUI in 5 years") nor an age ("23 years of age").
export const YEARS_RE = new RegExp(
  `\\b(?<!\\b(?:last|past|within|in)\\s)(\\d{1,2}|${NUMBER_WORD_PATTERN})\\s*(?:\\(\\d{1,2}\\)\\s*)?\\+?\\s*(?:(?:-|to)\\s*(\\d{1,2})\\s*\\+?\\s*)?(?:or more\\s+)?(?:years?|yrs)\\b(?!\\s+(?:of\\s+age|old)\\b)`,
  "i",
);
// "18 months verifiable tractor-trailer experience", "six months of experience in the field": a
// years requirement written in months. Not a window ("in the last 6 months") nor a probation.
const MONTHS_RE = new RegExp(
  `\\b(?<!\\b(?:last|past|within|in|first)\\s)(\\d{1,2}|${NUMBER_WORD_PATTERN})\\s*\\+?\\s*(?:or more\\s+)?months?\\b(?=[^,.;()]{0,40}\\bexperience\\b)`,
  "i",
);

export const AUTH_RE =
  /\b(?:authori[sz]ed to work|authori[sz]ation to work|work authori[sz]ation|right to work|eligible to work|legally (?:able|authori[sz]ed|entitled) to work|visa sponsorship|without (?:requiring |needing )?(?:visa )?sponsorship|work permit|(?:unable to|cannot|can't|not able to|do not|don't|will not|won't) sponsor)\b/i;
export const LOCATION_RE =
  /\b(?:on-?site|in the office|in-office|hybrid|commut\w*|relocat\w*|based (?:in|near|within)|within commuting)\b/i;

// "X or Y, and Z" → [[X, Y], [Z]]: each group is one requirement, any of its concepts meets it.
function conjunctGroups(text: string, concepts: CompiledConcept[]): CompiledConcept[][] {
  if (concepts.length < 2 || !/\bor\b/i.test(text)) return [];
  const groups = text
    .split(/,?\s+and\s+/i)
    .map((part) => [...new Set(findConcepts(part).map((h) => h.concept))].filter((c) => concepts.includes(c)))
    .filter((g) => g.length > 0);
  return groups.length >= 2 ? groups : [];
}

export function parseCriterion(fullText: string): CriterionSpec {
  // Judge the requirement, not the verifiability phrase generation may have appended.
  const text = stripPadding(fullText) || fullText;
  // "Certified Apartment Manager (CAM)": a job's name inside a credential's name is the
  // credential, not a job to have held.
  const credentialNames = [
    ...text.matchAll(/\b(?:Certified|Licensed|Registered|Chartered)(?:\s+[A-Z][\w-]*){1,5}\s*\([A-Z]{2,8}\)/g),
  ];
  const inCredentialName = (i: number) =>
    credentialNames.some((m) => i >= (m.index ?? 0) && i < (m.index ?? 0) + m[0].length);
  const hits = findConcepts(text).filter((h) => h.concept.kind !== "role" || !inCredentialName(h.index));
  const concepts: CompiledConcept[] = [];
  const roles: CompiledConcept[] = [];
  const fields: CompiledConcept[] = [];
  const fieldTerms: string[] = [];
  for (const h of hits) {
    const bucket = h.concept.kind === "role" ? roles : h.concept.kind === "field" ? fields : concepts;
    if (!bucket.includes(h.concept)) bucket.push(h.concept);
    if (h.concept.kind === "field") fieldTerms.push(text.slice(h.index, h.index + h.length).toLowerCase());
  }
  const anyOf = /\bor\b|such as|any one|one of|e\.g\.|similar|another|other\b/i.test(text);
  const yearsMatch = YEARS_RE.exec(text);
  const monthsMatch = yearsMatch ? null : MONTHS_RE.exec(text);
  const months = monthsMatch?.[1] !== undefined ? parseCount(monthsMatch[1]) : null;
  const years =
    yearsMatch?.[1] !== undefined
      ? parseCount(yearsMatch[1])
      : months !== null
        ? Math.round((months / 12) * 10) / 10
        : null;
  // The whole criterion still qualifies the first clause ("Go services" are backend work).
  const subs = yearsMatch ? subYearsOf(text, (yearsMatch.index ?? 0) + yearsMatch[0].length) : [];
  const base = {
    years,
    concepts,
    roles,
    fields,
    fieldTerms,
    anyOf,
    groups: conjunctGroups(text, concepts.length > 0 ? concepts : roles),
    equivalentExperience: /equivalent (?:practical |work )?experience/i.test(text),
    // "(or be eligible for one)", "(or working toward it)": a parenthetical alternative eases the
    // requirement; its words are not terms the evidence must carry.
    // "(Plus is a bonus)": an aside about a detail's importance is not what the evidence must carry.
    keywords: contentStems(
      text
        .replace(/\(\s*(?:or|and\/or)\b[^)]*\)/gi, " ")
        .replace(/\([^()]*\b(?:bonus|a plus|preferred|nice)\b[^()]*\)/gi, " "),
    ),
    examples: examplesOf(text),
    // "NIMS", "GCP", "EDC": a capitalised short name is specific; it can carry a match alone.
    acronyms: [...new Set([...text.matchAll(/\b[A-Z][A-Z0-9&]{1,6}\b/g)].map((m) => m[0].toLowerCase()))].filter(
      (a) => a.length >= 3 && !/^(?:and|the|for|with|usa)$/.test(a),
    ),
    subYears: subs,
    aliases: aliasesOf(text),
    threshold: thresholdOf(text),
    credential: /certif|licen[cs]|regist(?:ered|ration)|endorse|accredit|credential|designation|chartered/i.test(text),
    alternatives: [...text.matchAll(/\b([A-Za-z][\w-]{2,})\s+or\s+([A-Za-z][\w-]{2,})\b/g)].flatMap((m) =>
      contentStems(`${m[1]} ${m[2]}`),
    ),
    roleName: /^previously held an? (.+?) role\b/i.exec(text)?.[1]?.toLowerCase() ?? null,
  };

  if (AUTH_RE.test(text)) return { ...base, kind: "auth" };
  if (base.roleName) return { ...base, kind: "role" };
  // Any "N years" in a criterion is an experience requirement ("3+ years supervising teams").
  if (years !== null && years > 0) return { ...base, kind: "years" };
  if (LOCATION_RE.test(text) && concepts.length === 0) return { ...base, kind: "location" };
  if (concepts.some((c) => c.kind === "degree")) return { ...base, kind: "degree" };
  if (concepts.length > 0 || roles.length > 0) return { ...base, kind: "concepts" };
  return { ...base, kind: "free" };
}
