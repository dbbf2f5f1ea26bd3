import { describe, expect, it } from "vitest";
import { contentStems, wordCount, words } from "./text";

describe("text helpers", () => {
  it("counts words as splitting on whitespace does, Unicode spaces included", () => {
    for (const t of [
      "",
      "  ",
      "one",
      "  a  b\u00a0c\u2003d\n\te ",
      "x\u3000y\ufeffz",
      "Senior Voicer — Mander Organs, 2019",
    ])
      expect(wordCount(t)).toBe(words(t).length);
  });

  it("stems each content word once, dropping stopwords, numbers and possessives", () => {
    expect(contentStems("The voicer's voicing of 12 flue pipes; voicing again")).toEqual([
      "voic",
      "flue",
      "pipe",
      "again",
    ]);
  });
});
