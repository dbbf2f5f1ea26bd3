// Reads a job posting in whatever style it was written — bullet lists, prose, numbered lists,
// question-style or playful headings — into requirement items, each with the importance the
// posting itself signals. Section headings set a default; cue words in the sentence override it.

import type { Importance } from "./types";
import { SENTENCE_BREAK, normalise, words } from "./text";

export type PostingSection = "must" | "preferred" | "nice" | "duties" | "ignore" | "prose";

export interface PostingItem {
  text: string;
  section: PostingSection;
  /** Importance from the item's own words, if any. */
  cue: Importance | null;
  /** Importance after combining section default and cue; null = not a requirement. */
  importance: Importance | null;
  order: number;
}

// Sentence cues. Checked nice → preferred → must so "strongly preferred" or "a plus" are not
// read as requirements just because they contain "experience required elsewhere".
const NICE_CUE =
  /\((?:nice|optional)\)|\b(?:nice[- ]to[- ]have|nice to|a plus|is a plus|would be a plus|bonus|a bonus|great to have|not required|extra credit|even better|an advantage|a bonus)\b/i;
const PREFERRED_CUE =
  /\b(?:preferred|preferably|pref\b\.?|strongly|ideally|should (?:be|have|know|hold|bring)|ideal candidate|desirable|desired|advantageous|we'd love|we would love|(?:a )?(?:big|huge|major|real) plus)\b/i;
// "Need 7+ yrs as a superintendent" opens a terse ad's requirement; "Sat as needed" does not.
const MUST_CUE =
  /\b(?:must|required|requires|require|essential|minimum|mandatory|need to|needs to|(?<!as )needed|you will need|you'll need|non-negotiable|at least)\b|^(?:we )?need\s+(?!(?:a|an|the|someone|somebody)\b)/i;

// "3+ years of accounting, ideally including public accounting": the trailing qualifier is a
// preference about the detail, not about the requirement itself.
const TRAILING_QUALIFIER = /[,;(\u2014-]\s*(?:ideally|preferably|especially|bonus if|a plus if|even better if)\b.*$/i;

// "Must obtain CPR certification within six (6) months of hire": something to get once hired is
// not something to screen applicants on; holding it already is a bonus.
const AFTER_HIRE =
  /\b(?:within|in)\s+(?:the\s+first\s+)?(?:\w+\s+){0,2}(?:\(\d+\)\s+)?(?:days?|weeks?|months?|years?)\s+(?:of|after|from)\s+(?:hire|hiring|start|starting|employment|appointment|joining)\b|\bupon (?:hire|appointment)\b/i;

// A duty that says "within required timelines" describes the work; only a qualification (years,
// a degree, a licence or certificate) stated among the duties is a requirement.
const QUALIFICATION =
  /\b(?:\d+\+?\s*(?:years?|yrs)|(?:one|two|three|four|five|six|seven|eight|nine|ten) (?:\(\d+\) )?years?|degree|diploma|licen[cs]\w*|certif\w*|registered|authori[sz]\w*|must (?:have|hold|possess|be))\b/i;

// Personal qualities every posting asks for ("excellent organization, attention to detail"): a
// resume cannot show them and a recruiter judges them at interview, so they never gate.
const PERSONAL_QUALITY =
  /\b(?:excellent|strong|good|great|outstanding|exceptional|effective|solid|proven|demonstrated)\b|\b(?:written|verbal|oral|interpersonal|communication|organi[sz]ation(?:al)?|time[- ]management|problem[- ]solving|multi-?task(?:ing)?|prioriti[sz]\w*|skills?|abilit(?:y|ies)|attention to detail|detail[- ]oriented|team player|self[- ]starter|self[- ]motivated|work(?:s|ing)? independently|positive attitude|work ethic|flexib\w+|adaptab\w+|reliab\w+|punctual\w*|composure|calm under pressure|professional(?:ism)?|demeanou?r|manage competing priorities|competing priorities|fast[- ]paced environment|dependab\w+|judge?ment|integrity|initiative|working effectively with others|and|or|the|to|a|an|in|with|as|well|both|ability to)\b/gi;

// What every posting says around its requirements: equal-opportunity and accommodation notices,
// an HR template's disclaimers, how to apply, pay and benefits, hashtags.
const BOILERPLATE =
  /\b(?:equal (?:opportunity|employment)|reasonable accommodations?|individuals? with (?:a )?disabilit|applicants with a disability|guaranteed an interview|other duties (?:as|may be) assigned|from time to time|not (?:mentioned|listed) below|representative of (?:the|those)|perform each essential|summary of the essential functions|please apply|apply (?:anyway|now|today|via|through|online|here|in \d+ minutes|at\b)|apply for this job|how to apply|to apply\b|call or text|\bEOE\b|e-verify|(?:does not|do not|don't) discriminate|hired subject to|applications (?:must include|will be screened)|incomplete applications|letters? of (?:reference|interest)|such alternatives to the above|\b\d{3}[-.\s]\d{3}[-.\s]\d{4}\b|401\(?k\)?|403\(?b\)?|paid (?:time off|holidays|parental leave)|PTO\b|per (?:annum|hour)|\/(?:hr|yr)\b|in order to be considered|meet the essential qualifications)|^\*(?=[A-Za-z])|^[$£€]\s?\d|^(?:#\w+\s*)+$|^the following\b[^:]*$/i;
// A public-sector announcement's fine print (Selective Service, probation, how experience is
// credited): dropped a whole sentence at a time, since "To receive credit, your resume must show
// start and end dates…" read item by item would leave "end dates" as a requirement.
const FINE_PRINT =
  /\b(?:selective service|probationary period|onboarding process|subject to (?:a )?(?:background|security)|bargaining unit|veterans'? preference|(?:experience|education) refers to|will be credited|to receive credit|no (?:educational )?substitution|if claiming|if qualifying on|your resume must)\b/i;

/** Nothing left once personal qualities and their adjectives are taken out. */
export function personalQualitiesOnly(text: string): boolean {
  // "…, including with patients, carers and the MDT" says with whom, not what else.
  const rest = text
    .replace(/,?\s+including\b.*$/i, "")
    .replace(PERSONAL_QUALITY, " ")
    .replace(/[^A-Za-z]+/g, " ")
    .trim();
  return words(text).length >= 3 && words(rest).length <= 1;
}

// "Marketed a brand on Shopify (Plus is a bonus)", "Bachelor's degree (Master's preferred)": a cue
// inside an aside that names something of its own is about that detail, not the item. An aside
// that is only a cue ("(a big plus)", "(strongly preferred)") tags the item.
const DETAIL_ASIDE =
  /\((?!\s*(?:a|an|big|huge|strongly|highly|very|nice|preferred|required|desired|desirable|essential|optional|bonus|must|ideally|preferably|not)\b)[^()]*\)/gi;

export function importanceCue(text: string): Importance | null {
  if (AFTER_HIRE.test(text) && /\b(?:obtain|get|earn|acquire|complete|achieve|gain)\b/i.test(text))
    return "NICE_TO_HAVE";
  const own = text.replace(DETAIL_ASIDE, " ");
  if (own !== text && own.trim().length > 0) return importanceCue(own);
  const head = text.replace(TRAILING_QUALIFIER, "");
  if (head !== text && head.trim().length > 0) {
    const h = importanceCue(head);
    if (h !== null) return h;
    return MUST_CUE.test(text) ? "MUST_HAVE" : null;
  }
  if (NICE_CUE.test(text)) return "NICE_TO_HAVE";
  if (PREFERRED_CUE.test(text)) return "PREFERRED";
  if (MUST_CUE.test(text)) return "MUST_HAVE";
  return null;
}

// Heading → section. Order matters: "Preferred qualifications" is preferred, not a requirement.
const HEADINGS: [PostingSection, RegExp][] = [
  // "Essential Duties and Responsibilities", "Supervisory Responsibilities": duties, whatever
  // else the heading says.
  ["duties", /\b(?:duties|responsibilit\w*|essential functions)\b/i],
  // An HR template's conditions and boilerplate skills: for the interview, not the screen.
  ["ignore", /\b(?:physical (?:demands|requirements)|work(?:ing)? (?:environment|conditions))\b/i],
  ["nice", /^(?:language|mathematical|reasoning|computer) (?:skills|ability)$/i],
  // Assessed at interview, never screened on a resume.
  ["nice", /^personal (?:suitability|qualities|attributes)$/i],
  // One-word labels ("Must:", "Should:", "Experience: 3+ years…", "Licenses: …"): whole-heading
  // matches only, so a short line that merely starts with the word is not taken for a heading.
  [
    "must",
    /^(?:musts?|must haves?|essentials?|you are|you're|experience|education|licen[cs](?:e|es|ure)|certifications?|credentials)$/i,
  ],
  ["preferred", /^(?:should|shoulds|should haves?)$/i],
  ["nice", /^(?:could|coulds|could haves?)$/i],
  [
    "ignore",
    /\b(?:about (?:us|the company|the team)|who (?:are we|we are)|benefits?|perks|what we offer|we offer|compensation|salary|pay|why (?:join|work)|our culture|equal opportunit|how to apply|location|the company|selection process|(?:hiring|application|interview|recruitment) process|next steps|hybrid|remote work|work(?:ing)? arrangements?|schedule|application procedure|terms of employment|reports to|additional information|required documents|how you will be evaluated|what to submit|job type|expected hours|supplemental pay|ability to (?:commute|relocate)|work location|shift availability)\b/i,
  ],
  [
    "nice",
    /\b(?:nice[- ]to[- ]haves?|would be nice|bonus|a plus|pluses|extra credit|extra points|even better|not required but|brownie points|icing)\b|^plus$/i,
  ],
  [
    "preferred",
    /\b(?:preferred|ideally|desirable|you'?ll thrive|thrive if|stand out|great if|(?:it )?would be (?:great|ideal)|good to have|we'?d love|what would make you|plus points|helpful|useful|assets?|an asset|(?:an )?advantage|advantageous|desired|sets? you apart)\b/i,
  ],
  [
    "must",
    /\b(?:requirements?|required|must[- ]haves?|must have|non[- ]negotiables?|deal[- ]?breakers?|what we(?:'re| are) after|what we want|your background|your profile|(?:core )?competencies|what we expect|who we(?:'re| are) looking for|the person|person specification|candidate profile|necessary|mandatory|we require|education (?:&|and) experience|licen[cs](?:es|ure)s? (?:&|and) certifications?|certifications? (?:&|and) licen[cs]es?|(?:successful|ideal) candidate will have|(?:you )?(?:might|may|could) be a (?:good |great )?fit|(?:you'?re|you are) a (?:good |great )?(?:fit|match)|a (?:good |great )?fit if|this (?:role|job) is for you if|you(?:'ll| will) have|what (?:do |will |would )?you(?:'ll| will)? need|what we need from you|what we(?:'re| are) looking for|qualifications|who you are|about you|you have|you bring|what you(?:'ll| will)? bring|what do you bring|who are you|what (?:do )?you need|minimum qualifications|essential|minimum|skills|experience needed|you should have|is this you)\b/i,
  ],
  [
    "duties",
    /\b(?:what you'?ll do|what will you do|what you will do|responsibilit|the role|day[- ]to[- ]day|your impact|duties|you will|in this role|the job|what the job involves)\b/i,
  ],
];

// The words a posting uses to name an importance: in a "(required)" tag or a table's level cell.
const LEVEL_WORDS = String.raw`required|preferred|optional|desired|desirable|essential|nice[- ]to[- ]have|nice|a plus|bonus|must(?:[- ]have)?`;
const IMPORTANCE_TAG = new RegExp(String.raw`\s*\((?:${LEVEL_WORDS})\)`, "gi");

// Check marks, arrows and "(1)" number items as bullets do.
const MARK = String.raw`[-*•·▪●◦✓✔☑→➔➜➤►▸>]|\d{1,2}[.)]|\(\d{1,2}\)|[a-z][.)]`;
const LIST_MARK = new RegExp(String.raw`^\s*(?:${MARK})\s+`);
// An emoji opening a line ("🖊️ You have 3+ years…") is a bullet in a social-media post; before a
// heading ("✅ You might be a fit if…") it is decoration, so headings look for list marks only.
const BULLET = new RegExp(
  String.raw`^\s*(?:${MARK}|\p{Extended_Pictographic}[\p{Extended_Pictographic}\uFE0F\u200D]*)\s+`,
  "u",
);

// A line that is one question put to the candidate ("Do you have at least 4 years on CNC mills?",
// "Can you program?"): the posting asks for a requirement, and the paragraph under it says more.
const ASKS_CANDIDATE = /^(?:do|can|could|are|have|will|would)\s+you\s+([^?]{2,120})\?$/i;
// "What it takes", "the kind of person who …": a question about fit, with no requirement in it.
const NO_REQUIREMENT =
  /^(?:what|who|the kind|this|that|it|up for|ready|interested|looking)\b|\b(?:a|an|the|quick|short|brief|[\w-]+-minute)\s+(?:call|chat|conversation|meeting|coffee)\b/i;

/**
 * The requirement a candidate question asks about, as a statement ("Able to hold ±0.0005""), or
 * "" when it names none ("Are you the kind of person who …") or too little to stand alone
 * ("Can you program?": `short`, the paragraph under it says what).
 */
function askedRequirement(question: string): { text: string; short: boolean } {
  const rest = ASKS_CANDIDATE.exec(question)?.[1]?.trim() ?? "";
  if (rest.length === 0 || NO_REQUIREMENT.test(rest)) return { text: "", short: false };
  const verb = question.split(/\s+/)[0]!.toLowerCase();
  const able = /^(?:able|willing|comfortable|happy|prepared) to\s+/i;
  const have = /^(?:have|hold|bring|possess|carry|own)\s+/i;
  let text: string;
  if (verb === "are") text = able.test(rest) ? `Able to ${rest.replace(able, "")}` : rest;
  else if (verb === "do" || verb === "have") text = rest.replace(have, "");
  else text = `Able to ${rest}`;
  text = text.charAt(0).toUpperCase() + text.slice(1);
  return words(rest).length >= 2 ? { text, short: false } : { text: "", short: true };
}

interface Heading {
  section: PostingSection;
  rest: string;
  /** A question put to the candidate: its own requirement, or (`short`) the next sentence's. */
  asked?: { short: boolean };
  /** "Location: Wichita, KS": a label with its value, which covers that line only. */
  field?: boolean;
}

function headingOf(line: string): Heading | null {
  const trimmed = line.trim();
  if (ASKS_CANDIDATE.test(trimmed) && !LIST_MARK.test(line) && words(trimmed).length <= 16) {
    const asked = askedRequirement(trimmed);
    return { section: "prose", rest: asked.text, asked: { short: asked.short } };
  }
  // "**Bonus points** experience with…": a bold lead-in is a heading with its content inline.
  const bold = /^\s*(?:\*\*|__)([^*_]{3,60}?)[:.]?(?:\*\*|__)[:.]?\s+(\S.*)$/.exec(line);
  if (bold?.[1] && bold[2] && !LIST_MARK.test(line)) {
    for (const [section, re] of HEADINGS) if (re.test(bold[1])) return { section, rest: bold[2] };
  }
  // "Is this you? You're a licensed …": a paragraph opening with a question that names a
  // requirement section is that heading with its content inline.
  const question = /^\s*([^?.!:]{3,60})\?\s+(\S.*)$/.exec(line);
  if (question?.[1] && question[2] && !LIST_MARK.test(line) && words(question[1]).length <= 8) {
    for (const [section, re] of HEADINGS)
      if (re.test(question[1]) && (section === "must" || section === "preferred" || section === "nice"))
        return { section, rest: question[2] };
  }
  // "## Requirements", "✅ Requirements": marks and emoji before a heading are decoration.
  const t = line.replace(/^[^\p{L}\p{N}(]+|[*_\s]+$/gu, "").trim();
  if (t.length === 0 || LIST_MARK.test(line)) return null;
  // "Must-haves: 1. ..." or "What we offer: uncapped commission" — heading with inline content.
  const inline = /^([^:]{3,60}):\s*(.*)$/.exec(t);
  const head = inline?.[1] ?? t;
  const rest = inline?.[2] ?? "";
  // An emoji-led short line is a heading ("💼 The role") unless it speaks to the candidate:
  // "🏅 You have voiced reed stops" is a bullet.
  const emojiLed = BULLET.test(line) && !LIST_MARK.test(line);
  const looksLikeHeading =
    inline !== null ||
    /[?…]$|\.\.\.$/.test(t) ||
    (words(t).length <= 6 && !/[.!,;]$/.test(t) && (!emojiLed || !/^you\b/i.test(t)));
  if (!looksLikeHeading || words(head).length > 8) return null;
  for (const [section, re] of HEADINGS)
    if (re.test(head)) return { section, rest, field: section === "ignore" && inline !== null && rest.length > 0 };
  // Unknown short heading (e.g. a job title line): treat following text as prose.
  if (inline === null && words(t).length <= 6) return { section: "prose", rest: "" };
  return null;
}

const DEFAULTS: Record<PostingSection, Importance | null> = {
  must: "MUST_HAVE",
  preferred: "PREFERRED",
  nice: "NICE_TO_HAVE",
  duties: null,
  ignore: null,
  prose: null,
};

// "(tested; applicants who do not meet this minimum will not advance)": a semicolon inside
// parentheses belongs to the aside, not a new sentence.
const CLAUSE_BREAK = /;\s+(?![^()]*\))/;
// "…specialized experience which includes: rooming patients; performing venipuncture; …": the
// semicolons separate what one requirement covers, not requirements of their own. "…must
// demonstrate ALL of the following KSAs: (1) …; (2) …": the lead-in says nothing itself, the
// list is the requirement.
const LIST_LEAD_IN = /\b(?:includes?|including|consists? of|such as|the following(?:\s+[\w()-]+){0,3}):\s+(?=\S)/i;
const EMPTY_LEAD_IN = /^[^:]*\bthe following(?:\s+[\w()-]+){0,3}:\s+/i;

// A writer who never capitalises ("hey we're a busy clinic. must have active FL license, …") still
// ends sentences: with no capital after any full stop, a lower-case letter starts the next one.
const LOWER_CASE_BREAK = new RegExp(SENTENCE_BREAK.source.replace("(?=[A-Z0-9])", "(?=[a-z0-9$£€(])"));

/** Split prose into sentences, and sentences into clauses when each clause carries its own cue. */
function sentences(text: string): string[] {
  const out: string[] = [];
  const lowerCase = !/[.!?]\s+[A-Z]/.test(text) && /[.!?]\s+[a-z]/.test(text);
  const parts = text
    .split(lowerCase ? LOWER_CASE_BREAK : SENTENCE_BREAK)
    .flatMap((x) =>
      LIST_LEAD_IN.test(x)
        ? [x.replace(EMPTY_LEAD_IN, "").replace(/(^|;\s+)\(\d{1,2}\)\s*/g, "$1")]
        : x.split(CLAUSE_BREAK),
    );
  for (const p of parts) {
    const clauses = p.split(/,\s+and\s+/);
    if (clauses.length > 1 && clauses.every((c) => words(c).length >= 3 && importanceCue(c) !== null))
      out.push(...clauses);
    else out.push(p);
  }
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

/**
 * Splits "A, B, C and D" at top-level commas (not inside parentheses) when it lists three or
 * more items; fragments too short to be a requirement on their own ("Lean") stay whole-list.
 */
/** Splits at the first match of `sep` outside parentheses. */
function splitTopLevel(text: string, sep: RegExp): string[] {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const m = new RegExp(`^${sep.source}`).exec(text.slice(i));
      if (m && i > 0) return [text.slice(0, i).trim(), text.slice(i + m[0].length).trim()];
    }
  }
  return [text];
}

const SUBORDINATE = /^\s*(?:since|though|although|because|so that|which|whereas|unless)\b/i;
// "…are required because you'll be at our Durham property some weeks": the reason is not the requirement.
const BECAUSE = /\s+(?:because|since)\s[\s\S]*$/i;

export function listItems(text: string): string[] {
  const sentence = text.replace(BECAUSE, "");
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (ch === "," && depth === 0) {
      items.push(sentence.slice(start, i));
      start = i + 1;
    }
  }
  items.push(sentence.slice(start));
  // "Knowledge of A, B and C": the list is what one requirement covers.
  // Not when a later item is a requirement of its own ("…, a completed apprenticeship, and OSHA
  // 30 training").
  if (
    /^\s*(?:knowledge|experience|familiarity|proficiency|understanding|expertise|skills?)\s+(?:of|in|with)\b/i.test(
      items[0] ?? "",
    ) &&
    items
      .slice(1)
      .every(
        (x) =>
          !/^\s*(?:and\s+|or\s+)?(?:a|an|the)\b/i.test(x) &&
          !/\b(?:licen[cs]\w*|certif\w*|training|degree|diploma|apprenticeship|years?)\b/i.test(x),
      )
  )
    return [sentence];
  // "A, B, or C" offers alternatives: one requirement, however many items it names.
  if (items.length >= 3 && /^\s*or\b/i.test(items[items.length - 1] ?? "")) return [sentence];
  // "Comfortable in Yardi, since that's our system…, though RealPage users pick it up fast": a
  // subordinate clause explains the item before it; the requirement is what comes first.
  if (items.slice(1).some((x) => SUBORDINATE.test(x))) {
    const kept = items
      .filter((x, i) => i === 0 || !SUBORDINATE.test(x))
      .map((x) => x.replace(/^\s*and\s+/i, "").trim());
    return kept.length > 1 && kept.slice(1).every((x) => words(x).length >= 3) ? kept : [kept[0]!];
  }
  // "Able to travel up to 30%, including some weekends, with a valid passport": what follows the
  // first comma qualifies the first item rather than adding requirements of its own.
  if (
    items
      .slice(1)
      .some((x) => /^\s*(?:including|incl\.|with|especially|such as|e\.g\.|i\.e\.|like|mostly|mainly)\b/i.test(x))
  )
    return [sentence];
  const clean = items.map((x) =>
    x
      .replace(/^\s*(?:and|or)\s+/i, "")
      .replace(/[.;]\s*$/, "")
      .trim(),
  );
  // "A certification, AND a current B certification": a comma before "and" joins two requirements.
  // "…, and with event-driven architectures" continues the first item's phrase instead.
  if (
    items.length === 2 &&
    /^\s*and\s+(?!(?:with|in|on|for|to|of|at|by|from|as|also|ideally|preferably)\b)/i.test(items[1]!) &&
    importanceCue(clean[0]!) === null &&
    clean.every((x) => words(x).length >= 3)
  )
    return clean;
  // "A, B and C": the last comma item holds two requirements joined by "and".
  const last = clean[clean.length - 1] ?? "";
  const joined = clean.length === 2 ? splitTopLevel(last, /\s+and\s+/) : [last];
  const all = joined.length === 2 ? [...clean.slice(0, -1), ...joined] : clean;
  if (all.length < 3 || all.some((x) => words(x).length < 3)) return [sentence];
  return all;
}

// "(a) Experience: six months in the field; OR (b) Education: one year above high school; OR (c) …":
// a public-sector posting's alternative routes to one requirement. The first is the requirement
// as usually met; the others ease it, and each read alone would be a requirement of its own.
const OTHER_ROUTES = /;\s*or\s+\(?[a-z0-9]\)\s[\s\S]*$/i;
const ROUTE_LEAD = /^[\s\S]*?\(a\)\s+(?:[A-Za-z ]{3,24}:\s+)?/;

function firstRoute(text: string): string {
  return OTHER_ROUTES.test(text) ? text.replace(OTHER_ROUTES, "").replace(ROUTE_LEAD, "") : text;
}

const ITEM_LABEL =
  /^(?:education|experience|licen[cs](?:e|es|ure)|certifications?|credentials|skills|training|knowledge|other)\s*:\s*(?=\S)/i;
// A statement of merit criteria's codes: "E1: …", "CERT: …", "PS2: …".
const ITEM_CODE = /^[A-Z]{1,4}\d{0,2}\s*:\s*(?=\S)/;

/** Every word of three letters or more capitalised: how headings are written, not items. */
function titleLike(line: string): boolean {
  // "Education and/or Experience": small joining words stay lower case in a title.
  const ws = line.split(/[^A-Za-z']+/).filter((w) => w.length >= 3 && !/^(?:and|for|the|with|from)$/.test(w));
  return ws.length > 0 && ws.every((w) => /^[A-Z]/.test(w));
}

/**
 * A Markdown table row ("| 3+ years of X | Required |") is a bullet; a last cell naming the
 * importance becomes a tag the sentence cues read. Separator rows ("|---|---|") are dropped.
 */
const LEVEL_CELL = new RegExp(String.raw`^(?:${LEVEL_WORDS})$`, "i");
const LEVEL_HEADER = new RegExp(
  String.raw`^(?:(?:${LEVEL_WORDS})(?:\s*\/\s*(?:${LEVEL_WORDS}))+|level|priority|importance|required\?)$`,
  "i",
);

function tableRow(line: string): string | null {
  // "2+ years of X | Required", "X | Essential | | A / I": a row without outer pipes is a row
  // when one of its cells after the first names the importance.
  if (!/^\s*\|.*\|\s*$/.test(line)) {
    if (
      !line.includes("|") ||
      !line
        .split("|")
        .slice(1)
        .some((c) => LEVEL_CELL.test(c.trim()))
    )
      return line;
    line = `| ${line} |`;
  }
  const cells = line
    .split("|")
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
  if (cells.every((c) => /^:?-+:?$/.test(c))) return null;
  const levels = cells.slice(1).filter((c) => LEVEL_CELL.test(c));
  // "Criteria | Essential | Desirable | How assessed", "Skill | Must/Nice | Notes": the header row
  // names the columns.
  if (levels.length >= 2 || cells.slice(1).some((c) => LEVEL_HEADER.test(c))) return null;
  // A person specification's row: the criterion, its level, then how it is assessed ("A / I"), or
  // notes that say more ("2 years minimum in an inpatient hospital pharmacy"), which stay.
  if (cells.length >= 2 && levels.length === 1) {
    const at = cells.indexOf(levels[0]!, 1);
    const notes = cells.slice(at + 1).filter((c) => words(c).length >= 4);
    return `- ${[...cells.slice(0, at), ...notes].join(" — ")} (${levels[0]!.toLowerCase()})`;
  }
  return `- ${cells.join(" — ")}`;
}

export function parsePosting(description: string, additionalInfo?: string): PostingItem[] {
  const items: PostingItem[] = [];
  let section: PostingSection = "prose";
  let order = 0;

  // Under a question put to the candidate, the paragraph explains the requirement the question
  // asked: a "must" there restates it, while "a big plus" still adds a preference.
  let explaining = false;
  const push = (raw: string, sec: PostingSection) => {
    const clean = firstRoute(raw.replace(BULLET, "").trim());
    // One-word bullets ("dbt") are fine; one-word prose fragments ("St.") are not.
    if (words(clean).length < 2 && (sec === "prose" || sec === "duties" || sec === "ignore")) return;
    if (clean.length < 2) return;
    // Bullets are one requirement each; a paragraph under a heading is split into sentences.
    // "High school diploma or GED required. Graduate of a Part 147 school preferred.": a bullet
    // of sentences that each state their own importance is several requirements.
    const multi = sentences(clean);
    const split =
      sec === "prose" ||
      sec === "duties" ||
      !BULLET.test(raw) ||
      (multi.length > 1 && new Set(multi.map(importanceCue)).size > 1 && multi.every((x) => importanceCue(x) !== null));
    const parts = (split ? sentences(clean) : [clean]).filter((p) => !FINE_PRINT.test(p));
    // "Required: 4+ years as…, EPA 608 certification, a valid driver's license, and…": a run-on
    // list under a requirement heading is one requirement per item.
    const listed =
      sec === "must" || sec === "preferred" || sec === "nice"
        ? parts.flatMap((p) => listItems(p).map((text) => ({ text, cue: importanceCue(text) })))
        : // "You must hold A, B and C": in prose a listed sentence's cue covers each of its items.
          parts.flatMap((p) => {
            const cue = sec === "prose" ? importanceCue(p) : null;
            const list = cue ? listItems(p) : [p];
            return list.map((text) => ({
              text,
              cue: list.length > 1 ? (importanceCue(text) ?? cue) : importanceCue(text),
            }));
          });
    // "5. Preferred: bilingual; experience with 504 plans; …": a label opening the item speaks
    // for every part of it.
    const label = /^\s*([A-Za-z][A-Za-z -]{2,24}):\s/.exec(clean)?.[1];
    const labelCue = label && !/\b(?:must|required|minimum)\b/i.test(label) ? importanceCue(label) : null;
    for (const { text: s, cue: own } of listed) {
      const cue = own ?? labelCue;
      const base = DEFAULTS[sec];
      // In requirement sections the heading decides unless the sentence says otherwise; in
      // prose only sentences with an explicit cue become requirements.
      const stated = sec === "ignore" || BOILERPLATE.test(s) ? null : (cue ?? base);
      const importance =
        stated === "MUST_HAVE" && ((explaining && sec === "prose") || (sec === "duties" && !QUALIFICATION.test(s)))
          ? null
          : stated === "MUST_HAVE" && personalQualitiesOnly(s)
            ? "NICE_TO_HAVE"
            : stated;
      // "(required)" / "(preferred)" tags have said their importance; they are not the requirement.
      // "Education: Associate degree…" inside a paragraph: the label names the kind, not the requirement.
      const text = s.replace(IMPORTANCE_TAG, "").replace(ITEM_CODE, "").replace(ITEM_LABEL, "").trim();
      items.push({ text, section: sec, cue, importance, order: order++ });
    }
  };

  // The hiring team's notes are their own block: they do not continue the posting's last section.
  for (const block of additionalInfo ? [description, additionalInfo] : [description]) {
    section = "prose";
    // After a question too short to stand alone ("Can you program?"), the first sentence under
    // it is the requirement it asks about; the rest of that paragraph is explanation.
    let answering = false;
    let inlineParagraph = false;
    explaining = false;
    for (const raw of normalise(block).split("\n")) {
      const line = tableRow(raw);
      if (line !== null && line.trim().length === 0 && inlineParagraph) {
        // "Things that would make you stand out: Klaviyo, GA4, …" then a blank line: a heading
        // written into its paragraph covers that paragraph, not the sign-off below it.
        section = "prose";
        inlineParagraph = false;
      }
      if (line === null || line.trim().length === 0) continue;
      if (answering) {
        answering = false;
        const [first, ...more] = sentences(line);
        if (first && !headingOf(line)) {
          explaining = false;
          push(first, "must");
          explaining = true;
          if (more.length > 0) push(more.join(" "), "prose");
          continue;
        }
      }
      let h = headingOf(line);
      // "Abilities:" under "Essential qualifications": a sub-heading that names no new level.
      if (!h && /^\s*[^:]{2,40}:\s*$/.test(line) && words(line).length <= 4) continue;
      // Under a requirement heading, a short unbulleted line in sentence case ("3+ years of
      // orchard work") is an item; an unknown heading is in Title Case or capitals.
      if (
        h?.section === "prose" &&
        (section === "must" || section === "preferred" || section === "nice") &&
        !titleLike(line)
      )
        h = null;
      if (h?.asked) {
        section = "prose";
        explaining = false;
        if (h.rest) push(h.rest, "must");
        answering = h.asked.short;
        explaining = true;
        continue;
      }
      if (h) explaining = false;
      if (h?.field) {
        push(h.rest, "ignore");
        continue;
      }
      if (h) {
        section = h.section;
        inlineParagraph = words(h.rest).length >= 6;
        if (h.rest) push(h.rest, section);
        continue;
      }
      push(line, section);
    }
  }
  return items;
}
