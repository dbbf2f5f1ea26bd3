import { describe, expect, it } from "vitest";
import { extractKeyFacts } from "./key-facts";

describe("extractKeyFacts", () => {
  it("prefers the years the assessment quotes, then the resume", () => {
    const resume = "Jane Roe\nSenior Backend Engineer at Globex (2019–present)\nBackend Developer, Initech, 2015–2019";
    expect(extractKeyFacts(resume, "Brings 8 years of backend work.").years).toBe(8);
    expect(extractKeyFacts(`${resume}\n6+ years building APIs`, "Strong match.").years).toBe(6);
  });

  it("finds titles and the current employer", () => {
    const resume = "Jane Roe\nSenior Backend Engineer at Globex (2019–present)\nBackend Developer, Initech, 2015–2019";
    const facts = extractKeyFacts(resume, "");
    expect(facts.titles).toEqual(["Senior Backend Engineer at Globex", "Backend Developer, Initech"]);
    expect(facts.recentEmployer).toBe("Globex");
  });

  it("reads a company-first dated line", () => {
    expect(extractKeyFacts("Acme Corp (2020 – present)\nStaff Nurse", "").recentEmployer).toBe("Acme Corp");
  });

  it("leaves blanks rather than guessing", () => {
    expect(extractKeyFacts(null, "")).toEqual({ years: null, titles: [], recentEmployer: null });
  });
});
