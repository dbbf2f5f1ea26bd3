// Splits a resume into sections by their headings (in any order, any casing, with or without
// markdown) and the experience sections into dated roles. Where a skill appears matters: a
// line in a role is evidence, a line in a skills list is only a claim.

import { type DateRange, findDateRanges, unionMonths } from "./dates";
import { normalise, wordCount, words } from "./text";

export type SectionKind =
  "header" | "summary" | "experience" | "skills" | "education" | "certifications" | "projects" | "other";

// Checked in order; the first pattern that matches a heading decides its kind.
const HEADING_KINDS: [SectionKind, RegExp][] = [
  [
    "certifications",
    /^(?:licen[cs]es?|licensure|licensing|certifications?|credentials|accreditations?|registrations?|designations?)\b|\b(?:licen[cs]es|licensure|certifications|registrations|designations)$/,
  ],
  ["education", /^(?:education|academic|qualifications|training|degrees?)\b|\beducation$/],
  [
    "skills",
    /^(?:skills|key skills|technical skills|core skills|core competencies|competencies|technologies|tech stack|tools|areas of expertise|expertise|languages|keywords)\b|\bskills$/,
  ],
  [
    "experience",
    /^(?:experience|work experience|professional experience|relevant experience|clinical experience|employment|employment history|work history|career history|career|professional history|roles|positions|clinical background|professional background|background)\b|where i'?ve worked|\bexperience$|\bhistory$/,
  ],
  ["projects", /^(?:projects?|selected projects|portfolio|side projects|open source)\b/],
  [
    "summary",
    /^(?:summary|professional summary|profile|about me|about|objective|career objective|overview|personal statement)\b/,
  ],
  [
    "other",
    /^(?:awards?|honou?rs|achievements|interests|hobbies|volunteer(?:ing)?|references|publications|languages|memberships|activities)\b/,
  ],
];

export interface ResumeLine {
  text: string;
  lower: string;
  section: SectionKind;
  /** Index into `roles` when the line belongs to a dated role. */
  role: number | null;
}

export interface Role {
  title: string;
  range: DateRange;
  section: SectionKind;
  /** Title line plus its description lines. */
  lines: string[];
}

export interface ParsedResume {
  lines: ResumeLine[];
  roles: Role[];
  /** Months of dated work, overlaps counted once. */
  totalMonths: number;
  sectionsFound: SectionKind[];
  wordCount: number;
}

function headingKind(line: string): SectionKind | null {
  const stripped = line.replace(/^[#*_\s]+|[*_:\s]+$/g, "").trim();
  if (stripped.length === 0 || stripped.length > 42) return null;
  // "Languages: Spanish" is content with an inline label, not a heading on its own.
  if (/:\s*\S/.test(stripped)) return null;
  if (words(stripped).length > 5) return null;
  if (/[.!]$/.test(stripped) || /\d{4}/.test(stripped)) return null;
  const lower = stripped.toLowerCase().replace(/&/g, "and");
  for (const [kind, re] of HEADING_KINDS) if (re.test(lower)) return kind;
  // An all-caps short line is a heading even when we do not know its name.
  if (/^[A-Z][A-Z &/]+$/.test(stripped) && stripped.length >= 4) return "other";
  return null;
}

/** "Skills: Go, SQL" — a heading with its content on the same line. */
function inlineHeading(line: string): { kind: SectionKind; rest: string } | null {
  const m = /^\s*([A-Za-z][A-Za-z &/']{2,30}):\s+(\S.*)$/.exec(line);
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  const kind = headingKind(m[1]);
  return kind ? { kind, rest: m[2] } : null;
}

const isBullet = (s: string) => /^\s*(?:[-*•·▪●◦]|\d+[.)])\s+/.test(s);

/**
 * "- Streamly (2016–present): built Go services…" — a bullet that is itself a role: the date
 * range sits in a short head (company/title) before the description's colon, or ends the line
 * ("- Step-down unit RN (2016–2018)."). A bullet that merely mentions dates in its description
 * ("- Led the 2019–2020 migration") is not a role.
 */
function inlineRoleRange(content: string, asOf: Date): DateRange | null {
  const body = content.replace(/^\s*(?:[-*•·▪●◦]|\d+[.)])\s+/, "");
  const range = findDateRanges(body, asOf)[0];
  if (!range) return null;
  const at = body.indexOf(range.text);
  const colon = body.indexOf(":");
  const head = body.slice(0, at);
  if (words(head).length > 8 || /[.;]\s/.test(head)) return null;
  const after = body.slice(at + range.text.length);
  const headEnds = colon > at || /^[)\]\s.,]*$/.test(after) || /^\)?\s*[,\u2014\u2013|-]\s*[^:]{0,60}:/.test(after);
  return headEnds ? range : null;
}

/** Six or more comma-separated items, most of them a few words: a list of terms, not prose. */
function termList(text: string): boolean {
  const items = text.split(/\s*[,;·|•]\s*/).filter((x) => x.length > 0);
  if (items.length < 6) return false;
  return items.filter((x) => wordCount(x) <= 4).length >= 0.7 * items.length;
}

export function parseResume(resumeText: string, asOf: Date): ParsedResume {
  const raw = normalise(resumeText).split("\n");
  const lines: ResumeLine[] = [];
  const roles: Role[] = [];
  const found: SectionKind[] = [];
  let section: SectionKind = "header";
  // Indices of consecutive plain (non-bullet, undated) lines since the last bullet, role or heading.
  let plainRun: number[] = [];

  for (const rawLine of raw) {
    const text = rawLine.trim();
    if (text.length === 0) continue;
    const kind = headingKind(text);
    if (kind) {
      section = kind;
      if (!found.includes(kind)) found.push(kind);
      plainRun = [];
      continue;
    }
    let lineSection = section;
    // Markdown emphasis carries no meaning for evidence and would end up in quoted titles.
    let content = text.replace(/\*\*|__/g, "").trim();
    if (content.length === 0) continue;
    const inline = inlineHeading(text);
    if (inline) {
      lineSection = inline.kind;
      content = inline.rest;
      if (!found.includes(inline.kind)) found.push(inline.kind);
    }
    // Dated lines outside education, certifications and skills start a role. Lines before any
    // heading count as experience: short resumes often have no headings at all.
    const roleSection: SectionKind = lineSection === "header" ? "experience" : lineSection;
    const datable = lineSection !== "education" && lineSection !== "certifications" && lineSection !== "skills";
    const bullet = isBullet(text);
    const range = !datable
      ? undefined
      : bullet
        ? (inlineRoleRange(content, asOf) ?? undefined)
        : findDateRanges(content, asOf)[0];
    let role: number | null = null;
    if (range) {
      // An inline role's title is its head: "Streamly (2016–present), Staff Engineer: built…" → "Streamly, Staff Engineer".
      const head = bullet ? (content.replace(/^\s*(?:[-*•·▪●◦]|\d+[.)])\s+/, "").split(/:\s/)[0] ?? content) : content;
      let title = head
        .replace(range.text, "")
        .replace(/\(\s*\)|\[\s*\]/g, "")
        .replace(/\s+([,)])/g, "$1")
        .replace(/[|,\u2014\u2013\-\s]+$/g, "")
        .replace(/^[|,\u2014\u2013\-\s]+/, "")
        .trim();
      const newRole = roles.length;
      const borrowed: string[] = [];
      // Title and company on their own lines above the dates ("**Senior Engineer**\nAcme\nJan 2019 – Present"):
      // borrow up to two plain lines, taking them back from the previous role if they were attached to it.
      if (!bullet && words(title).length < 3) {
        for (const idx of plainRun.slice(-2)) {
          const l = lines[idx];
          if (!l || l.section !== lineSection) continue;
          if (l.role !== null) {
            const prev = roles[l.role];
            if (prev) prev.lines = prev.lines.filter((x) => x !== l.text);
          }
          l.role = newRole;
          borrowed.push(l.text);
        }
        title = [...borrowed, title].filter((x) => x.length > 0).join(", ");
      }
      roles.push({ title, range, section: roleSection, lines: [...borrowed, content] });
      role = newRole;
    } else if (datable && roles.length > 0) {
      const last = roles[roles.length - 1];
      if (last && last.section === roleSection) {
        // "Jan 2019 – Present\nSenior Widget Maker, Acme": dates first, the title on the next line.
        if (last.title.length === 0 && !bullet) last.title = content;
        last.lines.push(content);
        role = roles.length - 1;
      }
    }
    // A summary or header line that is a run of terms ("…, MTSS, Tier 2 interventions, Section 504,
    // suicide risk assessment, …") is a skills list whatever its heading says.
    if ((lineSection === "summary" || lineSection === "header") && role === null && termList(content))
      lineSection = "skills";
    lines.push({ text: content, lower: content.toLowerCase(), section: lineSection, role });
    if (bullet || range) plainRun = [];
    else plainRun.push(lines.length - 1);
  }

  // Only work roles count towards experience; project date ranges do not.
  const workRanges = roles.filter((r) => r.section !== "projects").map((r) => r.range);
  return {
    lines,
    roles,
    totalMonths: unionMonths(workRanges),
    sectionsFound: found,
    wordCount: wordCount(resumeText),
  };
}
