import { describe, expect, it } from "vitest";
import { parseResume } from "./sections";

const asOf = new Date("2026-11-01T00:00:00Z");

describe("parseResume", () => {
  it("detects sections by heading in any order and case", () => {
    const r = parseResume(
      `LICENSURE AND CERTIFICATION
Registered Nurse — Ohio
EDUCATION
BSN, 2019
Where I've worked
Staff RN, MICU — Jan 2020 – Present
- Ventilated patients
Key Skills
Epic, CRRT`,
      asOf,
    );
    expect(r.sectionsFound).toEqual(["certifications", "education", "experience", "skills"]);
    const epic = r.lines.find((l) => l.text.includes("Epic"));
    expect(epic?.section).toBe("skills");
    expect(r.lines.find((l) => l.text.includes("Ventilated"))?.role).toBe(0);
  });

  it("keeps inline 'Label: value' lines as content", () => {
    const r = parseResume(`Experience\nAE, Acme — 2020 – Present\nLanguages: Spanish (native)`, asOf);
    const lang = r.lines.find((l) => l.text.includes("Spanish"));
    expect(lang?.section).toBe("skills");
  });

  it("borrows title and company lines above a date-only line (markdown style)", () => {
    const r = parseResume(
      `## Experience

**Senior Software Engineer**
Acme Payments
Jan 2019 – Present
- Built Go services

**Software Engineer**
Globex
Jun 2015 – Dec 2018
- Java services`,
      asOf,
    );
    expect(r.roles.map((x) => x.title)).toEqual([
      "Senior Software Engineer, Acme Payments",
      "Software Engineer, Globex",
    ]);
    // The next role's title lines are not left in the previous role's description.
    expect(r.roles[0]!.lines.some((l) => l.includes("Globex"))).toBe(false);
  });

  it("does not count education or project date ranges as work experience", () => {
    const r = parseResume(
      `Education
B.S., 2012 – 2016
Projects
Side project — 2019 – 2021
Experience
Analyst, Acme — Jan 2022 – Dec 2022`,
      asOf,
    );
    expect(r.totalMonths).toBe(12);
  });
});

describe("inline role bullets", () => {
  it("reads '- Company (2016–present): description' as a dated role with its description", () => {
    const r = parseResume(
      `Tomás Aguilar — Principal Engineer
- Streamly (2016–present): architected event-driven platform on Kafka; Go and Rust services.
- Telco Systems (2012–2016): C++ billing engine; Oracle and PostgreSQL.
- PayGrid (2019–2020), Staff Engineer: led the ledger service in Go.`,
      asOf,
    );
    expect(r.roles.map((x) => x.title)).toEqual(["Streamly", "Telco Systems", "PayGrid, Staff Engineer"]);
    expect(r.lines.find((l) => l.text.includes("Kafka"))?.role).toBe(0);
    expect(r.totalMonths).toBe(14 * 12 + 11);
  });

  it("does not treat a bullet that merely mentions dates as a role", () => {
    const r = parseResume(
      `Experience\nEngineer, Acme — Jan 2018 – Present\n- Led the 2019–2020 migration to Kubernetes`,
      asOf,
    );
    expect(r.roles).toHaveLength(1);
    expect(r.lines.find((l) => l.text.includes("migration"))?.role).toBe(0);
  });
});
