// Issue 15's failure categories, each written as a general rule over made-up occupations the
// vocabulary does not know (no copies of any evaluation resume).
import { describe, expect, it } from "vitest";
import { answerPolarity } from "./answers";
import { engine, scoreDetailed } from "./index";
import { withinBand } from "./score";
import { parsePosting } from "./posting";
import type { ScoringInput } from "./types";

const asOf = new Date("2026-11-01T00:00:00Z");
const LICENCE_Q = "Do you hold an active state glazier license?";

// A trade the vocabulary has never heard of: every rule below must work from the words alone.
const criteria: ScoringInput["criteria"] = [
  { id: "c1", text: "Active state glazier license", importance: "MUST_HAVE" },
  { id: "c2", text: "At least 3 years of commercial glazing installation experience", importance: "MUST_HAVE" },
  { id: "c3", text: "Working knowledge of curtain wall systems (CWS)", importance: "PREFERRED" },
  { id: "c4", text: "Track record of 95%+ first-time inspection pass rate", importance: "PREFERRED" },
  {
    id: "c5",
    text: "Previously held a glazier role or one with closely comparable responsibilities",
    importance: "NICE_TO_HAVE",
  },
];
const JOB = "Commercial Glazier. Install storefront glazing, curtain wall and windows on commercial sites.";

const STRONG = `Experience
Commercial Glazier — ClearSpan Glass | Mar 2020 – Present
- Commercial glazing installation: storefronts and CWS units on mid-rise offices
- 98% first-time inspection pass rate across 40 projects
Glazier Apprentice — ClearSpan Glass | 2018 – 2020
- Commercial glazing installation on retail fit-outs
Licenses
State Glazier License (active)`;

const score = (resumeText: string, answers: ScoringInput["applicationAnswers"] = []) =>
  scoreDetailed({ criteria, resumeText, applicationAnswers: answers, jobDescription: JOB, asOf });

describe("must-haves refused in screening answers are gated", () => {
  it("a clear no (or 'not yet') to a must-have question caps at 4 and is never a strength", () => {
    const yes = score(STRONG, [{ question: LICENCE_Q, answer: "Yes" }]);
    expect(yes.score).toBeGreaterThanOrEqual(8);
    for (const answer of ["No", "Not yet licensed — exam in March", "I hold a carpenter license"]) {
      const no = score(STRONG, [{ question: LICENCE_Q, answer }]);
      expect(no.score, answer).toBeLessThanOrEqual(4);
      expect(no.results[0]!.evidence.status, answer).toBe("contradicted");
      const result = engine.score({
        criteria,
        resumeText: STRONG,
        applicationAnswers: [{ question: LICENCE_Q, answer }],
        jobDescription: JOB,
        asOf,
      });
      expect(result.assessment.strengths.join("\n")).not.toMatch(/glazier license/i);
    }
  });

  it("reads questions that ask whether the candidate needs something the other way round", () => {
    const q = "Will you now or in the future require visa sponsorship?";
    expect(answerPolarity(q, "No")).toBe("yes");
    expect(answerPolarity(q, "Yes, I will require sponsorship")).toBe("no");
    expect(answerPolarity("Are you authorized to work here without sponsorship?", "No, I will need sponsorship")).toBe(
      "no",
    );
  });
});

describe("keyword-stuffed profiles score low", () => {
  it("requirements named only in a skills list that no role backs do not count", () => {
    const stuffed = score(
      `Skills: glazier license, commercial glazing installation, curtain wall systems, 99% inspection pass rate
Experience
Cashier — Hardware Store | 2021 – Present
- Ran the register and stocked shelves`,
      [{ question: LICENCE_Q, answer: "Yes" }],
    );
    expect(stuffed.score).toBeLessThanOrEqual(3);
  });
});

describe("adjacent professions do not pass as the role", () => {
  it("years count only roles that carry the criterion's words, not any dated job", () => {
    const other = score(`Experience\nBarista — Corner Coffee | 2015 – Present\n- Espresso and customer service`);
    expect(other.results[1]!.evidence.strength).toBe(0);
  });

  it("a role with the work but none of its 'X or Y' qualifiers is the wrong kind of that work", () => {
    const pharmacy = [
      {
        id: "p",
        text: "At least 2 years of hospital or inpatient pharmacy experience",
        importance: "MUST_HAVE" as const,
      },
    ];
    const run = (resumeText: string) =>
      scoreDetailed({
        criteria: pharmacy,
        resumeText,
        applicationAnswers: [],
        jobDescription: "Hospital pharmacist",
        asOf,
      });
    expect(
      run(`Experience\nStaff Pharmacist — Community pharmacy chain | 2018 – Present\n- Dispensing and counseling`)
        .score,
    ).toBeLessThanOrEqual(4);
    expect(
      run(`Experience\nStaff Pharmacist — General Hospital | 2018 – Present\n- Inpatient order verification`).score,
    ).toBeGreaterThanOrEqual(8);
  });
});

describe("roles outside the vocabulary", () => {
  it("a job title holding the role's name is proof of the role", () => {
    expect(score(STRONG).results[4]!.evidence.strength).toBe(1);
  });

  it("bold must-haves as a numbered list and a run-on 'Bonus points' paragraph get their importance", () => {
    const items = parsePosting(
      `About us\nWe install glass.\n\n**Must-haves**\n1. Active state glazier license\n2. 3+ years of glazing\n\n**Bonus points** experience with curtain wall systems, a forklift card, and bilingual English and Spanish would help.`,
    );
    expect(items.filter((i) => i.importance === "MUST_HAVE").map((i) => i.text)).toEqual([
      "Active state glazier license",
      "3+ years of glazing",
    ]);
    expect(items.find((i) => /curtain wall/.test(i.text))?.importance).toBe("NICE_TO_HAVE");
  });

  it("scores spread across the band: strong, partial and weak candidates of an unknown trade differ", () => {
    const partial = `Experience\nGlazier — Home Windows Co | Jan 2025 – Present\n- Residential window replacement`;
    const weak = `Experience\nWarehouse Associate — Depot | 2020 – Present\n- Loaded trucks`;
    const scores = [score(STRONG).score, score(partial).score, score(weak).score];
    expect(new Set(scores).size).toBe(3);
    expect(scores[0]).toBeGreaterThan(scores[1]!);
    expect(scores[1]).toBeGreaterThan(scores[2]!);
  });
});

describe("synonyms and abbreviations", () => {
  it("a tool the vocabulary knows, written out in the criterion's own words, is partial evidence", () => {
    const c = [
      {
        id: "a",
        text: "Hands-on experience with a warehouse management system (WMS) such as Manhattan or SAP EWM",
        importance: "MUST_HAVE" as const,
      },
    ];
    const run = (line: string) =>
      scoreDetailed({
        criteria: c,
        resumeText: `Experience\nOperations Supervisor — Grocer DC | 2020 – Present\n- ${line}`,
        applicationAnswers: [],
        jobDescription: "Warehouse supervisor",
        asOf,
      }).results[0]!.evidence;
    const spelled = run("Slotting and replenishment in SAP extended warehouse management");
    expect(spelled.strength).toBeGreaterThanOrEqual(0.5);
    expect(spelled.strength).toBeLessThan(0.7);
    expect(run("Daily labor planning in Manhattan WMS").status).toBe("met");
    expect(run("Loaded trailers and scanned packages").strength).toBeLessThan(0.25);
  });

  it("an abbreviation given in the criterion counts for its long name", () => {
    expect(score(STRONG).results[2]!.evidence.strength).toBeGreaterThanOrEqual(0.7);
  });
});

describe("overqualified or off-target candidates", () => {
  it("a candidate who wants part-time hours, or has been hands-off for years, is not a top match", () => {
    const full = score(STRONG).score;
    const partTime = score(`Summary\nLooking for part-time work, 20 hours a week.\n${STRONG}`);
    const handsOff = score(`Summary\nI have not worked hands-on since 2019; I run the estimating office.\n${STRONG}`);
    for (const r of [partTime, handsOff]) {
      expect(r.score).toBeLessThanOrEqual(5);
      expect(r.score).toBeLessThan(full);
      expect(r.flags.offTarget).not.toBeNull();
    }
  });
});

describe("numeric thresholds", () => {
  it("a stated figure below the bar does not meet it, and a target is not a result", () => {
    const below = STRONG.replace("98% first-time inspection pass rate", "88% first-time inspection pass rate");
    expect(score(below).results[3]!.evidence.status).toBe("contradicted");
    expect(score(STRONG).results[3]!.evidence.status).toBe("met");
    const target = STRONG.replace(
      "98% first-time inspection pass rate",
      "91% first-time inspection pass rate (target 95%)",
    );
    expect(score(target).results[3]!.evidence.status).toBe("contradicted");
  });
});

describe("posting styles read into importance levels", () => {
  it("'What will you need?' headings are requirements and a run-on 'Required:' list is one item per requirement", () => {
    const items = parsePosting(
      `What will you do?\nInstall storefront glass.\n\nWhat will you need?\n• A state glazier license\n• Comfort working at height on lifts\n\nRequired: 3+ years as a commercial glazier, a valid driver's license with a clean record, the ability to read shop drawings on your own, and willingness to travel to job sites.\n\nPreferred: experience with curtain wall systems, a completed glazing apprenticeship, and OSHA 30 training.`,
    );
    const must = items.filter((i) => i.importance === "MUST_HAVE").map((i) => i.text);
    expect(must).toEqual([
      "A state glazier license",
      "Comfort working at height on lifts",
      "3+ years as a commercial glazier",
      "a valid driver's license with a clean record",
      "the ability to read shop drawings on your own",
      "willingness to travel to job sites",
    ]);
    expect(items.filter((i) => i.importance === "PREFERRED")).toHaveLength(3);
  });

  it("a short comma list (of single tools) stays one item", () => {
    const items = parsePosting(`Required: Lean, Kaizen, 5S and OSHA 10.`);
    expect(items.filter((i) => i.importance === "MUST_HAVE")).toHaveLength(1);
  });
});

describe("'X or Y, and Z' needs each joined part", () => {
  it("one alternative of the first part does not stand for the part joined by 'and'", () => {
    const c = [
      {
        id: "a",
        text: "Experience in fintech or payments, and with event-driven architectures",
        importance: "PREFERRED" as const,
      },
    ];
    const run = (resumeText: string) =>
      scoreDetailed({ criteria: c, resumeText, applicationAnswers: [], jobDescription: "Backend engineer", asOf })
        .results[0]!.evidence;
    const onlyEvents = run(
      `Experience\nBackend Engineer — HealthCo | 2020 – Present\n- Event-driven architecture on Kafka`,
    );
    const both = run(
      `Experience\nBackend Engineer — PayCo | 2020 – Present\n- Payments ledger; event-driven architecture on Kafka`,
    );
    expect(onlyEvents.strength).toBeLessThanOrEqual(0.6);
    expect(onlyEvents.reason).toMatch(/payments/i);
    expect(both.strength).toBeGreaterThanOrEqual(0.9);
  });
});

describe("numeric thresholds on counts", () => {
  it("a count below the bar ('150 employees' for '1,000+ employees') does not meet it", () => {
    const c = [
      { id: "a", text: "At least 3 years running payroll for 1,000+ employees", importance: "MUST_HAVE" as const },
    ];
    const run = (n: string) =>
      scoreDetailed({
        criteria: c,
        resumeText: `Experience\nPayroll Specialist — Co | 2019 – Present\n- Ran payroll for ${n} employees in three states`,
        applicationAnswers: [],
        jobDescription: "Payroll specialist",
        asOf,
      });
    expect(run("150").results[0]!.evidence.status).toBe("contradicted");
    expect(run("150").score).toBeLessThanOrEqual(4);
    expect(run("2,400").results[0]!.evidence.status).toBe("met");
  });
});

describe("hours the candidate states against hours the job needs", () => {
  const c = [
    { id: "a", text: "At least 3 years of commercial glazing installation", importance: "MUST_HAVE" as const },
    {
      id: "b",
      text: "Available for night and weekend shifts on a rotating schedule",
      importance: "MUST_HAVE" as const,
    },
  ];
  const job = "Glazier, rotating night and weekend shifts";
  const run = (extra: string, answers: ScoringInput["applicationAnswers"] = []) =>
    scoreDetailed({
      criteria: c,
      resumeText: `${STRONG}\n${extra}`,
      applicationAnswers: answers,
      jobDescription: job,
      asOf,
    });

  it("a stated limit contradicts the criterion; a preference makes the candidate off-target", () => {
    const limit = run("Availability: weekdays only");
    expect(limit.results[1]!.evidence.status).toBe("contradicted");
    expect(limit.score).toBeLessThanOrEqual(4);
    const preference = run("Prefers day shifts.");
    expect(preference.flags.offTarget).not.toBeNull();
    expect(preference.score).toBeLessThanOrEqual(5);
  });

  it("history ('day shifts only so far') is not a limit, and a screening answer has the last word", () => {
    expect(run("Day shifts only so far.").results[1]!.evidence.status).not.toBe("contradicted");
    const answered = run("Availability: weekdays only", [
      { question: "Can you work night and weekend shifts on a rotating schedule?", answer: "Yes" },
    ]);
    expect(answered.results[1]!.evidence.status).toBe("met");
  });
});

describe("adjacent professions touching the work", () => {
  it("years matched only by a mention under another profession's title are not the work itself", () => {
    const c = [
      { id: "a", text: "At least 3 years processing payroll for hourly staff", importance: "MUST_HAVE" as const },
    ];
    const run = (resumeText: string) =>
      scoreDetailed({ criteria: c, resumeText, applicationAnswers: [], jobDescription: "Payroll Specialist", asOf });
    const accountant = run(
      `Experience\nStaff Accountant — Freight Co | 2019 – Present\n- Payroll journal entries at month-end`,
    );
    const payroll = run(
      `Experience\nPayroll Specialist — Freight Co | 2019 – Present\n- Process weekly payroll for 900 hourly staff`,
    );
    expect(accountant.results[0]!.evidence.strength).toBeLessThan(0.25);
    expect(accountant.score).toBeLessThanOrEqual(4);
    expect(payroll.results[0]!.evidence.status).toBe("met");
    // Roles listed by employer only say nothing about the profession: they still count.
    const byEmployer = run(`- Freight Co (2019–present): process weekly payroll for hourly staff`);
    expect(byEmployer.results[0]!.evidence.status).toBe("met");
  });
});

describe("ties inside a capped band", () => {
  it("candidates held at the same mid-band cap are separated by the rest of their evidence", () => {
    expect(withinBand(9.5, 6)).toBe(6);
    expect(Math.round(withinBand(6.3, 6))).toBe(5);
    expect(withinBand(3, 6)).toBe(3);
    // Below 5 the gate is a hard ceiling: an unmet must-have never rises inside the band.
    expect(withinBand(9.5, 4)).toBe(4);
  });
});

describe("credentials are proven where credentials are listed, by their subject words", () => {
  // An occupation the vocabulary does not know: a licensed farrier with a made-up degree.
  const c: ScoringInput["criteria"] = [
    { id: "deg", text: "A Bachelor of Equine Podiatry (BEP) degree", importance: "MUST_HAVE" },
    { id: "lic", text: "An active state farrier license", importance: "MUST_HAVE" },
    { id: "skill", text: "Hands-on corrective shoeing skills", importance: "MUST_HAVE" },
  ];
  const run = (resumeText: string, answers: ScoringInput["applicationAnswers"] = []) =>
    scoreDetailed({ criteria: c, resumeText, applicationAnswers: answers, jobDescription: "Farrier", asOf });
  const FARRIER = `Experience
Farrier — Hoofline Stables | 2019 – Present
- Corrective shoeing for lame and laminitic horses, 30 a week
Education
Bachelor of Equine Podiatry, Westfield College, 2018
Licenses
State Farrier License (active)`;

  it("a degree, licence or skill criterion does not need its form word ('degree', 'skills', 'hands-on')", () => {
    const r = run(FARRIER);
    for (const x of r.results) expect(x.evidence.status, x.text).toBe("met");
    expect(r.score).toBeGreaterThanOrEqual(9);
  });

  it("the long name spelled out meets a criterion that also gives its abbreviation", () => {
    const award = [{ id: "a", text: "An Equine Podiatry Certificate (EPC)", importance: "MUST_HAVE" as const }];
    const r = scoreDetailed({
      criteria: award,
      resumeText: `${FARRIER}\nEquine Podiatry Certificate, 2021`,
      applicationAnswers: [],
      jobDescription: "Farrier",
      asOf,
    });
    expect(r.results[0]!.evidence.status).toBe("met");
    expect(r.results[0]!.evidence.strength).toBeGreaterThanOrEqual(0.85);
  });

  it("a skills list naming the credential is still only a claim", () => {
    const listed = run(`Skills\nBachelor of Equine Podiatry, farrier license, corrective shoeing\n
Experience\nStable Hand — Hoofline Stables | 2019 – Present\n- Muck out, feed and turn out horses`);
    expect(listed.score).toBeLessThanOrEqual(3);
  });

  it("the same credential with a junior grade attached (assistant, aide, apprentice) is another credential", () => {
    const LQ = "Do you hold an active state farrier license?";
    const apprentice = FARRIER.replace("State Farrier License (active)", "State Farrier Apprentice License (active)");
    // The apprentice licence line is not the licence: only the job title's one word is left.
    expect(run(apprentice).results[1]!.evidence.strength).toBeLessThan(0.5);
    expect(run(apprentice).score).toBeLessThan(run(FARRIER).score);
    // Said in the screening answer, it is a no: the must-have gates.
    expect(
      run(apprentice, [{ question: LQ, answer: "I hold a state farrier apprentice license" }]).score,
    ).toBeLessThanOrEqual(4);
    expect(
      answerPolarity("Do you hold an active state farrier license?", "I hold a state farrier apprentice license"),
    ).toBe("no");
    expect(answerPolarity("Do you hold an active state farrier license?", "I hold a state farrier license")).toBe(
      "yes",
    );
  });
});

describe("free-text must-haves worded differently", () => {
  it("some of a free-text must-have's words in a role lower the score but do not set the band", () => {
    const c: ScoringInput["criteria"] = [
      { id: "a", text: "At least 3 years of commercial beekeeping", importance: "MUST_HAVE" },
      { id: "b", text: "Queen rearing and hive splitting", importance: "MUST_HAVE" },
      { id: "d", text: "Varroa mite treatment programmes", importance: "MUST_HAVE" },
    ];
    const run = (resumeText: string) =>
      scoreDetailed({ criteria: c, resumeText, applicationAnswers: [], jobDescription: "Commercial Beekeeper", asOf });
    const worded = run(`Experience
Commercial Beekeeper — Golden Apiaries | 2019 – Present
- Commercial beekeeping across 600 colonies
- Queen rearing for our own stock; mite control with oxalic acid`);
    const partials = worded.results.filter((r) => r.evidence.status === "partial");
    expect(partials.length).toBe(2);
    // Two partly worded must-haves used to hold the candidate at 5; the band is now the
    // evidence's (above the mixed-signals band), still below a candidate who says it all.
    expect(worded.score).toBeGreaterThan(5);
    const full = run(`Experience
Commercial Beekeeper — Golden Apiaries | 2019 – Present
- Commercial beekeeping across 600 colonies
- Queen rearing and hive splitting every spring; varroa mite treatment programmes`);
    expect(full.score).toBeGreaterThan(worded.score);
  });
});

describe("'X or Y work' qualifiers", () => {
  const c: ScoringInput["criteria"] = [
    { id: "a", text: "At least 2 years of commercial or industrial roofing experience", importance: "MUST_HAVE" },
  ];
  const JD =
    "Roofer. Install membrane roofs on warehouses, factories and offices; tear-offs, flashing and inspections.";
  const run = (resumeText: string) =>
    scoreDetailed({ criteria: c, resumeText, applicationAnswers: [], jobDescription: JD, asOf });

  it("the work under another qualifier ('Residential roofing') is the wrong kind and gates", () => {
    const r = run(`Experience
Roofer — Apex Homes | 2019 – Present
- Residential roofing: shingle tear-offs and flashing on houses`);
    expect(r.results[0]!.evidence.strength).toBeLessThan(0.25);
    expect(r.score).toBeLessThanOrEqual(4);
  });

  it("the work named with no qualifier, in the posting's words, is partial evidence, not absence", () => {
    const r = run(`Experience
Roofer — Apex Membranes | 2019 – Present
- Tear-offs, membranes, flashing and inspections on warehouses and factories`);
    expect(r.results[0]!.evidence.strength).toBeGreaterThanOrEqual(0.25);
    expect(r.score).toBeGreaterThan(4);
  });

  it("words separated by punctuation list two things; they do not qualify each other", () => {
    const r = run(`Experience
Estimator / Roofing Foreman — Apex Membranes | 2019 – Present
- Tear-offs, membranes, flashing and inspections on warehouses and factories`);
    expect(r.results[0]!.evidence.strength).toBeGreaterThanOrEqual(0.25);
  });

  it("a rank or a credential before the work's name is not another kind ('Senior roofer', 'board-certified')", () => {
    const r = run(`Experience
Senior Roofer — Apex Membranes | 2019 – Present
- Tear-offs, membranes, flashing and inspections on warehouses and factories
- Board-certified roofing inspector`);
    expect(r.results[0]!.evidence.strength).toBeGreaterThanOrEqual(0.25);
  });
});

describe("part-time hours", () => {
  it("a part-time contract that has ended is history; part-time hours wanted now are off-target", () => {
    const pastContract = STRONG.replace(
      "Glazier Apprentice — ClearSpan Glass | 2018 – 2020",
      "Glazier (part-time contract) — ClearSpan Glass | 2018 – 2020",
    );
    expect(pastContract).not.toBe(STRONG);
    const past = score(pastContract, [{ question: LICENCE_Q, answer: "Yes" }]);
    expect(past.flags.offTarget).toBeNull();
    expect(past.score).toBe(score(STRONG, [{ question: LICENCE_Q, answer: "Yes" }]).score);
    const now = score(`Looking for part-time work, about 20 hours a week.\n${STRONG}`, [
      { question: LICENCE_Q, answer: "Yes" },
    ]);
    expect(now.flags.offTarget).toMatch(/part-time/);
    expect(now.score).toBeLessThanOrEqual(5);
  });
});

describe("inline lead-ins in prose postings", () => {
  it("'Would be great:' and 'Would be nice:' paragraphs after a 'Must have:' one are not requirements", () => {
    const items = parsePosting(
      `We install glass.\n\nMust have: a state glazier license, 3+ years of commercial glazing, and a valid driver's license.\n\nWould be great: curtain wall installation on high-rises, a completed glazing apprenticeship, and OSHA 30 training.\n\nWould be nice: bilingual English and Spanish on site.`,
    );
    const of = (re: RegExp) => items.find((i) => re.test(i.text))?.importance;
    expect(of(/glazier license/)).toBe("MUST_HAVE");
    expect(of(/driver's license/)).toBe("MUST_HAVE");
    expect(of(/curtain wall/)).toBe("PREFERRED");
    expect(of(/OSHA 30/)).toBe("PREFERRED");
    expect(of(/bilingual/)).toBe("NICE_TO_HAVE");
    // The lead-in is the heading, not part of the requirement.
    expect(items.some((i) => /would be/i.test(i.text))).toBe(false);
  });
});

describe("bulleted qualifications with alternatives and importance tags", () => {
  it("'A, B, or C' is one requirement with alternatives, and '(required)' tags set importance, not text", () => {
    const items = parsePosting(
      `Qualifications\n- Diploma in glazing technology, architectural glass, or a building trade (required)\n- 3+ years installing curtain wall (required)\n- OSHA 30 card (preferred)`,
    );
    expect(items.map((i) => [i.text, i.importance])).toEqual([
      ["Diploma in glazing technology, architectural glass, or a building trade", "MUST_HAVE"],
      ["3+ years installing curtain wall", "MUST_HAVE"],
      ["OSHA 30 card", "PREFERRED"],
    ]);
    // A run-on list joined by "and" is still one requirement per item.
    const run = parsePosting(
      `Required: a state glazier license, 3+ years of commercial glazing, and a valid driver's license.`,
    );
    expect(run.filter((i) => i.importance === "MUST_HAVE")).toHaveLength(3);
  });
});

describe("the doer and the doing", () => {
  it("'Baker' is evidence of 'baking' (short roots the stemmer keeps apart)", () => {
    const c = [{ id: "a", text: "At least 3 years of wholesale bread baking", importance: "MUST_HAVE" as const }];
    const run = (resumeText: string) =>
      scoreDetailed({ criteria: c, resumeText, applicationAnswers: [], jobDescription: "Night Baker", asOf });
    const baker = run(
      `Experience\nBaker — Sunrise Wholesale Bakery | 2019 – Present\n- Overnight production of loaves`,
    );
    expect(baker.results[0]!.evidence.status).toBe("met");
    const driver = run(`Experience\nDriver — Sunrise Wholesale | 2019 – Present\n- Overnight deliveries to shops`);
    expect(driver.results[0]!.evidence.status).not.toBe("met");
  });
});
