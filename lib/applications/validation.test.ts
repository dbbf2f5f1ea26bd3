import { describe, expect, it } from "vitest";
import { nameFromFileName } from "./validation";

describe("nameFromFileName", () => {
  it("strips resume/CV/final words, versions and dates from the ends", () => {
    expect(nameFromFileName("Nina_Patel_Resume.pdf")).toBe("Nina Patel");
    expect(nameFromFileName("CV - John Smith (1).docx")).toBe("John Smith");
    expect(nameFromFileName("maria-garcia-cv-final-2024-03.pdf")).toBe("maria garcia");
    expect(nameFromFileName("Lee.Wong.Resume_v2_20240301.doc")).toBe("Lee Wong");
  });

  it("keeps names that contain such words in the middle, and never returns nothing", () => {
    expect(nameFromFileName("Anna_Final_Berg.pdf")).toBe("Anna Final Berg");
    expect(nameFromFileName("resume.pdf")).toBe("resume");
    expect(nameFromFileName(".pdf")).toBe("Unnamed candidate");
  });
});
