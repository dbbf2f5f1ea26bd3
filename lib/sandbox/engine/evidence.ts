// Evidence for one criterion from one resume. Every check returns a strength in [0, 1], a
// status a recruiter would recognise, and the line that justifies it, so the assessment can
// quote it. Where a mention sits decides how much it is worth (see WEIGHT).

import { JUNIOR_GRADE, answerPolarity, juniorGradeOnly, stemsOf } from "./answers";
import { monthIndex, unionMonths, yearsFromMonths } from "./dates";
import type { ParsedResume, ResumeLine, SectionKind } from "./sections";
import type { CriterionSpec } from "./spec";
import { NUMBER_WORD_PATTERN, contentStems, parseCount, quote, stem } from "./text";
import { type CompiledConcept, evidenceFamily } from "./vocabulary";

export type EvidenceStatus = "met" | "partial" | "unverified" | "contradicted" | "missing";

export interface Evidence {
  strength: number;
  status: EvidenceStatus;
  /** Quoted line and where it came from, for strengths. */
  quote: string | null;
  /** Why it is partial/unverified/contradicted, for concerns and interview focus. */
  reason: string | null;
}

type Where = SectionKind | "answers" | "context";

const CREDENTIAL = new Set(["licence", "certification", "degree", "field"]);

// How believable a mention is, by where it appears. Roles are proof; a skills list is a claim.
function weight(where: Where, concept: CompiledConcept, inRole: boolean): number {
  const credential = CREDENTIAL.has(concept.kind);
  if (inRole) return 1;
  // Languages are normally listed, not described in roles; a listed language is believable.
  if (concept.kind === "language") return where === "answers" || where === "context" ? 0.5 : 0.8;
  switch (where) {
    case "certifications":
      return credential ? 1 : 0.5;
    case "education":
      return credential ? 1 : 0.5;
    case "header":
    case "summary":
      return credential ? 0.85 : 0.45;
    case "projects":
      return 0.65;
    case "experience":
      return 0.8;
    case "skills":
      return 0.3;
    case "answers":
      return 0.4;
    case "context":
      return 0.35;
    default:
      return 0.55;
  }
}

const PENDING =
  /\b(?:learning|pursuing|in progress|expected|enrolled|studying|working towards|planned|not yet|aspiring|in training|basic knowledge|familiar with)\b/i;
const EXPIRED = /\b(?:expired|lapsed|inactive|revoked)\b/i;
// "CDL permit (CLP)", "student pilot permit": the learner's permit, not the licence itself.
const LEARNER_PERMIT = /\b(?:learner'?s|learning|instruction|student|provisional)? ?permit\b(?<!\bwork permit)/i;
const NEGATED = /\b(?:no|not|without|never)\s+(?:\w+\s+){0,2}$/i;

export interface Sources {
  resume: ParsedResume;
  /** Content stems of the job description, for judging whether a role is related to the job. */
  jobStems?: ReadonlySet<string>;
  /** The posting's title (its first line): a technician's posting counts technicians' work. */
  jobTitle?: string;
  answers: { question: string; answer: string }[];
  context: string;
  asOf: Date;
}

/**
 * A role title at a junior grade of the profession (assistant, aide, technician…) that the posting
 * is not itself for: a pharmacy technician's years are not a pharmacist's, a technician's are a
 * technician's.
 */
function juniorTitle(title: string, src: Sources): boolean {
  const m = JUNIOR_GRADE.exec(title);
  if (!m) return false;
  const grade = contentStems(m[0])[0];
  return !(grade !== undefined && src.jobTitle !== undefined && contentStems(src.jobTitle).includes(grade));
}

interface Mention {
  strength: number;
  line: string;
  where: Where;
  roleTitle: string | null;
  qualifier: "pending" | "expired" | null;
}

// What separates one item from the next on a line: "Med cert current · Secret clearance (inactive)"
// says "inactive" of the clearance, not of the certificate.
const CLAUSE_BREAK = /[;,·•|]/;

function clauseAround(text: string, index: number, length: number): { before: string; clause: string } {
  let start = index;
  while (start > 0 && !CLAUSE_BREAK.test(text[start - 1]!)) start--;
  let end = index + length;
  while (end < text.length && !CLAUSE_BREAK.test(text[end]!)) end++;
  return { before: text.slice(start, index), clause: text.slice(start, end) };
}

function matchIn(concept: CompiledConcept, text: string, lower: string): { index: number; length: number } | null {
  concept.re.lastIndex = 0;
  const m = concept.re.exec(lower);
  if (m) return { index: m.index, length: m[0].length };
  if (concept.exactRe) {
    concept.exactRe.lastIndex = 0;
    const e = concept.exactRe.exec(text);
    if (e) return { index: e.index, length: e[0].length };
  }
  return null;
}

function mentionedIn(concept: CompiledConcept, text: string): boolean {
  const m = matchIn(concept, text, text.toLowerCase());
  if (m === null) return false;
  const { before, clause } = clauseAround(text, m.index, m.length);
  return !NEGATED.test(before) && !PENDING.test(clause);
}

function recency(resume: ParsedResume, role: number | null, asOf: Date): number {
  if (role === null) return 1;
  const r = resume.roles[role];
  if (!r) return 1;
  const yearsAgo = (monthIndex(asOf) - r.range.end) / 12;
  // Skills used long ago have gone stale; a recruiter discounts them.
  return yearsAgo > 10 ? 0.7 : yearsAgo > 5 ? 0.85 : 1;
}

function lineMention(concept: CompiledConcept, line: ResumeLine, resume: ParsedResume, asOf: Date): Mention | null {
  for (const c of evidenceFamily(concept.id)) {
    const m = matchIn(c, line.text, line.lower);
    if (!m) continue;
    const { before, clause } = clauseAround(line.text, m.index, m.length);
    if (NEGATED.test(before)) continue;
    const inRole = line.role !== null && line.section !== "projects";
    let strength = weight(line.section, concept, inRole) * (inRole ? recency(resume, line.role, asOf) : 1);
    let qualifier: Mention["qualifier"] = null;
    if (EXPIRED.test(clause)) {
      strength = Math.min(strength, 0.1);
      qualifier = "expired";
    } else if (PENDING.test(clause) || (concept.kind === "licence" && LEARNER_PERMIT.test(clause))) {
      // "OSHA 30 planned for 2027": not held yet, so not met, however it is worded.
      strength = Math.min(strength, 0.2);
      qualifier = "pending";
    }
    const roleTitle = line.role !== null ? (resume.roles[line.role]?.title ?? null) : null;
    return { strength, line: line.text, where: line.section, roleTitle, qualifier };
  }
  return null;
}

function bestMention(concept: CompiledConcept, src: Sources): Mention | null {
  let best: Mention | null = null;
  const consider = (m: Mention | null) => {
    if (m && (best === null || m.strength > best.strength)) best = m;
  };
  for (const line of src.resume.lines) consider(lineMention(concept, line, src.resume, src.asOf));
  for (const qa of src.answers) {
    const text = `${qa.question} ${qa.answer}`;
    // The question text alone is not evidence: only count a concept the answer itself names.
    if (
      matchIn(concept, qa.answer, qa.answer.toLowerCase()) ||
      evidenceFamily(concept.id).some((c) => matchIn(c, qa.answer, qa.answer.toLowerCase()))
    ) {
      if (!/^\s*(?:no|not)\b/i.test(qa.answer))
        consider({
          strength: weight("answers", concept, false),
          line: text,
          where: "answers",
          roleTitle: null,
          qualifier: null,
        });
    }
  }
  if (src.context) {
    for (const c of evidenceFamily(concept.id)) {
      if (matchIn(c, src.context, src.context.toLowerCase())) {
        consider({
          strength: weight("context", concept, false),
          line: src.context.slice(0, 120),
          where: "context",
          roleTitle: null,
          qualifier: null,
        });
        break;
      }
    }
  }
  return best;
}

function describe(m: Mention): string {
  const where = m.roleTitle ? `${m.roleTitle}` : m.where === "answers" ? "screening answer" : `${m.where} section`;
  return `"${quote(m.line)}" (${quote(where, 70)})`;
}

function statusOf(strength: number): EvidenceStatus {
  return strength >= 0.7 ? "met" : strength >= 0.25 ? "partial" : strength > 0 ? "unverified" : "missing";
}

export function conceptEvidence(spec: CriterionSpec, src: Sources): Evidence {
  const targets = spec.concepts.length > 0 ? spec.concepts : spec.roles;
  const found = targets.map((c) => ({ c, m: bestMention(c, src) }));
  // "A current ServSafe Manager certification": a credential is proven where credentials are
  // listed, whatever kind of concept its name is in the vocabulary.
  if (spec.credential)
    for (const f of found)
      if (f.m && f.m.qualifier === null && ["certifications", "education", "header", "summary"].includes(f.m.where))
        f.m = { ...f.m, strength: Math.max(f.m.strength, 0.9) };
  const strengths = found.map((f) => f.m?.strength ?? 0);
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
  const strengthOf = (c: CompiledConcept) => found.find((f) => f.c === c)?.m?.strength ?? 0;
  // "X or Y, and Z": each joined requirement earns its share; one alternative meets its group.
  const strength =
    spec.groups.length >= 2
      ? mean(spec.groups.map((g) => Math.max(0, ...g.map(strengthOf))))
      : spec.anyOf
        ? Math.max(0, ...strengths)
        : mean(strengths);
  const present = found.filter((f) => f.m !== null).sort((a, b) => (b.m?.strength ?? 0) - (a.m?.strength ?? 0));
  const top = present[0]?.m ?? null;
  const unmetGroups = spec.groups.filter((g) => g.every((c) => strengthOf(c) === 0));
  const missing =
    spec.groups.length >= 2
      ? unmetGroups.map((g) => g.map((c) => c.label).join(" or "))
      : spec.anyOf && present.length > 0
        ? []
        : found.filter((f) => f.m === null).map((f) => f.c.label);
  const expired = found.find((f) => f.m?.qualifier === "expired");
  const pending = found.find((f) => f.m?.qualifier === "pending");
  const weak = present.filter((f) => (f.m?.strength ?? 0) < 0.7 && f.m?.qualifier === null);

  let status = statusOf(strength);
  let reason: string | null = null;
  if (expired?.m) {
    status = strength >= 0.7 ? "met" : "contradicted";
    reason = `contradicted by: ${quote(expired.m.line, 80)}`;
  } else if (pending?.m && strength < 0.25) {
    // Planned, in progress, not yet: not held today.
    status = "missing";
    reason = `not evidenced: not yet held (${quote(pending.m.line, 80)})`;
  } else if (pending?.m && strength < 0.7) {
    reason = `unverified: ${quote(pending.m.line, 80)}`;
  } else if (missing.length > 0 && present.length > 0) {
    reason = `not evidenced: ${missing.join(", ")}`;
  } else if (weak.length > 0 && strength < 0.7) {
    const w = weak[0]?.m;
    reason = w
      ? `unverified: ${w.where === "skills" ? SKILLS_ONLY : w.where === "answers" ? "stated only in a screening answer" : `mentioned only in the ${w.where}`}`
      : null;
  }
  return { strength, status, quote: top ? describe(top) : null, reason };
}

// ── years ───────────────────────────────────────────────────────────────────────────────────

export interface YearsFacts {
  relevantYears: number;
  totalYears: number;
  claimedYears: number | null;
  evidenceRole: string | null;
  /** No matching role's title shares a word with the criterion or the posting. */
  adjacentOnly: boolean;
}

function roleMatches(resume: ParsedResume, roleIdx: number, spec: CriterionSpec): boolean {
  const role = resume.roles[roleIdx];
  if (!role) return false;
  const qualifiers = [
    ...spec.concepts.filter((c) => c.kind !== "degree" && c.kind !== "licence" && c.kind !== "certification"),
    ...spec.roles,
  ];
  if (qualifiers.length === 0) return keywordRoleMatch(role, spec);
  const titleLower = role.title.toLowerCase();
  // When the criterion names a job family, the role's title must be in it: an SDR who books
  // meetings "for account executives", or a support rep at a SaaS company, is not a closer.
  if (spec.roles.length > 0)
    return spec.roles.some((c) => evidenceFamily(c.id).some((f) => matchIn(f, role.title, titleLower)));
  // Otherwise skills and domains may appear anywhere in the role.
  const domain = spec.concepts.filter((c) => c.kind !== "degree" && c.kind !== "licence" && c.kind !== "certification");
  // "No Go experience." under a role is not Go experience.
  return domain.some((c) => evidenceFamily(c.id).some((f) => role.lines.some((l) => mentionedIn(f, l))));
}

// Words that many postings and resumes share whatever the job.
const COMMON_JOB_WORDS = new Set(
  "team lead manag support work client custom servic daily weekly new time staff develop provid ensur across within help build run".split(
    " ",
  ),
);

// Words before a job's name that rank the person, not the kind of work ("Staff Pharmacist").
const RANK_WORDS = new Set(
  "staff senior junior lead head chief principal associate assistant registered licensed certified charge".split(" "),
);

/**
 * "Hospital or inpatient pharmacy": the words joined by "or" qualify the rest. A role that does
 * the rest under another qualifier ("Community pharmacy", "Retail Pharmacist") is the wrong
 * kind of that work. A role naming the work with no qualifier at all ("Pharmacist, Acute
 * Care") is not: it may say the setting in words the criterion does not use.
 */
function missesQualifier(spec: CriterionSpec, src: Sources): boolean {
  if (spec.alternatives.length === 0) return false;
  const keys = spec.keywords.filter((k) => !GENERIC_YEARS.has(k) && !/^\d/.test(k) && !spec.alternatives.includes(k));
  const near = (w: string, k: string) => w === k || (w.length >= 5 && k.length >= 5 && w.slice(0, 5) === k.slice(0, 5));
  const has = (text: string[], k: string) => text.some((w) => near(w, k));
  return src.resume.roles.some((r) => {
    if (!keys.some((k) => has(roleStems(r), k)) || spec.alternatives.some((k) => has(roleStems(r), k))) return false;
    return [r.title, ...r.lines].some((text) => {
      // Only a word joined to the next by a space qualifies it: "Charge Entry / Coding" and
      // "Surgery, Pharmacy" list two things.
      const tokens = text.toLowerCase().split(/\s+/);
      const bare = (t: string) => t.replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "");
      return tokens.some((t, i) => {
        const w = bare(t);
        if (i === 0 || !keys.some((k) => near(stem(w), k))) return false;
        const prev = tokens[i - 1] ?? "";
        if (/[^a-z0-9]$/.test(prev) || /^[^a-z0-9]/.test(t)) return false;
        const before = bare(prev);
        const [modifier] = contentStems(before);
        // "Board-certified", "licensed": a participle grades the person, it is not a setting.
        return (
          modifier !== undefined && !RANK_WORDS.has(before) && !COMMON_JOB_WORDS.has(modifier) && !/ed$/.test(before)
        );
      });
    });
  });
}

// A role's words are read once per resume, however many criteria ask about them.
const roleStemCache = new WeakMap<object, string[]>();
function roleStems(role: ParsedResume["roles"][number]): string[] {
  let stems = roleStemCache.get(role);
  if (!stems) {
    stems = [...new Set(contentStems([role.title, ...role.lines].join(" ")))];
    roleStemCache.set(role, stems);
  }
  return stems;
}

// The posting's words and their five-letter prefixes, kept per posting: every role asks.
const prefixCache = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** A role in the posting's line of work: its title and lines share three words with the posting. */
function relatedRole(r: ParsedResume["roles"][number], src: Sources): boolean {
  const job = src.jobStems;
  if (!job || job.size === 0 || r.section === "projects") return false;
  let prefixes = prefixCache.get(job);
  if (!prefixes) {
    prefixes = new Set([...job].filter((j) => j.length >= 5).map((j) => j.slice(0, 5)));
    prefixCache.set(job, prefixes);
  }
  let shared = 0;
  for (const w of roleStems(r)) {
    if (COMMON_JOB_WORDS.has(w) || w.length < 4) continue;
    if (job.has(w) || (w.length >= 5 && prefixes.has(w.slice(0, 5)))) shared++;
  }
  return shared >= 3;
}

function relatedYears(src: Sources, keep: (r: ParsedResume["roles"][number]) => boolean = () => true): number {
  const related = src.resume.roles.filter((r) => keep(r) && relatedRole(r, src));
  return yearsFromMonths(unionMonths(related.map((r) => r.range)));
}

// Scoring one resume asks about the same roles for several criteria: the answer is kept per role.
const titledCache = new WeakMap<object, { job: ReadonlySet<string>; titled: boolean }>();

function titleInPostingWords(title: string, src: Sources, role?: object): boolean {
  const job = src.jobStems;
  if (!job) return false;
  const hit = role ? titledCache.get(role) : undefined;
  if (hit && hit.job === job) return hit.titled;
  // The job title, without the employer or place that follows it.
  const name = title.split(/\s+[—–-]\s+|,|\||\(|\s+at\s+/)[0] ?? "";
  const words = juniorTitle(name, src)
    ? []
    : contentStems(name).filter((w) => !RANK_WORDS.has(w) && !COMMON_JOB_WORDS.has(w));
  // A title word cut short ("Rad Tech" for radiologic technologist) is the posting's word.
  const near = (w: string) => {
    if (job.has(w)) return true;
    for (const j of job)
      if (
        (w.length >= 5 && j.length >= 5 && j.slice(0, 5) === w.slice(0, 5)) ||
        (w.length >= 3 && j.length >= w.length + 3 && j.startsWith(w))
      )
        return true;
    return false;
  };
  const titled = words.length > 0 && words.every(near);
  if (role) titledCache.set(role, { job, titled });
  return titled;
}

// Words of a years criterion that say nothing about *which* experience.
const GENERIC_YEARS = new Set([
  "least",
  "relevant",
  "professional",
  "hands",
  "prior",
  "previous",
  "related",
  "similar",
  "total",
  "full",
  "time",
  // "Six months of experience in the medical assistant field": how long, and "field", are not
  // what the work is.
  "month",
  "year",
  "field",
  ..."one two three four five six seven eight nine ten eleven twelve".split(" "),
]);

/**
 * No vocabulary concept names the experience ("4+ years of commercial electrical experience"):
 * a role counts when its title, or its lines, carry at least half of the criterion's own words.
 */
function keywordRoleMatch(role: ParsedResume["roles"][number], spec: CriterionSpec): boolean {
  return keywordStemsMatch(roleStems(role), spec);
}

interface StemIndex {
  all: ReadonlySet<string>;
  /** Five-letter prefixes of the words of five letters or more. */
  prefixes: ReadonlySet<string>;
  /**
   * Roots of "-er" and "-ing" words of three letters or more: the doer and the doing of a short
   * root ("coder" / "coding") the stemmer keeps apart. Only "-er" against "-ing": "cater" and
   * "cats" stay apart.
   */
  erRoots: ReadonlySet<string>;
  ingRoots: ReadonlySet<string>;
}

// A role's or claim's words are matched against every criterion: they are indexed once.
const stemIndexCache = new WeakMap<readonly string[], StemIndex>();
function stemIndex(words: readonly string[]): StemIndex {
  let index = stemIndexCache.get(words);
  if (!index) {
    index = {
      all: new Set(words),
      prefixes: new Set(words.filter((w) => w.length >= 5).map((w) => w.slice(0, 5))),
      erRoots: new Set(words.filter((w) => w.endsWith("er") && w.length >= 5).map((w) => w.slice(0, -2))),
      ingRoots: new Set(words.filter((w) => w.endsWith("ing") && w.length >= 6).map((w) => w.slice(0, -3))),
    };
    stemIndexCache.set(words, index);
  }
  return index;
}

function keywordStemsMatch(text: readonly string[], spec: Pick<CriterionSpec, "keywords">): boolean {
  const keys = spec.keywords.filter((k) => !GENERIC_YEARS.has(k) && !/^\d/.test(k));
  if (keys.length === 0) return true;
  const index = stemIndex(text);
  // Equal, the same first five letters, or the doer and the doing of one short root.
  const near = (k: string) =>
    index.all.has(k) ||
    (k.length >= 5 && index.prefixes.has(k.slice(0, 5))) ||
    (k.endsWith("er") && k.length >= 5 && index.ingRoots.has(k.slice(0, -2))) ||
    (k.endsWith("ing") && k.length >= 6 && index.erRoots.has(k.slice(0, -3)));
  const hits = keys.filter(near).length;
  return hits >= Math.ceil(keys.length / 2);
}

// A title that names a profession ("Staff Accountant"), not only an employer ("Acme (2016–…)").
const JOB_TITLE =
  /\b(?:[a-z]{3,}(?:ant|ist|er|or|ian)|manager|clerk|officer|assistant|associate|lead|supervisor|nurse|specialist|coordinator|director|administrator|representative|agent|attendant|consultant)\b/i;

/** A role in the posting's line of work, as far as its title tells (an employer-only title does not). */
export function roleInLine(title: string, spec: CriterionSpec, src: Sources): boolean {
  return !JOB_TITLE.test(title) || titleRelated(title, spec, src);
}

function titleRelated(title: string, spec: CriterionSpec, src: Sources): boolean {
  const words = contentStems(title).filter((w) => !COMMON_JOB_WORDS.has(w) && w.length >= 3);
  const near = (w: string, k: string) => w === k || (w.length >= 5 && k.length >= 5 && w.slice(0, 5) === k.slice(0, 5));
  return words.some((w) => spec.keywords.some((k) => near(w, k)) || (src.jobStems?.has(w) ?? false));
}

const STUDY_ROLE = /\b(?:students?|interns?|internship|externs?|externship|practicum|clinical rotations?|placement)\b/i;

const CLAIM_RE = /\b(\d{1,2})\s*\+?\s*(?:years|yrs)(?:'|\s+of)?\b/i;

// The score asks again for the first years criterion's facts (the inflated-claim check): each
// resume's answers are kept per criterion. Callers get a copy, so they may adjust it.
const factsCache = new WeakMap<ParsedResume, Map<CriterionSpec, YearsFacts>>();

export function yearsFacts(spec: CriterionSpec, src: Sources): YearsFacts {
  let perSpec = factsCache.get(src.resume);
  if (!perSpec) {
    perSpec = new Map();
    factsCache.set(src.resume, perSpec);
  }
  let facts = perSpec.get(spec);
  if (!facts) {
    facts = computeYearsFacts(spec, src);
    perSpec.set(spec, facts);
  }
  return { ...facts };
}

function computeYearsFacts(spec: CriterionSpec, src: Sources): YearsFacts {
  const { resume } = src;
  // Study placements ("Student Radiographer (clinical rotations)", "Design Intern") are training,
  // not years of the work, unless the criterion itself asks for them.
  const study = (title: string) => STUDY_ROLE.test(title) && !STUDY_ROLE.test(spec.keywords.join(" "));
  const matched = resume.roles.filter(
    (r, i) => r.section !== "projects" && !study(r.title) && roleMatches(resume, i, spec),
  );
  const relevant = matched;
  const relevantMonths = unionMonths(relevant.map((r) => r.range));
  let claimed: number | null = null;
  for (const line of resume.lines) {
    if (line.role !== null) continue;
    const m = CLAIM_RE.exec(line.text);
    if (m?.[1] !== undefined) claimed = Math.max(claimed ?? 0, Number(m[1]));
  }
  const longest = [...relevant].sort((a, b) => b.range.end - b.range.start - (a.range.end - a.range.start))[0];
  return {
    relevantYears: yearsFromMonths(relevantMonths),
    totalYears: yearsFromMonths(resume.totalMonths),
    claimedYears: claimed,
    evidenceRole: longest ? `${longest.title} (${longest.range.text})` : null,
    // The headline ("Aisha Bello — Backend Engineer") names the profession when roles are
    // listed by company only.
    adjacentOnly:
      relevant.length > 0 &&
      relevant.every((r) => JOB_TITLE.test(r.title) && !titleRelated(r.title, spec, src)) &&
      !resume.lines.some((l) => l.section === "header" && titleRelated(l.text, spec, src)),
  };
}

const SUMMARY_CLAIM_RE = new RegExp(`\\b(\\d{1,2}|${NUMBER_WORD_PATTERN})\\s*\\+?\\s*(?:years|yrs)\\b`, "i");

// A resume's stated years ("Six years as …") in its header or summary, read once per resume.
const claimCache = new WeakMap<object, { years: number; sentence: string; stems: string[] }[]>();
function summaryClaims(resume: ParsedResume): { years: number; sentence: string; stems: string[] }[] {
  let claims = claimCache.get(resume);
  if (!claims) {
    claims = [];
    for (const line of resume.lines) {
      if (line.role !== null || (line.section !== "header" && line.section !== "summary")) continue;
      const m = SUMMARY_CLAIM_RE.exec(line.text);
      const n = m?.[1] !== undefined ? parseCount(m[1]) : null;
      if (!m || n === null || n === undefined || n <= 0) continue;
      const sentence = line.text.slice(m.index).split(/(?<=[.;!?])\s/)[0] ?? "";
      claims.push({ years: n, sentence, stems: contentStems(sentence) });
    }
    claimCache.set(resume, claims);
  }
  return claims;
}

/**
 * Years of the work a summary states ("Six years as a working climber and foreman"), as far as
 * the dated roles back them: roles that match the work, and roles the claim's own sentence
 * names by title (a "Foreman" listed by employer with no lines), never beyond their span.
 */
function summaryClaimBacked(spec: CriterionSpec, src: Sources): number {
  const { resume } = src;
  if (resume.roles.length === 0) return 0;
  let claim = 0;
  let claimStems: Set<string> | null = null;
  for (const c of summaryClaims(resume)) {
    if (c.years <= claim) continue;
    // The claim's own sentence must name the work: the criterion's words or its vocabulary terms.
    const named =
      spec.concepts.length > 0 || spec.roles.length > 0
        ? [...spec.concepts, ...spec.roles].some(
            (k) => k.kind !== "degree" && evidenceFamily(k.id).some((fam) => mentionedIn(fam, c.sentence)),
          )
        : keywordStemsMatch(c.stems, spec);
    if (named) {
      claim = c.years;
      claimStems = new Set(c.stems);
    }
  }
  if (claim === 0 || !claimStems) return 0;
  const said = claimStems;
  const study = (title: string) => STUDY_ROLE.test(title) && !STUDY_ROLE.test(spec.keywords.join(" "));
  const namedBy = (title: string) => {
    const name = title.split(/\s+[—–-]\s+|,|\||\(|\s+at\s+/)[0] ?? "";
    const ws = contentStems(name).filter((w) => !RANK_WORDS.has(w) && !COMMON_JOB_WORDS.has(w));
    return ws.length > 0 && ws.every((w) => said.has(w));
  };
  const backing = resume.roles.filter(
    (r, i) =>
      r.section !== "projects" &&
      !study(r.title) &&
      !juniorTitle(r.title, src) &&
      (roleMatches(resume, i, spec) || namedBy(r.title)),
  );
  return Math.min(claim, yearsFromMonths(unionMonths(backing.map((r) => r.range))));
}

export function yearsEvidence(spec: CriterionSpec, src: Sources): Evidence {
  const need = spec.years ?? 1;
  const f = yearsFacts(spec, src);
  if (src.resume.roles.length === 0) {
    if (f.claimedYears !== null && f.claimedYears >= need) {
      return {
        strength: 0.35,
        status: "unverified",
        quote: null,
        reason: `unverified: claims ${f.claimedYears} years but gives no dated roles`,
      };
    }
    return { strength: 0, status: "missing", quote: null, reason: "not evidenced: no dated roles" };
  }
  // "Six years as a working climber and foreman": a summary that states years of the work, over
  // roles listed by employer with no lines of their own, says which of them were that work. The
  // dated roles in the posting's line of work back the claim up to their own span, never beyond.
  if (f.relevantYears < need) f.relevantYears = Math.max(f.relevantYears, summaryClaimBacked(spec, src));
  const ratio = f.relevantYears / need;
  // An early career (every dated role bar study placements adds up to under half the years
  // asked: 14 months against 3 years) is a shortfall a recruiter reads as not meeting the
  // requirement, so it stays under the must-have gate. Years of neighbouring work around a short
  // relevant stint are a partial match, as before.
  const study = (title: string) => STUDY_ROLE.test(title) && !STUDY_ROLE.test(spec.keywords.join(" "));
  const workYears = yearsFromMonths(
    unionMonths(src.resume.roles.filter((r) => r.section !== "projects" && !study(r.title)).map((r) => r.range)),
  );
  const early = ratio < 0.5 && workYears < need / 2;
  let strength = ratio >= 1 ? 1 : early ? Math.max(0, ratio * 0.48) : Math.max(0, ratio * 0.85);
  // Only when nothing names the experience: with vocabulary concepts, their absence is meaningful
  // (synonyms are in the vocabulary); and a role that carries some of the criterion's words but
  // not enough (a retail pharmacist for "hospital pharmacy") is the wrong kind of that work.
  if (f.relevantYears === 0 && spec.concepts.length === 0 && spec.roles.length === 0 && !missesQualifier(spec, src)) {
    // The criterion's own words appear in no role, but the roles may still be this work in
    // other words ("junior sous, 200-cover nights" for "cooking in a high-volume kitchen"):
    // roles that share several words with the posting are partial evidence, never full.
    const related = relatedYears(src);
    // A related role whose job title is made only of the posting's own words (bar its rank) is
    // the posting's job under its own name: held for the years asked, it is the experience the
    // criterion describes, in the candidate's words (met-level), not merely related work. One
    // qualifier the posting never uses ("Personal Lines Underwriter" for a commercial lines post)
    // or a junior grade keeps it merely related.
    const titled = relatedYears(src, (r) => titleInPostingWords(r.title, src, r));
    if (related > 0)
      return {
        strength: Math.max(Math.min(0.6, (0.6 * related) / need), Math.min(0.85, (0.85 * titled) / need)),
        status: "partial",
        quote: null,
        reason: `partly evidenced: ${related} years in roles related to this job, in other words than the criterion's`,
      };
  }
  // The vocabulary names the experience but no role carries its terms: the vocabulary may lack
  // this field's words for it, so the posting's job held under its own title still counts as
  // the titled case above does. Only the title: related lines alone stay absence.
  if (f.relevantYears === 0 && spec.concepts.length > 0 && spec.roles.length === 0 && !missesQualifier(spec, src)) {
    const titled = relatedYears(src, (r) => titleInPostingWords(r.title, src, r));
    if (titled > 0)
      return {
        strength: Math.min(0.7, (0.7 * titled) / need),
        status: "partial",
        quote: null,
        reason: `partly evidenced: ${titled} years in roles titled in the posting's words, in other words than the criterion's`,
      };
  }
  // Roles whose titles share no word with the criterion or the posting, matched only by a
  // line that mentions the work ("payroll journal entries" under "Staff Accountant"), are an
  // adjacent profession touching the work, not the work itself.
  if (f.adjacentOnly)
    return {
      strength: Math.min(strength, 0.2),
      status: "partial",
      quote: f.evidenceRole ? `"${quote(f.evidenceRole, 90)}"` : null,
      reason: "partly evidenced: the work is only mentioned in roles of another profession",
    };
  // Bundled requirements ("5+ years of backend, at least 3 with Go") each earn their share:
  // meeting one and not the other is partial evidence, not absence.
  const subReasons: string[] = [];
  if (spec.subYears.length > 0) {
    const parts = [strength];
    for (const sub of spec.subYears) {
      const subFacts = yearsFacts({ ...spec, concepts: sub.concepts, roles: [], subYears: [] }, src);
      const r = subFacts.relevantYears / sub.years;
      parts.push(r >= 1 ? 1 : Math.max(0, r * 0.85));
      if (r < 1)
        subReasons.push(
          `${subFacts.relevantYears} of ${sub.years} years with ${sub.concepts.map((c) => c.label).join(" or ")}`,
        );
    }
    strength = parts.reduce((a, b) => a + b, 0) / parts.length;
  }
  // Dated roles that fall well short of the years are a measured shortfall, not an unknown.
  const status = strength > 0 && strength < 0.25 ? "partial" : statusOf(strength);
  const q = f.evidenceRole
    ? `${f.relevantYears} years in relevant dated roles, e.g. ${quote(f.evidenceRole, 90)}`
    : null;
  const reason =
    ratio >= 1
      ? subReasons.length > 0
        ? `partly evidenced: ${subReasons.join("; ")} in dated roles`
        : null
      : f.relevantYears === 0
        ? `not evidenced: no dated roles match (${f.totalYears} years of other work)`
        : `partly evidenced: ${f.relevantYears} of ${need} years in relevant dated roles`;
  return { strength, status, quote: q, reason };
}

// "How many years have you set up and run CNC mills yourself?": the employer's own question
// about the criterion's work.
// "How many months of … do you have?" counts in months; an answer may name its own unit.
const YEARS_QUESTION = /\bhow many (years|yrs|months)\b/i;
const YEARS_COUNT = new RegExp(
  String.raw`\b(\d{1,3}(?:\.\d)?|${NUMBER_WORD_PATTERN})\b\s*\+?\s*(years?|yrs|months?|mos)?\b`,
  "i",
);

/**
 * The candidate's own count of the criterion's years, in answer to a question about that work
 * ("7"), is believed up to the years their dated roles span; a count below the years asked is
 * their own word that they fall short.
 */
export function yearsAnswerEvidence(spec: CriterionSpec, src: Sources, evidence: Evidence): Evidence {
  if (spec.kind !== "years" || evidence.status === "contradicted" || src.answers.length === 0) return evidence;
  const need = spec.years ?? 1;
  const keys = new Set(spec.keywords);
  for (const qa of src.answers) {
    const asked = YEARS_QUESTION.exec(qa.question)?.[1];
    if (asked === undefined || !stemsOf(qa.question).some((w) => keys.has(w))) continue;
    const count = YEARS_COUNT.exec(qa.answer);
    const first = count?.[1];
    const counted = first === undefined ? null : (parseCount(first) ?? Number(first));
    if (counted === null || !Number.isFinite(counted)) continue;
    // "almost 2 (since Jan 2025)": short of the number said.
    const short = /\b(?:almost|nearly|not quite|just under|close to)\s*$/i.test(qa.answer.slice(0, count?.index ?? 0));
    const n = (/^mo/i.test(count?.[2] ?? asked) ? counted / 12 : counted) - (short ? 0.25 : 0);
    const said = `screening answer: ${quote(`${qa.question} — "${qa.answer}"`, 120)}`;
    if (n < need)
      return {
        strength: Math.min(evidence.strength, 0.2),
        status: "contradicted",
        quote: null,
        reason: `contradicted by: screening answer "${quote(qa.answer, 60)}", below the ${need} years asked`,
      };
    // Believed up to the years of the candidate's own dated work: not an aide's or trainee's.
    const dated = yearsFromMonths(
      unionMonths(
        src.resume.roles.filter((r) => r.section !== "projects" && !juniorTitle(r.title, src)).map((r) => r.range),
      ),
    );
    if (evidence.strength < 0.85 && Math.min(n, dated + 0.5) >= need)
      return { strength: 0.85, status: "met", quote: said, reason: null };
    return evidence;
  }
  return evidence;
}

// ── degree ──────────────────────────────────────────────────────────────────────────────────

export function degreeEvidence(spec: CriterionSpec, src: Sources): Evidence {
  const degrees = spec.concepts.filter((c) => c.kind === "degree");
  let best: Mention | null = null;
  for (const d of degrees) {
    const m = bestMention(d, src);
    if (m && (best === null || m.strength > best.strength)) best = m;
  }
  let strength = best?.strength ?? 0;
  let reason: string | null = null;
  if (best && spec.fields.length > 0) {
    const eduText = src.resume.lines
      .filter((l) => l.section === "education" || l.text === best?.line)
      .map((l) => l.text)
      .join("\n");
    const eduLower = eduText.toLowerCase();
    // "In a quantitative field" accepts any such subject; "in Accounting or Finance" means those
    // subjects (matched by word stem, so "Accountancy" counts for "Accounting").
    const generic = spec.fieldTerms.length === 0 || spec.fieldTerms.some((t) => /field|discipline|related/.test(t));
    const inField = generic
      ? spec.fields.some((f) => evidenceFamily(f.id).some((c) => matchIn(c, eduText, eduLower)))
      : spec.fieldTerms.some((t) => eduLower.includes(t.slice(0, Math.min(6, t.length))));
    if (!inField) {
      strength *= 0.6;
      reason = `partly evidenced: degree is not in ${generic ? spec.fields.map((x) => x.label).join(" or ") : spec.fieldTerms.join(" or ")}`;
    }
  }
  if (spec.equivalentExperience && strength < 0.7 && src.resume.totalMonths >= 36) {
    strength = 0.7;
    reason = "equivalent experience accepted in place of the degree";
  }
  if (best?.qualifier === "pending") reason = `unverified: ${quote(best.line, 80)}`;
  return {
    strength,
    status: statusOf(strength),
    quote: best ? describe(best) : null,
    reason: reason ?? (best ? null : "not evidenced"),
  };
}

// ── screening-answer criteria (authorisation, location) ─────────────────────────────────────

const POSITIVE =
  /^\s*(?:yes|y|yep|correct|i am|i do|i can|absolutely)\b|citizen|green card|permanent resident|settled status|indefinite leave|authori[sz]ed|\bi live\b|\blocal\b/i;
const NEGATIVE =
  /^\s*(?:no|n|nope|not)\b|requir\w* (?:\w+ )?(?:visa )?sponsorship|need\w* (?:\w+ )?sponsorship|remote only|prefer days|cannot|can't|unable/i;

export function answerEvidence(spec: CriterionSpec, src: Sources, topic: RegExp, resumeCue: RegExp): Evidence {
  for (const qa of src.answers) {
    if (!topic.test(qa.question) && !topic.test(qa.answer)) continue;
    const text = `${qa.question} — "${qa.answer}"`;
    // "Will you require sponsorship?" — "No" is the good answer: polarity reads the question too.
    const polarity = answerPolarity(qa.question, qa.answer);
    if (polarity === "no" || (polarity === null && NEGATIVE.test(qa.answer)))
      return {
        strength: 0,
        status: "contradicted",
        quote: null,
        reason: `contradicted by: screening answer "${quote(qa.answer, 80)}"`,
      };
    if (polarity === "yes" || (polarity === null && POSITIVE.test(qa.answer)))
      return { strength: 1, status: "met", quote: `screening answer: ${quote(text, 120)}`, reason: null };
  }
  const line = src.resume.lines.find((l) => resumeCue.test(l.text));
  if (line) return { strength: 0.7, status: "met", quote: `"${quote(line.text)}" (resume)`, reason: null };
  // Not asked and not stated: unknown, so neither credit nor a disqualifying miss.
  return {
    strength: 0.5,
    status: "unverified",
    quote: null,
    reason: "unverified: not addressed in the resume or screening answers",
  };
}

export const AUTH_TOPIC = /authori[sz]|right to work|sponsor|visa|work permit|eligible to work|citizen/i;
export const AUTH_RESUME =
  /authori[sz]ed to work|citizen|green card|permanent resident|right to work|no sponsorship required/i;
export const LOCATION_TOPIC = /on-?site|office|location|relocat|commut|based|hybrid|live in|area/i;

// ── free text fallback ──────────────────────────────────────────────────────────────────────

// Words that say what form a requirement takes, not what it is about: "a Doctor of Physical
// Therapy degree" is proven by "Doctor of Physical Therapy, Pacific University", "hands-on
// manual therapy skills" by a role's "manual therapy: joint mobilization".
const FORM_WORDS = new Set([
  "degree",
  "degre",
  "certific",
  "certificate",
  "certif",
  "license",
  "licence",
  "licens",
  "skill",
  "hand",
  "knowledge",
]);

// Where a credential is stated: its own section or the name line ("Hannah Cho, PT, DPT").
const CREDENTIAL_SECTIONS = new Set<SectionKind>(["education", "certifications", "header"]);

// Every free-text criterion reads every line: a line's stems are computed once per resume.
const lineStemCache = new WeakMap<ResumeLine, string[]>();
function lineStems(line: ResumeLine): string[] {
  let stems = lineStemCache.get(line);
  if (!stems) {
    stems = contentStems(line.text);
    lineStemCache.set(line, stems);
  }
  return stems;
}

const lineStemSetCache = new WeakMap<ResumeLine, ReadonlySet<string>>();
function lineStemSet(line: ResumeLine): ReadonlySet<string> {
  let set = lineStemSetCache.get(line);
  if (!set) {
    set = new Set(lineStems(line));
    lineStemSetCache.set(line, set);
  }
  return set;
}

export function keywordEvidence(spec: CriterionSpec, src: Sources): Evidence {
  const subject = spec.keywords.filter((k) => !FORM_WORDS.has(k));
  // One word is too common to carry a match alone, unless it is a short capitalised name.
  const keys = (subject.length >= 2 || spec.acronyms.includes(subject[0] ?? "") ? subject : spec.keywords).slice(0, 8);
  // A degree, licence or certification is proven where credentials are listed, as a role
  // proves a skill; the same words with a junior grade ("… Assistant license") are another
  // credential.
  const credentialLike = spec.credential || spec.keywords.includes("degree");
  const requirement = spec.keywords.join(" ");
  if (keys.length === 0)
    return { strength: 0.5, status: "unverified", quote: null, reason: "unverified: criterion has no checkable terms" };
  // A screening question about the same thing ("Are you able to work night shifts?") answers it.
  let affirmed: Evidence | null = null;
  for (const qa of src.answers) {
    const qStems = stemsOf(qa.question);
    const overlap = keys.filter((k) => qStems.includes(k)).length;
    if (overlap < Math.min(2, keys.length)) continue;
    if (NEGATIVE.test(qa.answer))
      return {
        strength: 0,
        status: "contradicted",
        quote: null,
        reason: `contradicted by: screening answer "${quote(qa.answer, 80)}"`,
      };
    if (POSITIVE.test(qa.answer)) {
      affirmed = {
        strength: 1,
        status: "met",
        quote: `screening answer: ${quote(`${qa.question} — "${qa.answer}"`, 120)}`,
        reason: null,
      };
      break;
    }
  }
  let total = 0;
  let bestLine: ResumeLine | null = null;
  let bestHits = 0;
  for (const line of src.resume.lines) {
    if (credentialLike && CREDENTIAL_SECTIONS.has(line.section) && juniorGradeOnly(requirement, line.text)) continue;
    let stems = lineStemSet(line);
    // "NEC" in a resume stands for "National Electrical Code" in the criterion.
    for (const a of spec.aliases) {
      const adds = a.re.test(line.text) ? a.stems : a.stems.every((x) => stems.has(x)) ? contentStems(a.abbr) : [];
      // …and the long name spelled out stands for "(MSW)": the criterion names one thing twice.
      if (adds.length > 0) stems = new Set([...stems, ...adds]);
    }
    // A short capitalised name ("GCP", "EDC") is specific: it counts as two ordinary words.
    let hits = 0;
    for (const k of keys) {
      if (stems.has(k)) hits += spec.acronyms.includes(k) ? 2 : 1;
      else
        for (const x of stems)
          if (x.length >= 5 && (x.startsWith(k) || k.startsWith(x))) {
            hits += spec.acronyms.includes(k) ? 2 : 1;
            break;
          }
    }
    if (hits > bestHits) {
      bestHits = hits;
      bestLine = line;
    }
  }
  // A "yes" stands, but a resume that names the requirement only in its skills list is still
  // read as such: several of those with no role behind them is a keyword-stuffed profile.
  if (affirmed)
    return bestLine?.section === "skills" && src.resume.roles.length > 0
      ? { ...affirmed, reason: `${SKILLS_ONLY}; affirmed in a screening answer` }
      : affirmed;
  // "Cvent or Aventri" in a role, for "an event registration platform (Cvent, Bizzabo, Swoogo or
  // similar)": one of the criterion's own named examples, used in the work, meets it.
  const example = namedExample(spec, src);
  if (example) return { strength: 0.9, status: "met", quote: `"${quote(example.text)}"`, reason: null };
  if (bestLine) {
    const w =
      bestLine.role !== null || (credentialLike && CREDENTIAL_SECTIONS.has(bestLine.section))
        ? 1
        : bestLine.section === "skills"
          ? 0.3
          : 0.6;
    total = Math.min(1, (bestHits / Math.min(keys.length, 4)) * w);
  }
  void stem;
  // "Certifications (lapsed 2021): APCO PST, IAED EMD": a credential named on a line that says it
  // has lapsed is not held, as the vocabulary's own mentions are read.
  if (bestLine && credentialLike && total >= 0.25 && expiredItem(bestLine.text, keys))
    return {
      strength: Math.min(total, 0.1),
      status: "contradicted",
      quote: null,
      reason: `contradicted by: ${quote(bestLine.text, 80)}`,
    };
  if (total === 0) {
    // Free-text criteria are matched by keywords only, so silence is weak evidence: unknown,
    // not a disqualifying miss.
    return {
      strength: 0.15,
      status: "unverified",
      quote: null,
      reason: "unverified: not addressed in the resume or screening answers",
    };
  }
  return {
    strength: total,
    status: statusOf(total),
    quote: bestLine ? `"${quote(bestLine.text)}"` : null,
    reason:
      total >= 0.7
        ? null
        : // One word of several in a skills list ("ServiceNow" for "customer service") is not the
          // requirement listed: it must carry half the words to count as listed.
          bestLine?.section === "skills" && bestHits * 2 >= Math.min(keys.length, 4)
          ? `unverified: ${SKILLS_ONLY}`
          : SOME_TERMS,
  };
}

/**
 * "ServSafe current · Forklift card (expired)": the item carrying the criterion's words has lapsed;
 * "Certifications (lapsed 2021): APCO PST, IAED EMD": a label says it of every item.
 */
function expiredItem(line: string, keys: readonly string[]): boolean {
  const label = /^([^:]{1,60}):\s*\S/.exec(line)?.[1];
  if (label !== undefined && EXPIRED.test(label)) return true;
  return line
    .split(CLAUSE_BREAK)
    .some((item) => EXPIRED.test(item) && keywordStemsMatch(contentStems(item), { keywords: [...keys] }));
}

/** A role or credential line naming one of the criterion's examples as a whole word. */
function namedExample(spec: CriterionSpec, src: Sources): ResumeLine | null {
  if (spec.examples.length === 0) return null;
  const res = spec.examples.map(
    (e) => new RegExp(`(?<![a-z0-9])${e.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![a-z0-9])`),
  );
  return (
    src.resume.lines.find(
      (l) => (l.role !== null || CREDENTIAL_SECTIONS.has(l.section)) && res.some((re) => re.test(l.lower)),
    ) ?? null
  );
}

/**
 * Said of free text when a line carries some of the criterion's words: the wording may differ while
 * the work is the same, so the score reads it as uncertain rather than short (score.ts, checks.ts).
 */
export const SOME_TERMS = "partly evidenced: only some of the criterion's terms appear";

/** Evidence that is only some of the criterion's words in a line. */
export function someTermsOnly(evidence: Evidence): boolean {
  return evidence.status === "partial" && evidence.reason === SOME_TERMS;
}

/** Said of a requirement the resume names only in a skills list; the stuffed-profile check reads it. */
export const SKILLS_ONLY = "listed only in the skills section";
