import { describe, expect, it } from "vitest";
import { firstSentence } from "./first-sentence";

describe("firstSentence", () => {
  it("cuts after the first sentence", () => {
    expect(firstSentence("Strong fit. Has 6 years of Go. Hire.")).toBe("Strong fit.");
  });
  it("keeps decimals and versions inside a sentence", () => {
    expect(firstSentence("Knows Node 20.5 well! Next.")).toBe("Knows Node 20.5 well!");
  });
  it("returns text without terminal punctuation whole", () => {
    expect(firstSentence("  Mixed signals  ")).toBe("Mixed signals");
  });
});
