// Criteria generation: posting → 5–8 verifiable criteria with the posting's own importance.
// Each requirement item becomes one draft; drafts are de-duplicated, ranked by importance and
// posting order, and trimmed or merged to fit 5–8. Clarification answers then adjust them.

import { type PostingItem, parsePosting } from "./posting";
import { AUTH_RE, LOCATION_RE, YEARS_RE } from "./spec";
import type { ClarificationAnswer, ClarificationQuestion, GeneratedCriterion, Importance, JobContext } from "./types";
import { fitWords, tidy } from "./wording";
import { type ConceptKind, conceptById, findConcepts } from "./vocabulary";
import { parseCount, words } from "./text";

export type DraftKind = "years" | "auth" | "location" | "degree" | "concepts" | "free" | "role";

export interface Draft {
  text: string;
  importance: Importance;
  order: number;
  kind: DraftKind;
  conceptIds: string[];
  /** Importance came from a sentence cue rather than a section heading. */
  explicit: boolean;
}

export interface PostingAnalysis {
  drafts: Draft[];
  /** Skills/credentials the posting names, in order, for the must-have question. */
  skills: { id: string; label: string }[];
  years: number | null;
  mentionsAuth: boolean;
  mentionsLocation: boolean;
  place: string | null;
  /** Job title without seniority words, for role-based criteria. */
  roleName: string;
}

const RANK: Record<Importance, number> = { MUST_HAVE: 0, PREFERRED: 1, NICE_TO_HAVE: 2 };
const SKILL_KINDS: ConceptKind[] = ["skill", "licence", "certification", "degree", "language", "domain"];

function placeOf(text: string): string | null {
  const m =
    /\b(?:in|within) (the (?:United States|United Kingdom|US|UK|EU|European Union)|the U\.S\.|(?:the )?(?:US|UK|USA|Canada|Australia|Ireland|Germany|India|Ohio|Texas|California|New York))\b/.exec(
      text,
    );
  return m?.[1] ?? null;
}

function roleNameOf(title: string): string {
  return title
    .replace(/\s*[—–|(-].*$/, "")
    .replace(
      /\b(?:senior|sr\.?|junior|jr\.?|lead|principal|staff|mid-level|mid|entry-level|associate|ii|iii|iv)\b/gi,
      "",
    )
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

function draftFromItem(item: PostingItem, importance: Importance): Draft {
  const conceptHits = findConcepts(item.text);
  const conceptIds = [...new Set(conceptHits.map((h) => h.concept.id))];
  const explicit = item.cue !== null;
  const base = { importance, order: item.order, conceptIds, explicit };

  if (AUTH_RE.test(item.text)) {
    const place = placeOf(item.text) ?? "the hiring country";
    return {
      ...base,
      kind: "auth",
      text: fitWords(`Legally authorised to work in ${place} without needing visa sponsorship`, "auth"),
    };
  }
  const ym = YEARS_RE.exec(item.text);
  if (ym && ym[1] !== undefined) {
    const n = parseCount(ym[1]) ?? 1;
    const after = tidy(item.text.slice((ym.index ?? 0) + ym[0].length)).replace(/^[,\s]+/, "");
    const rest = after.length > 0 ? after[0]!.toLowerCase() + after.slice(1) : "relevant professional experience";
    // "A licensed electrician with 4+ years of experience": the years are of what comes before.
    const subject = subjectBefore(item.text.slice(0, ym.index ?? 0));
    if (
      subject &&
      /^(?:of\s+)?(?:relevant\s+|professional\s+|related\s+|hands-on\s+|industry\s+)?(?:work\s+)?experience\b[.\s]*$|^$/i.test(
        after,
      )
    )
      return {
        ...base,
        kind: "years",
        text: fitWords(`At least ${n} ${n === 1 ? "year" : "years"} of experience as ${subject}`, "years"),
      };
    return { ...base, kind: "years", text: fitWords(`At least ${n} ${n === 1 ? "year" : "years"} ${rest}`, "years") };
  }
  let text = tidy(item.text);
  // "Advanced SQL — you will write it every day": keep the requirement, drop the aside if it names nothing.
  const dash = text.split(/\s+[\u2014\u2013]\s+|\s+-\s+/);
  const aside = dash.slice(1).join(" ");
  if (
    dash.length > 1 &&
    dash[0] &&
    (findConcepts(aside).length === 0 || /^(?:tell us|you will|you'll|we |please|ideally)/i.test(aside))
  )
    text = dash[0];
  const firstKind = conceptHits[0]?.concept.kind;
  if (conceptHits.some((h) => h.concept.kind === "degree"))
    return { ...base, kind: "degree", text: fitWords(text, "degree") };
  if (firstKind) return { ...base, kind: "concepts", text: fitWords(text, firstKind) };
  if (LOCATION_RE.test(item.text)) return { ...base, kind: "location", text: fitWords(text, "free") };
  // Availability-type requirements are answered in screening questions, not work history.
  const screening = /\b(?:availab\w*|shifts?|weekends?|nights?|travel|schedule|start date|overtime|on[- ]call)\b/i.test(
    text,
  );
  return { ...base, kind: "free", text: fitWords(text, screening ? "auth" : "free") };
}

const YOU_WILL_RE = /^(?:you will|you'll|you are going to)\s+(?=\w)/i;

/** "You are a licensed electrician with" → "a licensed electrician"; null when nothing is named. */
function subjectBefore(text: string): string | null {
  let t = tidy(text).replace(/^(?:you are|you're|we need|we want|looking for)\s+/i, "");
  for (let i = 0; i < 3; i++)
    t = t.replace(/[\s,:;(-]*\b(?:with|having|and|who has|minimum|min\.?|at least|of|over)?[\s,:;(-]*$/i, "");
  const n = words(t).length;
  if (n < 1 || n > 8 || !/[a-z]{3,}/i.test(t)) return null;
  // Lower-case a capitalised first word ("Licensed"), not an abbreviation ("RN").
  return /^[A-Z][a-z]/.test(t) ? t[0]!.toLowerCase() + t.slice(1) : t;
}

const CREDENTIAL_RE =
  /\b(?:certified|certification|certificate|credential|licen[cs]e[ds]?|licensure|registration|registered)\b/i;

/**
 * "Has a CPA and at least 2 years of accounting experience" is two requirements: a years
 * clause and a credential clause are split so each becomes its own checkable criterion.
 */
function splitYears(item: PostingItem): PostingItem[] {
  const parts = item.text.split(/\s+and\s+/);
  if (parts.length < 2) return [item];
  const withYears = parts.filter((p) => YEARS_RE.test(p));
  // A clause naming a credential is a requirement of its own even when the vocabulary lacks it
  // ("your ISA Certified Arborist credential and at least 3 years of climbing").
  const without = parts.filter(
    (p) =>
      !YEARS_RE.test(p) &&
      (findConcepts(p).some((h) => h.concept.kind !== "role" && h.concept.kind !== "domain") || CREDENTIAL_RE.test(p)),
  );
  if (withYears.length !== 1 || without.length === 0 || withYears.length + without.length !== parts.length)
    return [item];
  return [
    { ...item, text: withYears[0]! },
    { ...item, text: without.join(" and "), order: item.order + 0.5 },
  ];
}

export function analysePosting(ctx: JobContext): PostingAnalysis {
  const items = parsePosting(ctx.jobDescription, ctx.additionalInfo);
  const drafts: Draft[] = [];
  const skills: { id: string; label: string }[] = [];
  let years: number | null = null;
  // A posting written as "You will …" sentences (three or more) with no requirement section
  // ("You will climb… You will carry your licence…") states what it asks for only as the
  // candidate's duties: those sentences are its requirements (preferred unless a cue says
  // otherwise), however long and in whatever words. One "You will care for…" sentence in a prose
  // posting that states its requirements elsewhere is only the job's description.
  const youWill = (i: PostingItem) =>
    (i.section === "prose" || i.section === "duties") && YOU_WILL_RE.test(i.text.trim()) && words(i.text).length >= 4;
  const statedOnlyAsDuties =
    !items.some((i) => i.section === "must" || i.section === "preferred" || i.section === "nice") &&
    items.filter(youWill).length >= 3;
  for (const raw of items) {
    const asDuty = statedOnlyAsDuties && youWill(raw);
    const item = asDuty
      ? {
          ...raw,
          text: raw.text.trim().replace(YOU_WILL_RE, ""),
          importance: raw.importance ?? ("PREFERRED" as const),
        }
      : raw;
    if (item.importance === null) continue;
    // Prose about the company or team ("We are growing and need…") is not a requirement; a
    // short cued sentence about the candidate ("Weekend availability needed.") is.
    const aboutUs = /^(?:we|we're|our|join|at|this|the team|the company)\b/i.test(item.text.trim());
    const checkable = findConcepts(item.text).length > 0 || AUTH_RE.test(item.text) || YEARS_RE.test(item.text);
    if (
      !asDuty &&
      item.section === "prose" &&
      !checkable &&
      (aboutUs || item.cue === null || words(item.text).length > 16)
    )
      continue;
    for (const part of splitYears(item)) {
      const d = draftFromItem(part, item.importance);
      if (d.kind === "years" && years === null) years = parseCount(YEARS_RE.exec(part.text)?.[1] ?? "") ?? null;
      drafts.push(d);
      for (const id of d.conceptIds) {
        const c = conceptById(id);
        if (c && SKILL_KINDS.includes(c.kind) && !skills.some((s) => s.id === id)) skills.push({ id, label: c.label });
      }
    }
  }
  // Duties are how the job is done; their tools are fair criteria when requirements are thin.
  for (const item of items) {
    if (item.section !== "duties") continue;
    for (const h of findConcepts(item.text)) {
      if (SKILL_KINDS.includes(h.concept.kind) && !skills.some((s) => s.id === h.concept.id))
        skills.push({ id: h.concept.id, label: h.concept.label });
    }
  }
  const all = `${ctx.jobDescription}\n${ctx.additionalInfo ?? ""}`;
  return {
    drafts,
    skills: skills.slice(0, 12),
    years,
    mentionsAuth: AUTH_RE.test(all) || /\bvisa\b|\bsponsor/i.test(all),
    mentionsLocation: LOCATION_RE.test(all) || /\bremote\b/i.test(all),
    place: placeOf(all),
    roleName: roleNameOf(ctx.jobTitle),
  };
}

function sameRequirement(a: Draft, b: Draft): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "auth" || a.kind === "years" || a.kind === "location") return true;
  if (a.conceptIds.length === 0 || b.conceptIds.length === 0) return a.text.toLowerCase() === b.text.toLowerCase();
  return a.conceptIds.length === b.conceptIds.length && a.conceptIds.every((id) => b.conceptIds.includes(id));
}

function mergeBonus(drafts: Draft[], importance: Importance): Draft | null {
  const labels: string[] = [];
  const ids: string[] = [];
  for (const d of drafts) {
    for (const id of d.conceptIds) {
      const c = conceptById(id);
      if (!c || ids.includes(id)) continue;
      // Skip a concept already covered by a broader one in the list ("Terraform" under IaC stays explicit).
      ids.push(id);
      labels.push(c.label);
    }
  }
  if (labels.length === 0) return null;
  const list = labels.length === 1 ? labels[0]! : `${labels.slice(0, -1).join(", ")} or ${labels[labels.length - 1]!}`;
  const order = Math.min(...drafts.map((d) => d.order));
  return {
    text: fitWords(`Additional experience with ${list}; any one of these counts`, "skill"),
    importance,
    order,
    kind: "concepts",
    conceptIds: ids,
    explicit: false,
  };
}

const SENIORITY_YEARS: [RegExp, number][] = [
  [/junior|entry|graduate/i, 1],
  [/mid/i, 3],
  [/senior/i, 5],
  [/lead|principal|staff|head/i, 8],
];

export function seniorityYears(answer: string): number | null {
  for (const [re, n] of SENIORITY_YEARS) if (re.test(answer)) return n;
  return null;
}

function byPriority(a: Draft, b: Draft): number {
  return (
    RANK[a.importance] - RANK[b.importance] ||
    (a.kind === "free" ? 1 : 0) - (b.kind === "free" ? 1 : 0) ||
    a.order - b.order
  );
}

/** Criteria added when a posting states fewer than five requirements: the engine's, not the posting's. */
function fillerTexts(roleName: string): string[] {
  return [
    `Previously held ${/^[aeiou]/i.test(roleName) ? "an" : "a"} ${roleName || "similar"} role or one with closely comparable responsibilities`,
    `Clear written communication of results and decisions to colleagues and non-technical stakeholders`,
    `Track record of measurable results or accomplishments described in recent roles`,
    `Work history shows progression and stability in roles related to this position`,
    `Experience in a team setting collaborating closely with colleagues from other functions`,
  ];
}

const JOB_CONDITION =
  /\b(?:travel\w*|rotas?|shifts?|weekends?|nights?|on[- ]call|standby|call-?back|overtime|throughout (?:your )?employment|driv(?:er'?s|ing) licen[cs]e|background (?:check|investigation)|drug (?:test|screen)|lift(?:ing)?|relocat\w*)\b/i;

const openingOf = (t: string) => t.split(/\s+/).slice(0, 6).join(" ").toLowerCase();
// The fillers' openings, computed once: every criterion of every resume scored asks.
let fillerOpenings: ReadonlySet<string> | null = null;

/** A criterion the engine added to fill the list (fillerTexts), recognised by its fixed wording. */
export function isFillerCriterion(text: string): boolean {
  let filler = fillerCache.get(text);
  if (filler === undefined) {
    fillerOpenings ??= new Set(fillerTexts("").slice(1).map(openingOf));
    filler =
      /^previously held an? .+ role or one with closely comparable/i.test(text) || fillerOpenings.has(openingOf(text));
    if (fillerCache.size > 5000) fillerCache.clear();
    fillerCache.set(text, filler);
  }
  return filler;
}
const fillerCache = new Map<string, boolean>();

export function buildCriteria(
  ctx: JobContext,
  answers: ClarificationAnswer[] = [],
  questions?: ClarificationQuestion[],
): GeneratedCriterion[] {
  const analysis = analysePosting(ctx);
  let drafts: Draft[] = [];
  for (const d of analysis.drafts) {
    const dup = drafts.find((x) => sameRequirement(x, d));
    if (!dup) drafts.push({ ...d });
    else if (RANK[d.importance] < RANK[dup.importance]) dup.importance = d.importance;
  }

  applyAnswers(drafts, analysis, answers, questions);

  // Fewer than five: add tools used in the duties, then the role itself.
  drafts.sort(byPriority);
  const covered = new Set(drafts.flatMap((d) => d.conceptIds));
  const spare = analysis.skills.filter((s) => !covered.has(s.id));
  for (let i = 0; drafts.length < 5 && i < spare.length; i += 2) {
    const pair = spare.slice(i, i + 2);
    const list = pair.map((s) => s.label).join(" and ");
    drafts.push({
      text: fitWords(`Hands-on experience with ${list}, as used in this role's day-to-day work`, "skill"),
      importance: "PREFERRED",
      order: 1000 + i,
      kind: "concepts",
      conceptIds: pair.map((s) => s.id),
      explicit: false,
    });
  }
  const fillers = fillerTexts(analysis.roleName);
  for (let i = 0; drafts.length < 5 && i < fillers.length; i++) {
    drafts.push({
      text: fitWords(fillers[i]!, "free"),
      importance: i === 0 ? "PREFERRED" : "NICE_TO_HAVE",
      order: 2000 + i,
      kind: i === 0 ? "role" : "free",
      conceptIds: [],
      explicit: false,
    });
  }

  // More than eight: fold the nice-to-haves into one "any of" criterion, then drop the weakest.
  drafts.sort(byPriority);
  if (drafts.length > 8) {
    const nice = drafts.filter((d) => d.importance === "NICE_TO_HAVE" && d.conceptIds.length > 0);
    if (nice.length >= 2) {
      const merged = mergeBonus(nice, "NICE_TO_HAVE");
      if (merged) drafts = [...drafts.filter((d) => !nice.includes(d)), merged].sort(byPriority);
    }
  }
  if (drafts.length > 8) {
    const pref = drafts.filter((d) => d.importance === "PREFERRED" && d.conceptIds.length > 0 && !d.explicit);
    if (drafts.length - pref.length + 1 <= 8 && pref.length >= 2) {
      const merged = mergeBonus(pref, "PREFERRED");
      if (merged) drafts = [...drafts.filter((d) => !pref.includes(d)), merged].sort(byPriority);
    }
  }
  // Then the weakest go, but never a must-have: "typically 5–8" is not a limit in Nova's contract,
  // and silently dropping a requirement the recruiter asked for (a ninth must-have from a
  // clarifying answer) would score every candidate against a job they did not describe.
  // More than eight must-haves: the job's conditions (a rota, travel between sites, a licence to
  // drive) are what screening questions settle; they step down to preferred before any
  // qualification is dropped.
  for (let i = drafts.length - 1; i >= 0 && drafts.filter((d) => d.importance === "MUST_HAVE").length > 8; i--)
    if (drafts[i]!.importance === "MUST_HAVE" && JOB_CONDITION.test(drafts[i]!.text))
      drafts[i]!.importance = "PREFERRED";
  drafts.sort(byPriority);
  const musts = drafts.filter((d) => d.importance === "MUST_HAVE").length;
  drafts = drafts.slice(0, Math.max(8, musts));
  return drafts.map((d) => ({ text: d.text, importance: d.importance }));
}

/** Which kind of clarification question this is, from its id (our own questions) or its wording. */
export function questionKind(q: ClarificationQuestion | undefined): "seniority" | "must-skills" | "location" | null {
  if (!q) return null;
  const t = q.question.toLowerCase();
  if (/seniority|level/.test(t)) return "seniority";
  if (/must[- ]have|essential|required|non-negotiable/.test(t)) return "must-skills";
  if (/authori[sz]|location|on-?site|relocat|sponsor|based/.test(t)) return "location";
  return null;
}

function applyAnswers(
  drafts: Draft[],
  analysis: PostingAnalysis,
  answers: ClarificationAnswer[],
  questions: ClarificationQuestion[] | undefined,
): void {
  for (const a of answers) {
    const q = questions?.find((x) => x.id === a.id);
    const kind = questionKind(q);
    const values = Array.isArray(a.value) ? a.value : [a.value];
    if (kind === "seniority") {
      const n = seniorityYears(values[0] ?? "");
      if (n === null) continue;
      const existing = drafts.find((d) => d.kind === "years");
      const level = (values[0] ?? "").replace(/\s*\(.*$/, "").toLowerCase();
      const text = fitWords(
        `At least ${n} years of ${analysis.roleName || "relevant"} experience at ${level} level, shown by role dates`,
        "years",
      );
      if (existing) {
        existing.text = text;
      } else {
        drafts.push({ text, importance: "MUST_HAVE", order: -1, kind: "years", conceptIds: [], explicit: true });
      }
    } else if (kind === "must-skills") {
      const chosen = analysis.skills.filter((s) => values.some((v) => v.toLowerCase() === s.label.toLowerCase()));
      const chosenIds = new Set(chosen.map((s) => s.id));
      for (const d of drafts) {
        if (d.kind !== "concepts" && d.kind !== "degree") continue;
        if (d.conceptIds.some((id) => chosenIds.has(id))) d.importance = "MUST_HAVE";
        // The recruiter listed the must-haves; skills only a heading made mandatory step down.
        else if (d.importance === "MUST_HAVE" && !d.explicit) d.importance = "PREFERRED";
      }
      for (const s of chosen) {
        if (drafts.some((d) => d.conceptIds.includes(s.id))) continue;
        drafts.push({
          text: fitWords(`Hands-on professional experience with ${s.label}, shown in recent roles`, "skill"),
          importance: "MUST_HAVE",
          order: -1,
          kind: "concepts",
          conceptIds: [s.id],
          explicit: true,
        });
      }
    } else if (kind === "location") {
      const v = (values[0] ?? "").toLowerCase();
      const needAuth = /authori[sz]|both/.test(v);
      const needLocation = /location|on-?site|hybrid|both/.test(v);
      const none = /neither|not a requirement|no requirement/.test(v);
      const place = analysis.place ?? "the hiring country";
      const authIdx = drafts.findIndex((d) => d.kind === "auth");
      if ((needAuth || needLocation) && !none && needAuth && authIdx < 0) {
        drafts.push({
          text: fitWords(`Legally authorised to work in ${place} without needing visa sponsorship`, "auth"),
          importance: "MUST_HAVE",
          order: -1,
          kind: "auth",
          conceptIds: [],
          explicit: true,
        });
      }
      if (none && authIdx >= 0) drafts.splice(authIdx, 1);
      const locIdx = drafts.findIndex((d) => d.kind === "location");
      if (needLocation && locIdx < 0) {
        drafts.push({
          text: fitWords(`Able to work on-site or hybrid at the posted location as scheduled`, "free"),
          importance: "MUST_HAVE",
          order: -1,
          kind: "location",
          conceptIds: [],
          explicit: true,
        });
      }
      if (none && locIdx >= 0) drafts.splice(locIdx, 1);
    }
  }
}

/** Exposed for tests: the word count rule every criterion obeys. */
export function criterionWordCount(text: string): number {
  return words(text).length;
}
