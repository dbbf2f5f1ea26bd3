import { describe, expect, it } from "vitest";
import { CONCEPTS, findConcepts, mentions } from "./vocabulary";

const has = (text: string, id: string) => mentions(text, text.toLowerCase(), id);

describe("vocabulary synonyms", () => {
  it.each([
    ["Ran workloads on k8s (EKS)", "kubernetes"],
    ["Container orchestration with GKE", "kubernetes"],
    ["Postgres with pgbouncer", "postgresql"],
    ["Golang microservices", "go"],
    ["Built services in Go and Python", "go"],
    ["TypeScript and React front end", "javascript"],
    ["Staff nurse, critical care unit", "icu"],
    ["Advanced Cardiovascular Life Support (AHA)", "acls"],
    ["Registered Nurse, Ohio", "rn"],
    ["Built Power BI reports", "bi-tool"],
    ["Looker explores", "bi-tool"],
    ["Certified Public Accountant", "cpa"],
    ["Class A CDL, clean record", "cdl"],
    ["Forecasting in SFDC", "salesforce"],
    ["MEDDPICC on every deal", "sales-method"],
    ["T-SQL stored procedures", "sql"],
    ["PostgreSQL tuning", "sql"],
    ["Ran split tests on email", "ab-testing"],
    ["Month-end close and reconciliations", "month-end"],
    ["Reach truck and pallet jack certified", "forklift"],
  ])("%s → %s", (text, id) => {
    expect(has(text, id)).toBe(true);
  });

  it("does not read ordinary words as abbreviations", () => {
    expect(has("Happy to go the extra mile", "go")).toBe(false);
    expect(has("Go-to person for escalations", "go")).toBe(false);
    expect(has("Learned a lot in R&D", "r-lang")).toBe(false);
    expect(has("Turned around a failing store", "rn")).toBe(false);
    expect(has("Postgres", "kubernetes")).toBe(false);
    // A specific product is not satisfied by a different product of the same category.
    expect(has("Sage Intacct and QuickBooks", "netsuite")).toBe(false);
    expect(has("Oracle NetSuite saved searches", "erp")).toBe(true);
  });

  it("a specific tool counts for the broader concept, not the other way round", () => {
    expect(has("Tableau dashboards", "bi-tool")).toBe(true);
    expect(has("a BI tool", "tableau")).toBe(false);
  });

  it("covers at least six fields, with unique ids", () => {
    const fields = new Set(CONCEPTS.map((c) => c.field));
    for (const f of ["software", "data", "healthcare", "sales", "finance", "logistics"])
      expect(fields.has(f as never)).toBe(true);
    expect(new Set(CONCEPTS.map((c) => c.id)).size).toBe(CONCEPTS.length);
  });

  it("prefers the longest match when parsing criteria", () => {
    const ids = findConcepts("A Bachelor of Science in Nursing (BSN)").map((h) => h.concept.id);
    expect(ids).toContain("bsn");
    expect(ids).not.toContain("bachelor");
  });
});
