/**
 * A few facts pulled from a resume for side-by-side comparison: years of experience, job titles,
 * the most recent employer. Heuristic and conservative: a fact we cannot find is left blank
 * rather than guessed. Years prefer what the assessment itself quotes (Nova read the whole
 * resume), falling back to the resume text.
 */
export interface KeyFacts {
  years: number | null;
  titles: string[];
  recentEmployer: string | null;
}

const YEARS = /(\d{1,2})\+?\s*(?:years?|yrs)\b/gi;
const TITLE_WORDS =
  /\b(engineer|developer|manager|lead|architect|designer|analyst|scientist|nurse|director|consultant|administrator|specialist|officer|coordinator|head of|vp|president|recruiter|accountant|teacher|technician)\b/i;
const PRESENT = /\b(present|current|now|today)\b/i;
const AT_EMPLOYER = /\b(?:at|@)\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})/;

function maxYears(text: string): number | null {
  let best: number | null = null;
  for (const m of text.matchAll(YEARS)) {
    const n = Number(m[1]);
    if (n > 0 && n <= 50 && (best === null || n > best)) best = n;
  }
  return best;
}

function cleanTitle(line: string): string {
  return line
    .replace(/^[-•*\s]+/, "")
    .replace(/\s*[,|(–—-]\s*(?:\d{4}|present).*$/i, "")
    .trim();
}

export function extractKeyFacts(resumeText: string | null, assessmentText: string): KeyFacts {
  const text = resumeText ?? "";
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const titles: string[] = [];
  for (const line of lines) {
    if (line.length > 80 || !TITLE_WORDS.test(line)) continue;
    const t = cleanTitle(line);
    if (t && t.length <= 60 && !titles.includes(t)) titles.push(t);
    if (titles.length === 2) break;
  }
  let recentEmployer: string | null = null;
  const current = lines.find((l) => PRESENT.test(l) && l.length <= 120);
  const source = current ?? lines.find((l) => AT_EMPLOYER.test(l)) ?? "";
  const at = AT_EMPLOYER.exec(source);
  if (at) recentEmployer = at[1]!.replace(/[.,]$/, "");
  else if (current) {
    // "Acme Corp (2019–present)" or "Acme Corp, 2019 – present"
    const m = /^[-•*\s]*([A-Z][\w&.' -]{1,50}?)\s*[,(–—-]\s*(?:\d{4}|\w+ \d{4})/.exec(current);
    if (m) recentEmployer = m[1]!.trim();
  }
  return { years: maxYears(assessmentText) ?? maxYears(text), titles, recentEmployer };
}
