import { describe, expect, it } from "vitest";
import { candidateAlias, looksLikeContact, redactIdentity } from "./alias";

describe("candidateAlias", () => {
  it("is stable and shaped like 'Candidate 7F3A'", () => {
    expect(candidateAlias("app_1")).toBe(candidateAlias("app_1"));
    expect(candidateAlias("app_1")).toMatch(/^Candidate [0-9A-F]{4}$/);
    expect(candidateAlias("app_1")).not.toBe(candidateAlias("app_2"));
  });
});

describe("redactIdentity", () => {
  const who = { name: "Grace Hopper", email: "grace@example.test", alias: "Candidate 0A1B" };

  it("replaces the name, its parts, emails, phones and links", () => {
    const text =
      "Grace Hopper\ngrace@example.test · +1 (555) 123-4567 · https://linkedin.com/in/gracehopper\nHopper led COBOL. Grace's team shipped.";
    const out = redactIdentity(text, who);
    expect(out).not.toMatch(/grace|hopper|555|linkedin/i);
    expect(out).toContain("Candidate 0A1B");
    expect(out).toContain("[email hidden]");
    expect(out).toContain("[phone hidden]");
    expect(out).toContain("[link hidden]");
  });

  it("leaves years and short numbers alone", () => {
    expect(redactIdentity("8 years, 2015–2019, 40 hours", who)).toBe("8 years, 2015–2019, 40 hours");
  });
});

describe("looksLikeContact", () => {
  it("flags emails, links and phone numbers", () => {
    for (const t of ["grace@", "grace@navy.mil", "linkedin.com/in/grace", "https://x.test", "+1 555 010 2030"])
      expect(looksLikeContact(t), t).toBe(true);
  });

  it("leaves skills, employers and years alone", () => {
    for (const t of ["PostgreSQL", "Northgate Freight", "2019", "COBOL compilers"])
      expect(looksLikeContact(t), t).toBe(false);
  });
});
