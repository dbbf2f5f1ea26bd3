import { describe, expect, it } from "vitest";
import { parseCandidatesCsv } from "./csv";

const resume = "Senior engineer with ten years of Go, PostgreSQL and Kubernetes experience at scale.";

describe("parseCandidatesCsv", () => {
  it("reads text and url rows", () => {
    const csv = `Name,Email,resume_text,resume_url\nJane Doe,jane@x.test,"${resume}",\nBob,,,https://files.example.com/bob.pdf\n`;
    const { rows, errors } = parseCandidatesCsv(csv);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { candidateName: "Jane Doe", candidateEmail: "jane@x.test", resumeText: resume, resumeUrl: null, row: 1 },
      {
        candidateName: "Bob",
        candidateEmail: null,
        resumeText: null,
        resumeUrl: "https://files.example.com/bob.pdf",
        row: 2,
      },
    ]);
  });

  it("reports each bad row with its number and reason", () => {
    const csv = `name,email,resume_text\nOk,ok@x.test,"${resume}"\n,a@x.test,"${resume}"\nShort,s@x.test,too short\nMail,not-an-email,"${resume}"\nNone,,\n`;
    const { errors } = parseCandidatesCsv(csv);
    expect(errors.map((e) => e.row)).toEqual([2, 3, 4, 5]);
    expect(errors[1]!.message).toContain("at least 50 characters");
    expect(errors[2]!.message).toContain("valid email");
    expect(errors[3]!.message).toContain("resume_text or resume_url");
  });

  it("accepts only https resume links (an http or other link would have Nova fetch something it should not)", () => {
    const csv = [
      "name,resume_url",
      "Plain,http://files.example.com/a.pdf",
      "Loop,http://127.0.0.1:3000/api/health",
      "File,file:///etc/passwd",
      "Script,javascript:alert(1)",
      "Good,https://files.example.com/b.pdf",
    ].join("\n");
    const { rows, errors } = parseCandidatesCsv(csv);
    expect(errors.map((e) => e.row)).toEqual([1, 2, 3, 4]);
    for (const e of errors) expect(e.message).toBe("resume_url must be an https:// link");
    expect(rows.map((r) => r.resumeUrl)).toEqual(["https://files.example.com/b.pdf"]);
  });

  it("refuses a file without the expected header as a file problem, not as 'Row 0'", () => {
    const r = parseCandidatesCsv("foo,bar\n1,2\n");
    expect(r.fileError).toMatch(/header row/);
    expect(r.errors).toEqual([]);
  });

  it("counts a malformed row once, ignores trailing blank lines, and sorts errors by row", () => {
    const csv = `name,email,resume_text\nMail,not-an-email,"${resume}"\n"Broken,b@x.test,"${resume}"\n`;
    const once = parseCandidatesCsv(`name,email,resume_text\nA,a@x.test,"${resume}",extra,fields\n`);
    expect(once.errors.map((e) => e.row)).toEqual([1]);
    const blank = parseCandidatesCsv(`name,email,resume_text\nA,a@x.test,"${resume}"\n,,\n\n  \n`);
    expect(blank.errors).toEqual([]);
    expect(blank.rows).toHaveLength(1);
    const sorted = parseCandidatesCsv(csv);
    expect(sorted.errors.map((e) => e.row)).toEqual([...sorted.errors.map((e) => e.row)].sort((a, b) => a - b));
  });
});

describe("parseCandidatesCsv row cap", () => {
  it("takes 10,000 rows and refuses 10,001 with a message that says what to do", () => {
    const row = (i: number) => `Candidate ${i},https://example.com/r/${i}.pdf`;
    const csv = (n: number) => ["name,resume_url", ...Array.from({ length: n }, (_, i) => row(i))].join("\n");
    const ok = parseCandidatesCsv(csv(10_000));
    expect(ok.errors).toEqual([]);
    expect(ok.rows).toHaveLength(10_000);
    const over = parseCandidatesCsv(csv(10_001));
    expect(over.rows).toEqual([]);
    expect(over.fileError).toBe(
      "The file has 10,001 candidates; at most 10,000 can be imported at once. Split it into smaller files.",
    );
  });
});
