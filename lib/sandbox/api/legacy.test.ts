import { describe, expect, it } from "vitest";
import type { ScoringJobRow } from "../store/scoring-jobs";
import { fromG1Candidate, g1Status } from "./legacy";

describe("G1 candidate mapping", () => {
  const resumeText = "Jane Smith, backend engineer with seven years of Go and PostgreSQL experience.";

  it("flattens nested question objects and typed answers to strings", () => {
    const mapped = fromG1Candidate({
      resumeUrl: "https://storage.example.com/r.pdf",
      applicationAnswers: [
        { question: { text: "Authorized to work in the UK?", type: "boolean", required: true }, answer: true },
        { question: "Years of experience?", answer: 7 },
        { question: { text: "Languages?", type: "multiselect", options: ["Go", "Rust"] }, answer: ["Go", "Rust"] },
        { question: { text: "Anything else?" }, answer: null },
      ],
    });
    expect(mapped.resume).toEqual({ type: "url", url: "https://storage.example.com/r.pdf" });
    expect(mapped.applicationData.applicationAnswers).toEqual([
      { question: "Authorized to work in the UK?", answer: "Yes" },
      { question: "Years of experience?", answer: "7" },
      { question: "Languages?", answer: "Go, Rust" },
      { question: "Anything else?", answer: "" },
    ]);
    expect(mapped.applicationData.context).toBeUndefined();
  });

  it("takes an answers map and inline text, and passes parsedResume on as context", () => {
    const mapped = fromG1Candidate({
      resumeText,
      applicationAnswers: { startDate: "Immediately", relocate: false },
      parsedResume: { skills: ["Go"] },
    });
    expect(mapped.resume).toEqual({ type: "text", content: resumeText });
    expect(mapped.applicationData.applicationAnswers).toEqual([
      { question: "startDate", answer: "Immediately" },
      { question: "relocate", answer: "No" },
    ]);
    expect(mapped.applicationData.context).toBe('Parsed resume: {"skills":["Go"]}');
  });

  it("splits pending into queued and processing", () => {
    const job = (status: string, startedAt: Date | null) => ({ status, startedAt }) as ScoringJobRow;
    expect(g1Status(job("pending", null))).toBe("queued");
    expect(g1Status(job("pending", new Date()))).toBe("processing");
    expect(g1Status(job("completed", new Date()))).toBe("completed");
    expect(g1Status(job("failed", null))).toBe("failed");
  });
});
