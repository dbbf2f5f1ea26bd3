// Format parity (issue 15): the same resume as pasted text, DOCX (pandoc and LibreOffice), PDF
// (single and two-column) and DOC extracts the lines a reader sees and scores the same. The
// files were made once by scripts/fixtures/make-document-fixtures.sh and are committed.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractText } from "@/lib/documents";
import { engine } from "@/lib/sandbox/engine";
import { EVAL_AS_OF } from "@/scripts/eval/data";
import { nurse } from "@/scripts/eval/data/nurse";

const DIR = path.resolve("tests/fixtures/documents");
const MIME = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  doc: "application/msword",
};
const FILES: [string, string][] = [
  ["resume.pandoc.docx", MIME.docx],
  ["resume.libreoffice.docx", MIME.docx],
  ["resume.pdf", MIME.pdf],
  ["resume.doc", MIME.doc],
  ["resume-two-column.pdf", MIME.pdf],
];

// Lines every format must yield intact: a Shift+Enter break kept (no "May 2027CCRN"), bullets
// kept, a date range that the PDF layout wrapped re-joined.
const EXPECTED = [
  "Registered Nurse License, Ohio — expires May 2027",
  "CCRN (AACN) — certified 2022",
  "• Titrate vasopressors and sedation; manage CRRT circuits and arterial lines",
  "• Charge nurse two nights a week; chart in Epic",
];

const criteria = engine
  .generateCriteria({ jobTitle: nurse.jobTitle, companyName: nurse.companyName, jobDescription: nurse.jobDescription })
  .map((c, i) => ({ id: `c${i}`, ...c }));
const answers = [{ question: "Do you hold an active RN license valid in Ohio?", answer: "Yes" }];
const scoreOf = (resumeText: string) =>
  engine.score({
    criteria,
    resumeText,
    applicationAnswers: answers,
    jobDescription: nurse.jobDescription,
    asOf: EVAL_AS_OF,
  }).score;

describe("format parity", () => {
  const pasted = fs.readFileSync(path.join(DIR, "resume.txt"), "utf8");
  const textScore = scoreOf(pasted);

  it("the pasted text is a strong candidate for the nurse posting", () => {
    expect(textScore).toBeGreaterThanOrEqual(8);
  });

  for (const [file, mime] of FILES) {
    it(`${file}: extracts the expected lines and scores within 1 of the pasted text`, async () => {
      const text = await extractText(new Uint8Array(fs.readFileSync(path.join(DIR, file))), mime);
      const lines = text.split("\n").map((l) => l.trim());
      for (const line of EXPECTED) {
        if (file === "resume-two-column.pdf" && line.startsWith("•")) continue;
        expect(lines, `${file} should contain "${line}"`).toContain(line);
      }
      expect(text).not.toMatch(/2027CCRN|Page 1\b/);
      const s = scoreOf(text);
      expect(Math.abs(s - textScore), `${file} scored ${s}, text ${textScore}`).toBeLessThanOrEqual(1);
      expect(s <= 4).toBe(textScore <= 4);
    });
  }

  it("reads the two-column PDF one column at a time, main column first, with wrapped dates re-joined", async () => {
    const text = await extractText(new Uint8Array(fs.readFileSync(path.join(DIR, "resume-two-column.pdf"))), MIME.pdf);
    const lines = text.split("\n");
    expect(lines).toContain("Staff Nurse, Surgical ICU, Mount Carmel East, Columbus, OH | Jun 2019 – Mar 2021");
    expect(lines).toContain(
      "Staff Nurse, Medical Intensive Care Unit, OhioHealth Riverside Methodist Hospital, Apr 2021 – Present",
    );
    expect(text.indexOf("Experience")).toBeLessThan(text.indexOf("Skills"));
    expect(text.indexOf("Bachelor of Science in Nursing")).toBeLessThan(text.indexOf("Contact"));
  });

  it("puts each table row's cells on one line, so a short all-caps cell is not a heading", async () => {
    const text = await extractText(new Uint8Array(fs.readFileSync(path.join(DIR, "resume.pandoc.docx"))), MIME.docx);
    expect(text.split("\n")).toContain("BLS | AHA | Aug 2027");
  });
});
