// Issue 15, more posting styles and evidence in other words: each rule stated generally over
// made-up occupations and wording (no copies of any evaluation resume or posting).
import { describe, expect, it } from "vitest";
import { answerPolarity } from "./answers";
import { engine, scoreDetailed } from "./index";
import { findDateRanges } from "./dates";
import { parsePosting } from "./posting";
import { parseResume } from "./sections";
import { parseCriterion } from "./spec";

describe("requirement headings in other words", () => {
  it("'Non-negotiables' lists requirements and 'Helpful' lists preferences", () => {
    const items = parsePosting(
      "We make barrels.\n\nNon-negotiables:\n• Two years shaping staves by hand\n• A clean safety record\n\nHelpful:\n• Steam-bending experience",
    );
    const byText = (t: string) => items.find((i) => i.text.includes(t))?.importance;
    expect(byText("shaping staves")).toBe("MUST_HAVE");
    expect(byText("clean safety record")).toBe("MUST_HAVE");
    expect(byText("Steam-bending")).toBe("PREFERRED");
  });
});

describe("years written in prose", () => {
  it("'three or more years of X' is a years requirement like '3+ years of X'", () => {
    const spec = parseCriterion("Three or more years restoring stained glass windows");
    expect(spec.kind).toBe("years");
    expect(spec.years).toBe(3);
    const criteria = engine.generateCriteria({
      jobTitle: "Cooper",
      jobDescription: "Requirements:\n• Four or more years of cooperage work\n• Own hand tools",
    });
    expect(criteria.some((c) => /\b4\b|four/i.test(c.text) && c.importance === "MUST_HAVE")).toBe(true);
  });
});

describe("hours refused in a screening answer", () => {
  const criteria = [
    { id: "c1", text: "At least 2 years of cooperage work in a working distillery", importance: "MUST_HAVE" as const },
    { id: "c2", text: "Hand tools and steam bending of oak staves", importance: "PREFERRED" as const },
  ];
  const RESUME = `Experience
Cooper, Highland Distillery — Jan 2019 – Present
- Cooperage work in a working distillery: raising, toasting and repairing oak casks
- Hand tools and steam bending of oak staves every day`;
  const Q = "This is a full-time role (40 hours a week). Is that what you are looking for?";
  const run = (answer: string) =>
    engine.score({
      criteria,
      resumeText: RESUME,
      applicationAnswers: [{ question: Q, answer }],
      jobDescription: "Cooper, full-time.",
      asOf: new Date("2026-11-01T00:00:00Z"),
    }).score;

  it("a clear no naming fewer hours caps at 4; an unclear answer naming them is off-target", () => {
    expect(run("Yes")).toBeGreaterThanOrEqual(8);
    expect(run("No, I can only do two days a week")).toBeLessThanOrEqual(4);
    const unclear = run("Ideally 20 hours a week");
    expect(unclear).toBeLessThanOrEqual(5);
    expect(unclear).toBeGreaterThan(4);
  });
});

describe("screening answers about exams", () => {
  it("an exam passed (or dated in a past year) is not pending; an exam still to sit is", () => {
    const q = "Do you hold a state farrier certificate?";
    expect(answerPolarity(q, "Yes — passed the certification exam in 2021")).toBe("yes");
    expect(answerPolarity(q, "Yes, certified (exam in 2019)")).toBe("yes");
    expect(answerPolarity(q, "Not yet, exam in March")).toBe("no");
    expect(answerPolarity(q, "I sit the exam next month")).toBe("no");
  });
});

describe("sums of money as thresholds", () => {
  const criteria = [
    {
      id: "c1",
      text: "Runs a market stall with at least $250k in annual sales today",
      importance: "MUST_HAVE" as const,
    },
    { id: "c2", text: "At least 2 years selling cheese at farmers markets", importance: "MUST_HAVE" as const },
  ];
  const resume = (sales: string) => `Experience
Cheesemonger, Valley Creamery — Jan 2020 – Present
- Selling cheese at farmers markets every weekend; ${sales} in annual sales`;
  const Q = "What are your stall's annual sales?";
  const run = (sales: string, answer?: string) =>
    scoreDetailed({
      criteria,
      resumeText: resume(sales),
      applicationAnswers: answer ? [{ question: Q, answer }] : [],
      jobDescription: "Market cheesemonger.",
      asOf: new Date("2026-11-01T00:00:00Z"),
    }).results[0]!.evidence;

  it("'$1.2M' and '$300,000' meet '$250k+'; '$90k' is below it and contradicts it", () => {
    expect(run("$1.2M").status).toBe("met");
    expect(run("$300,000").status).toBe("met");
    expect(run("$90k").status).toBe("contradicted");
  });

  it("a figure given in answer to a question about the same sum counts as a statement", () => {
    expect(run("steady", "About $400 thousand").status).toBe("met");
    expect(run("steady", "$120k").status).toBe("contradicted");
  });
});

describe("answers that deny the question's subject", () => {
  it("'no <the thing asked about>' is a no, whatever else the answer says; 'no problem' is not", () => {
    const q = "How large a herd of dairy goats do you manage?";
    expect(answerPolarity(q, "I help at a petting farm on weekends; no herd of my own")).toBe("no");
    expect(answerPolarity(q, "Not any goats at the moment")).toBe("no");
    expect(answerPolarity("Can you milk goats at 5 am?", "Yes, no problem")).toBe("yes");
    const q2 = "Do you hold the FWCF farrier diploma?";
    expect(answerPolarity(q2, "I hold a county shoeing permit, not the FWCF")).toBe("no");
    expect(answerPolarity(q2, "Yes, not only the FWCF but also AWCF")).toBe("yes");
  });
});

describe("conditions of the job the resume does not mention", () => {
  const criteria = [
    { id: "c1", text: "At least 3 years of hedge laying on working farms", importance: "MUST_HAVE" as const },
    {
      id: "c2",
      text: "Valid driver's license; able to work outdoors in all weather and carry 25 kg",
      importance: "MUST_HAVE" as const,
    },
  ];
  const RESUME = `Experience
Hedge Layer, Marches Countryside Services — Jan 2019 – Present
- Hedge laying on working farms across three counties, 2 km a season`;
  const run = (answers: { question: string; answer: string }[] = []) =>
    scoreDetailed({
      criteria,
      resumeText: RESUME,
      applicationAnswers: answers,
      jobDescription: "Hedge layer for farms.",
      asOf: new Date("2026-11-01T00:00:00Z"),
    });

  it("are unverified, not missing, and do not by themselves hold a candidate in the middle band", () => {
    const silent = run();
    expect(silent.results[1]!.evidence.status).toBe("unverified");
    expect(silent.score).toBeGreaterThanOrEqual(7);
  });

  it("a clear no in a screening answer still refuses them", () => {
    const no = run([{ question: "Can you work outdoors in all weather and carry 25 kg?", answer: "No" }]);
    expect(no.results[1]!.evidence.status).toBe("contradicted");
    expect(no.score).toBeLessThanOrEqual(4);
  });
});

describe("senior-sounding titles the posting itself uses", () => {
  it("'Chief' in a title is the job, not a rank above it, when the posting names the same post", () => {
    const criteria = [
      { id: "c1", text: "At least 3 years leading a ringing crew in bell towers", importance: "MUST_HAVE" as const },
    ];
    const resumeText = `Experience
Tower Chief, St Mary's Ringers — Jan 2019 – Present
- Leading a ringing crew in bell towers across the diocese`;
    const at = (jobDescription: string) =>
      scoreDetailed({ criteria, resumeText, applicationAnswers: [], jobDescription, asOf: new Date("2026-11-01") });
    expect(
      at("St Mary's rings for 40 services a year.\nWe need a tower chief to lead our bell ringers.").flags
        .overqualifiedTitle,
    ).toBeNull();
    expect(
      at(
        "St Mary's rings for 40 services a year.\nWe need a ringer to join our bell tower crew.\nOur guild's chief examiner visits once a year.",
      ).flags.overqualifiedTitle,
    ).not.toBeNull();
  });
});

describe("more posting layouts", () => {
  const importanceOf = (description: string, needle: string) =>
    parsePosting(description).find((i) => i.text.includes(needle))?.importance ?? null;

  it("'Must:' / 'Should:' / 'Could:' headings set must-have, preferred and nice-to-have", () => {
    const d = "Must:\n- Two years of thatching\nShould:\n- Water reed work\nCould:\n- Heritage listings";
    expect(importanceOf(d, "thatching")).toBe("MUST_HAVE");
    expect(importanceOf(d, "Water reed")).toBe("PREFERRED");
    expect(importanceOf(d, "Heritage")).toBe("NICE_TO_HAVE");
  });

  it("'Experience: …', 'Education: …' and 'Licenses: …' label lines are requirements", () => {
    const d = "Thatchers wanted.\nExperience: 4+ years thatching roofs.\nLicenses: Heritage craft card.";
    expect(importanceOf(d, "4+ years thatching")).toBe("MUST_HAVE");
    expect(importanceOf(d, "Heritage craft card")).toBe("MUST_HAVE");
  });

  it("'The successful candidate will have' and 'It would be an advantage' head requirement and preference lists", () => {
    const d =
      "The successful candidate will have:\n- Two years of thatching\nIt would be an advantage to have:\n- Water reed work";
    expect(importanceOf(d, "thatching")).toBe("MUST_HAVE");
    expect(importanceOf(d, "Water reed")).toBe("PREFERRED");
  });

  it("a Markdown table row is one requirement, its last cell its importance", () => {
    const d =
      "| Requirement | Level |\n|---|---|\n| 2+ years of thatching | Required |\n| Water reed work | Preferred |";
    expect(importanceOf(d, "thatching")).toBe("MUST_HAVE");
    expect(importanceOf(d, "Water reed")).toBe("PREFERRED");
    expect(parsePosting(d).some((i) => i.text.includes("|"))).toBe(false);
  });
});

describe("lists inside prose requirements", () => {
  it("'you must hold A, B and C' in a paragraph is three must-haves", () => {
    const items = parsePosting(
      "We restore organs in churches. To join us you must hold a diploma in organ building, a working knowledge of tracker actions and a clean voltage safety card (or be eligible for one).",
    ).filter((i) => i.importance === "MUST_HAVE");
    expect(items.map((i) => i.text)).toEqual([
      "To join us you must hold a diploma in organ building",
      "a working knowledge of tracker actions",
      "a clean voltage safety card (or be eligible for one)",
    ]);
  });

  it("a short 'A, B and C' of single words stays one requirement", () => {
    const items = parsePosting("You must know oak, ash and elm.").filter((i) => i.importance !== null);
    expect(items).toHaveLength(1);
  });

  it("'is a big plus' is a preference", () => {
    const items = parsePosting("Experience voicing reed pipes is a big plus.");
    expect(items[0]?.importance).toBe("PREFERRED");
  });
});

describe("initialisms and degree levels", () => {
  const evidenceFor = (text: string, resumeText: string) =>
    scoreDetailed({
      criteria: [{ id: "c1", text, importance: "MUST_HAVE" }],
      resumeText,
      applicationAnswers: [],
      jobDescription: "Hand therapy clinic.",
      asOf: new Date("2026-11-01T00:00:00Z"),
    }).results[0]!.evidence;

  it("a bare initialism in a criterion is met by consecutive words with those initials", () => {
    const spelled = `Experience
Therapist, Valley Hand Clinic — 2019 – Present
- Splinting and tendon rehabilitation
Licenses
Oregon Certified Hand Therapist license (active)`;
    expect(evidenceFor("An active Oregon CHT license", spelled).strength).toBeGreaterThanOrEqual(0.7);
    const other = spelled.replace("Certified Hand Therapist", "Clinical Home Visitor");
    expect(evidenceFor("An active Oregon CHT license", other).strength).toBeLessThan(0.7);
  });

  it("'M.A.', 'Master of …' and 'B.Com.' are degrees of their level in any field", () => {
    const masters = (line: string) => evidenceFor("Master's degree", `Education\n${line}`).strength;
    expect(masters("M.A. Hand Rehabilitation, Keele University")).toBeGreaterThanOrEqual(0.7);
    expect(masters("Master of Occupational Science, Otago")).toBeGreaterThanOrEqual(0.7);
    expect(evidenceFor("Bachelor's degree", "Education\nB.Com., University of Mumbai").strength).toBeGreaterThanOrEqual(
      0.7,
    );
  });
});

describe("years under the posting's job title in other words", () => {
  const criteria = [
    {
      id: "c1",
      text: "At least 3 years of restoring dry stone walls on upland estates",
      importance: "MUST_HAVE" as const,
    },
  ];
  const JOB =
    "Dry stone waller for a national park estate. Our wallers rebuild field walls, sheepfolds and boundary walls by hand with local stone.";
  const yearsFor = (title: string) =>
    scoreDetailed({
      criteria,
      resumeText: `Experience
${title} — Fellside Trust — Jan 2018 – Present
- Rebuild field walls, sheepfolds and boundary walls by hand with local stone`,
      applicationAnswers: [],
      jobDescription: JOB,
      asOf: new Date("2026-11-01T00:00:00Z"),
    }).results[0]!.evidence;

  it("a related role titled only in the posting's words (bar its rank) is not held in the middle band", () => {
    expect(yearsFor("Senior Waller").strength).toBeGreaterThanOrEqual(0.7);
  });

  it("a title with a qualifier the posting never uses, or a junior grade, stays merely related", () => {
    expect(yearsFor("Hedge Waller").strength).toBeLessThan(0.7);
    expect(yearsFor("Waller Apprentice").strength).toBeLessThan(0.7);
  });
});

describe("vocabulary-named experience under the posting's job title", () => {
  // "Dashboards" is a vocabulary concept; an archive's "finding aids" are not among its words.
  const criteria = [
    { id: "c1", text: "At least 3 years building dashboards for an archive", importance: "MUST_HAVE" as const },
  ];
  const JOB = "Archive data curator. Our curators build finding aids and catalogue guides for the archive.";
  const yearsFor = (title: string, line: string) =>
    scoreDetailed({
      criteria,
      resumeText: `Experience
${title} — County Records Office — Jan 2018 – Present
- ${line}`,
      applicationAnswers: [],
      jobDescription: JOB,
      asOf: new Date("2026-11-01T00:00:00Z"),
    }).results[0]!.evidence;

  it("a role titled in the posting's words is partial evidence even when no vocabulary term appears", () => {
    expect(yearsFor("Senior Data Curator", "Finding aids and catalogue guides for the archive").strength).toBe(0.7);
  });

  it("a role in other words under another title is still absence", () => {
    expect(yearsFor("Records Clerk", "Finding aids and catalogue guides for the archive").strength).toBe(0);
  });
});

describe("parenthetical alternatives", () => {
  it("'(or be eligible for one)' eases a requirement: its words are not terms the evidence must carry", () => {
    const b = scoreDetailed({
      criteria: [{ id: "c1", text: "A Devon farrier license (or be eligible for one)", importance: "MUST_HAVE" }],
      resumeText: "Experience\nFarrier, Moor Forge — 2019 – Present\n- Shoeing\nLicenses\nDevon Farrier License",
      applicationAnswers: [],
      jobDescription: "Farrier.",
      asOf: new Date("2026-11-01T00:00:00Z"),
    });
    expect(b.results[0]!.evidence.strength).toBeGreaterThanOrEqual(0.7);
  });
});

describe("one concern counted once", () => {
  it("an executive title and 'no hands-on work since …' are the same fact: one penalty, not two", () => {
    const criteria = [
      { id: "c1", text: "At least 3 years of hand-lettering shop signs", importance: "MUST_HAVE" as const },
      { id: "c2", text: "Vinyl plotter operation, with clear evidence", importance: "PREFERRED" as const },
      { id: "c3", text: "Canal boat livery painting, with clear evidence", importance: "PREFERRED" as const },
    ];
    const resume = (title: string) => `Experience
${title}, Gilt & Co — 2015 – Present
- Run the studio; have not done hands-on lettering myself since 2015
Sign Writer, Gilt & Co — 2005 – 2015
- Hand-lettering shop signs in gold leaf`;
    const at = (title: string) =>
      scoreDetailed({
        criteria,
        resumeText: resume(title),
        applicationAnswers: [],
        jobDescription: "Sign writer for shop fronts.\nHand-lettering in gold leaf.",
        asOf: new Date("2026-11-01T00:00:00Z"),
      });
    const exec = at("Director");
    expect(exec.flags.overqualifiedTitle).not.toBeNull();
    expect(exec.flags.offTarget).not.toBeNull();
    expect(exec.score).toBe(at("Studio Owner").score);
  });
});

describe("bullets, decorated headings and unbulleted items", () => {
  const importanceOf = (description: string, needle: string) =>
    parsePosting(description).find((i) => i.text.includes(needle))?.importance ?? null;

  it("check marks, arrows and '(1)' are bullets, and an emoji before a heading is decoration", () => {
    const d =
      "✅ Requirements\n✔ Two years of thatching\n→ A ladder safety card\n(3) Own hand tools\n⭐ Bonus\n✔ Water reed work";
    expect(importanceOf(d, "Two years of thatching")).toBe("MUST_HAVE");
    expect(importanceOf(d, "ladder safety card")).toBe("MUST_HAVE");
    expect(importanceOf(d, "Own hand tools")).toBe("MUST_HAVE");
    expect(importanceOf(d, "Water reed")).toBe("NICE_TO_HAVE");
  });

  it("short unbulleted lines in sentence case under a requirement heading are items; a Title Case line is a heading", () => {
    const d =
      "REQUIRED QUALIFICATIONS:\n2+ years of thatching\nLadder safety card\nOur Story\nWe began in 1920 as a family firm";
    expect(importanceOf(d, "2+ years of thatching")).toBe("MUST_HAVE");
    expect(importanceOf(d, "Ladder safety card")).toBe("MUST_HAVE");
    expect(importanceOf(d, "family firm")).toBeNull();
  });

  it("'You are:' heads a requirement list", () => {
    expect(importanceOf("You are:\n- a thatcher with two years on listed roofs", "thatcher")).toBe("MUST_HAVE");
  });
});

describe("more ways of writing dates", () => {
  const asOf = new Date("2026-11-01T00:00:00Z");
  const months = (line: string) => findDateRanges(line, asOf).map((r) => r.end - r.start);

  it("'Since 2019' closing a title line, '– to date', '2019/01' and \"Sep '19\" are ranges", () => {
    expect(months("Cooper, Oak Barrels Ltd — since 2019")).toEqual([95]);
    expect(months("Cooper (since Mar 2021)")).toEqual([69]);
    expect(months("Cooper, 2019 - to date")).toEqual([95]);
    expect(months("Cooper, 2019/01 – 2020/12")).toEqual([24]);
    expect(months("Cooper, Sep '19 – Present")).toEqual([87]);
  });

  it("seasons ('Fall 2019'), 'to the present' and 'pres.' are dates", () => {
    expect(months("Cooper, Fall 2019 – Spring 2020")).toEqual([7]);
    expect(months("Cooper, 2019 to the present")).toEqual([95]);
    expect(months("Cooper, 2019 – pres.")).toEqual([95]);
  });

  it("'since' inside a description is not a range", () => {
    expect(months("- Have not raised a barrel myself since 2015")).toEqual([]);
  });

  it("dates on their own line with the title on the next line give the role its title", () => {
    const r = parseResume("Experience\nJan 2019 – Present\nHead Cooper, Oak Barrels Ltd\n- Raised casks", asOf);
    expect(r.roles[0]?.title).toBe("Head Cooper, Oak Barrels Ltd");
  });
});

describe("years of what comes before them", () => {
  it("'a master thatcher with 4+ years of experience' asks for years as a master thatcher, not any years", () => {
    const criteria = engine.generateCriteria({
      jobTitle: "Thatcher",
      jobDescription: "Requirements:\n- A master thatcher with 4+ years of experience\n- Own ladders and hand tools",
    });
    const years = criteria.find((c) => /\b4 years\b/.test(c.text));
    expect(years?.text).toMatch(/master thatcher/);
    const asOf = new Date("2026-11-01T00:00:00Z");
    const scored = (title: string) =>
      scoreDetailed({
        criteria: [{ id: "c1", text: years!.text, importance: "MUST_HAVE" }],
        resumeText: `Experience\n${title}, Reed & Straw Ltd — 2015 – Present\n- Roofs`,
        applicationAnswers: [],
        jobDescription: "Thatcher.",
        asOf,
      }).results[0]!.evidence.strength;
    expect(scored("Master Thatcher")).toBe(1);
    expect(scored("Bricklayer")).toBeLessThan(0.5);
  });
});

describe("requirement headings people write", () => {
  const first = (heading: string) =>
    parsePosting(`Thatchers Ltd.\n\n${heading}:\n- Two years of thatching`).find((i) => i.text.includes("thatching"))
      ?.importance ?? null;

  it("profile-style headings list requirements", () => {
    for (const h of ["Your background", "Candidate profile", "Who we're looking for", "We require", "Mandatory"])
      expect(first(h), h).toBe("MUST_HAVE");
    for (const h of ["Education & Experience", "Licenses & Certifications", "Core competencies"])
      expect(first(h), h).toBe("MUST_HAVE");
  });

  it("'Desired skills' and 'What sets you apart' are preferences; 'Pluses' and 'Extra points' nice-to-haves", () => {
    expect(first("Desired skills")).toBe("PREFERRED");
    expect(first("What sets you apart")).toBe("PREFERRED");
    expect(first("Pluses")).toBe("NICE_TO_HAVE");
    expect(first("Extra points")).toBe("NICE_TO_HAVE");
  });
});

describe("credentials by other names", () => {
  const asOf = new Date("2026-11-01T00:00:00Z");
  it("'Registrations' and 'Designations' headings list credentials, not duties of the role above", () => {
    for (const heading of ["Registrations", "Designations"]) {
      const r = parseResume(
        `Experience\nCooper, Oak Ltd — 2019 – Present\n- Casks\n${heading}\nGuild cooper, 2021`,
        asOf,
      );
      expect(r.lines.find((l) => l.text.startsWith("Guild"))?.section, heading).toBe("certifications");
    }
  });

  it("a 'designation' or 'registration' criterion is a credential, proven where credentials are listed", () => {
    for (const word of ["designation", "registration"]) {
      const b = scoreDetailed({
        criteria: [{ id: "c1", text: `Master Cooper ${word} from the guild`, importance: "MUST_HAVE" }],
        resumeText: `Experience\nCooper, Oak Ltd — 2019 – Present\n- Casks\nCertifications\nMaster Cooper ${word}, the guild, 2021`,
        applicationAnswers: [],
        jobDescription: "Cooper.",
        asOf,
      });
      expect(b.results[0]!.evidence.strength, word).toBeGreaterThanOrEqual(0.7);
    }
  });
});

describe("scores out of 100 without a percent sign", () => {
  const evidence = (line: string) =>
    scoreDetailed({
      criteria: [
        { id: "c1", text: "Tasting panel accuracy of 90% or higher on blind audits", importance: "MUST_HAVE" },
      ],
      resumeText: `Experience\nCheese Grader, Dale Dairy — 2019 – Present\n- ${line}`,
      applicationAnswers: [],
      jobDescription: "Cheese grader.",
      asOf: new Date("2026-11-01T00:00:00Z"),
    }).results[0]!.evidence.status;

  it("'blind audit score 94' meets a 90% bar and 'audit score 82' falls short of it", () => {
    expect(evidence("Blind audit score 94 across 2025")).toBe("met");
    expect(evidence("Blind audit score 82 across 2025")).toBe("contradicted");
  });

  it("a score on another scale ('score 120 points', '8/10') is not a percentage", () => {
    expect(evidence("Blind audit score 120 points")).not.toBe("met");
  });
});

describe("numbers repeated in brackets", () => {
  it("'Two (2) years of X' is a years requirement of 2", () => {
    const spec = parseCriterion("Two (2) years of experience as a cooper in a distillery");
    expect(spec.kind).toBe("years");
    expect(spec.years).toBe(2);
  });
});

describe("study placements and short dated experience", () => {
  const criteria = [
    {
      id: "c1",
      text: "At least 2 years of experience as a farrier in a working yard",
      importance: "MUST_HAVE" as const,
    },
  ];
  const run = (resumeText: string) =>
    scoreDetailed({
      criteria,
      resumeText,
      applicationAnswers: [],
      jobDescription: "Farrier for a working yard.",
      asOf: new Date("2026-11-01T00:00:00Z"),
    });

  it("a student placement or internship in the work is training, not years of it", () => {
    const r = run(`Experience
Farrier, Moor Yard — Jul 2026 – Present
- Shoeing in a working yard
Student Farrier (placement), Moor Yard — 2023 – 2026
- Shoeing in a working yard under supervision`);
    expect(r.results[0]!.evidence.strength).toBeLessThan(0.25);
  });

  it("dated roles well short of the years are a shortfall that gates, not an unknown", () => {
    const r = run(`Experience
Farrier, Moor Yard — Jul 2026 – Present
- Shoeing in a working yard`);
    expect(r.results[0]!.evidence.status).toBe("partial");
    expect(r.score).toBeLessThanOrEqual(4);
  });
});

describe("conditions of the job in free-text criteria", () => {
  it("'Must be able to lift and position hay bales up to 25 kg', unmentioned, does not hold a candidate in the middle band", () => {
    const b = scoreDetailed({
      criteria: [
        { id: "c1", text: "At least 3 years of hedge laying on working farms", importance: "MUST_HAVE" },
        { id: "c2", text: "Must be able to lift and position hay bales up to 25 kg", importance: "MUST_HAVE" },
      ],
      resumeText: `Experience
Hedge Layer, Marches Countryside Services — Jan 2019 – Present
- Hedge laying on working farms across three counties`,
      applicationAnswers: [],
      jobDescription: "Hedge layer.",
      asOf: new Date("2026-11-01T00:00:00Z"),
    });
    expect(b.results[1]!.evidence.status).toBe("unverified");
    expect(b.score).toBeGreaterThanOrEqual(7);
  });
});

describe("associate degrees", () => {
  it("'A.A.S.' and 'Associate of Applied Science' are associate degrees; a bachelor's also meets one", () => {
    const strength = (line: string) =>
      scoreDetailed({
        criteria: [{ id: "c1", text: "Associate degree in farriery science", importance: "MUST_HAVE" }],
        resumeText: `Education\n${line}`,
        applicationAnswers: [],
        jobDescription: "Farrier.",
        asOf: new Date("2026-11-01T00:00:00Z"),
      }).results[0]!.evidence.strength;
    expect(strength("A.A.S. Farriery Science, Hartpury College")).toBeGreaterThanOrEqual(0.7);
    expect(strength("Associate of Applied Science, Farriery Science")).toBeGreaterThanOrEqual(0.7);
    expect(strength("B.S. Farriery Science, Hartpury University")).toBeGreaterThanOrEqual(0.7);
    expect(strength("High school diploma")).toBeLessThan(0.25);
  });
});

describe("titles cut short", () => {
  it("truncations ('Restor Tech') of the posting's words are the posting's job title", () => {
    const criteria = [
      {
        id: "c1",
        text: "At least 3 years of conserving antique picture frames for collections",
        importance: "MUST_HAVE" as const,
      },
    ];
    const JOB =
      "Frame restoration technician for a museum. Our technicians repair gilded frames, consolidate gesso and retouch loss.";
    const yearsFor = (title: string) =>
      scoreDetailed({
        criteria,
        resumeText: `Experience\n${title} — City Museum — Jan 2018 – Present\n- Repair gilded frames, consolidate gesso and retouch loss`,
        applicationAnswers: [],
        jobDescription: JOB,
        asOf: new Date("2026-11-01T00:00:00Z"),
      }).results[0]!.evidence.strength;
    expect(yearsFor("Restor Tech")).toBeGreaterThanOrEqual(0.7);
    expect(yearsFor("Gallery Tech")).toBeLessThan(0.7);
  });
});

describe("labels inside requirement paragraphs", () => {
  it("'Education: …' and 'License: …' run together in one paragraph are requirements without their labels", () => {
    const items = parsePosting(
      "MINIMUM QUALIFICATIONS\nEducation: Diploma in farriery science. License: Current county farrier license.",
    ).filter((i) => i.importance === "MUST_HAVE");
    expect(items.map((i) => i.text)).toEqual(["Diploma in farriery science.", "Current county farrier license."]);
  });
});

describe("a paragraph opening with a requirement question", () => {
  it("'Is this you? You're … You own …' lists each sentence as a requirement", () => {
    const items = parsePosting(
      "We bind books by hand.\n\nIs this you? You're a journeyman bookbinder with your guild card. You own a nipping press and your own finishing tools. You can work Saturdays in the shop.\n\nBonus points if you gild edges.",
    );
    const byText = (t: string) => items.find((i) => i.text.includes(t))?.importance ?? null;
    expect(byText("guild card")).toBe("MUST_HAVE");
    expect(byText("nipping press")).toBe("MUST_HAVE");
    expect(byText("Saturdays")).toBe("MUST_HAVE");
    expect(byText("gild edges")).toBe("NICE_TO_HAVE");
  });
  it("a question that names no requirement section stays prose", () => {
    const items = parsePosting("Why bind books? It keeps a craft alive. You can visit the shop any day.");
    expect(items.some((i) => i.importance !== null)).toBe(false);
  });
});

describe("a pipe-separated requirements table without outer pipes", () => {
  it("'X | Required' rows are requirements and the pipe is not part of the text", () => {
    const items = parsePosting(
      "Requirement | Level\nThree years restoring pipe organs | Required\nA voicing apprenticeship | Preferred",
    );
    const organs = items.find((i) => i.text.includes("pipe organs"));
    expect(organs?.importance).toBe("MUST_HAVE");
    expect(organs?.text.includes("|")).toBe(false);
    expect(items.find((i) => i.text.includes("voicing"))?.importance).toBe("PREFERRED");
  });
});

describe("an early career against a years requirement", () => {
  const criteria = [
    { id: "c1", text: "At least 3 years restoring pipe organs", importance: "MUST_HAVE" as const },
    { id: "c2", text: "Own voicing tools and a tuning kit", importance: "MUST_HAVE" as const },
  ];
  const run = (resumeText: string) =>
    scoreDetailed({
      criteria,
      resumeText,
      applicationAnswers: [],
      jobDescription: "Organ Restorer\nRequirements:\n• At least 3 years restoring pipe organs\n• Own voicing tools",
      asOf: new Date("2030-03-01T00:00:00Z"),
    }).score;
  it("all of one's working life under half the years asked is gated like a missing must-have", () => {
    const score = run(
      "Organ Restorer, Cathedral Organ Works — Jan 2029 – Present\n- Restoring pipe organs; own voicing tools and tuning kit\nOrgan Building Student, Guild College — 2025 – 2028",
    );
    expect(score).toBeLessThanOrEqual(4);
  });
  it("a short stint after years of neighbouring work is mixed, not gated", () => {
    const score = run(
      "Organ Restorer, Cathedral Organ Works — Jan 2029 – Present\n- Restoring pipe organs; own voicing tools and tuning kit\nPiano Technician, Keys & Co — 2020 – 2028",
    );
    expect(score).toBeGreaterThanOrEqual(5);
  });
});

describe("criteria the engine added to fill the list", () => {
  it("do not hold back a candidate who meets every requirement the posting stated", () => {
    const criteria = engine
      .generateCriteria({
        jobTitle: "Clock Restorer",
        jobDescription:
          "We repair antique clocks.\n\nRequirements:\n• At least 4 years restoring antique clocks\n• Own lathe and clockmaking tools",
      })
      .map((c, i) => ({ id: `c${i + 1}`, ...c }));
    expect(criteria.length).toBeGreaterThanOrEqual(5);
    const score = engine.score({
      criteria,
      resumeText:
        "Horologist, Tick & Tock Workshop — 2018 – Present\n- Restoring antique clocks: bushings, mainsprings, escapements\n- Own lathe and clockmaking tools",
      applicationAnswers: [],
      jobDescription: "We repair antique clocks.",
      asOf: new Date("2026-11-01T00:00:00Z"),
    }).score;
    expect(score).toBeGreaterThanOrEqual(8);
  });
});

describe("the posting's job held under its own title for the years asked", () => {
  it("is met-level years evidence even when the role's lines use other words than the criterion", () => {
    const b = scoreDetailed({
      criteria: [
        { id: "c1", text: "At least 3 years casting bronze church bells", importance: "MUST_HAVE" },
        { id: "c2", text: "Tuning of bells on a vertical tuning lathe", importance: "MUST_HAVE" },
      ],
      resumeText:
        "Bell Founder, Old Mill Foundry — 2016 – Present\n- Moulding loam cores and pouring peals for towers\n- Tuning bells on a vertical tuning lathe",
      applicationAnswers: [],
      jobDescription:
        "Bell Founder\nWhitcombe Foundry casts bells for towers.\nRequirements:\n• At least 3 years casting bronze church bells\n• Tuning of bells on a lathe",
      asOf: new Date("2026-11-01T00:00:00Z"),
    });
    expect(b.results[0]?.evidence.strength).toBeGreaterThanOrEqual(0.85);
    expect(b.score).toBeGreaterThanOrEqual(9);
  });
});
