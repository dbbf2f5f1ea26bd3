// Issue 15, fifth round: requirements that something be absent from a record, experience in
// months, a public-sector announcement's fine print, one-paragraph postings with subordinate
// clauses. Each rule stated generally over made-up occupations (no copies of any evaluation
// resume or posting).
import { describe, expect, it } from "vitest";
import { answerPolarity } from "./answers";
import { engine } from "./index";
import { scoreDetailed } from "./score";
import { parseCriterion } from "./spec";

const asOf = new Date("2026-11-01T00:00:00Z");

describe("a requirement that something be absent from the candidate's record", () => {
  const jobDescription = `Tow Boat Pilot
Requirements: Valid pilot's licence, no more than 1 marine incident and no groundings in the past 3 years, no OUI convictions in 5 years.`;
  const criteria = [
    {
      id: "lic",
      text: "Valid towboat pilot's licence, active and shown on the resume",
      importance: "MUST_HAVE" as const,
    },
    {
      id: "rec",
      text: "No more than 1 marine incident and no groundings in the past 3 years",
      importance: "MUST_HAVE" as const,
    },
    {
      id: "oui",
      text: "No OUI convictions in 5 years, as confirmed in the screening answers",
      importance: "MUST_HAVE" as const,
    },
  ];
  const resume = `Dana Ruiz
Towboat Pilot — Gulf Barge Lines — Mar 2018 – Present
- Push 15-barge tows on the lower Mississippi; towboat pilot's licence since 2018
Deckhand — River Co — 2014 – 2018`;
  const question = "List any marine incidents, groundings or OUI convictions on your record in the last 5 years.";
  const run = (answers: { question: string; answer: string }[], text = resume) =>
    scoreDetailed({ criteria, resumeText: text, applicationAnswers: answers, jobDescription, asOf });
  const evidenceOf = (r: ReturnType<typeof run>, id: string) => r.results.find((x) => x.id === id)!.evidence;

  it("is met by a disclosure answer of none, not contradicted by it", () => {
    const r = run([{ question, answer: "None. Clean record." }]);
    expect(evidenceOf(r, "rec").status).toBe("met");
    expect(evidenceOf(r, "oui").status).toBe("met");
    expect(r.score).toBeGreaterThanOrEqual(7);
  });

  it("fails when the answer names the thing that must be absent, and gates the score", () => {
    const r = run([{ question, answer: "OUI conviction in 2024, completed the course." }]);
    expect(evidenceOf(r, "oui").status).toBe("contradicted");
    expect(r.score).toBeLessThanOrEqual(4);
  });

  it("does not fail a limit on something the answer names within it, nor another thing negated", () => {
    const r = run([{ question, answer: "One minor incident in 2023 (no damage). No groundings." }]);
    expect(evidenceOf(r, "rec").status).toBe("met");
  });

  it("reads a resume line that says the record is clean, but not a keyword list", () => {
    const clean = run([], `${resume}\nNo groundings, no OUI convictions · clean record`);
    expect(evidenceOf(clean, "rec").status).toBe("met");
    const listed = run([], `${resume}\nSKILLS\nclean record, no groundings, no OUI convictions`);
    expect(evidenceOf(listed, "rec").status).not.toBe("met");
  });

  it("treats silence as a condition to check at interview, not a gap", () => {
    const r = run([]);
    expect(evidenceOf(r, "oui").status).toBe("unverified");
    expect(evidenceOf(r, "oui").strength).toBeGreaterThanOrEqual(0.4);
  });

  it("is not read into a requirement that only says 'no' about something else", () => {
    const r = scoreDetailed({
      criteria: [
        {
          id: "a",
          text: "Towboat pilot's licence, no exceptions, as confirmed in the screening answers",
          importance: "MUST_HAVE",
        },
      ],
      resumeText: resume,
      applicationAnswers: [{ question: "Do you hold a towboat pilot's licence?", answer: "No" }],
      jobDescription,
      asOf,
    });
    expect(r.results[0]!.evidence.status).toBe("contradicted");
  });
});

describe("experience asked for in months", () => {
  it("reads '18 months … experience' as a years requirement, and a window as no requirement", () => {
    expect(parseCriterion("18 months verifiable forklift experience in the last 3 years").years).toBe(1.5);
    expect(parseCriterion("Six months of experience in the kennel field").kind).toBe("years");
    expect(parseCriterion("No lapses in the last 6 months of coverage").years).toBeNull();
  });

  it("believes a count given in months to a 'how many months' question, and reads a shortfall", () => {
    const criteria = [
      {
        id: "m",
        text: "18 months verifiable forklift experience in the last 3 years",
        importance: "MUST_HAVE" as const,
      },
    ];
    const resumeText = `Sam Okafor
Warehouse Associate — DC Logistics — Jan 2022 – Present
- Load trailers, cycle counts`;
    const q = "How many months of verifiable forklift experience do you have in the last 3 years?";
    const score = (answer: string) =>
      scoreDetailed({
        criteria,
        resumeText,
        applicationAnswers: [{ question: q, answer }],
        jobDescription: "Forklift Operator",
        asOf,
      }).results[0]!.evidence;
    expect(score("36").status).toBe("met");
    expect(score("8 months (4 with a trainer)").status).toBe("contradicted");
    // The answer's own unit wins over the question's.
    expect(score("Over 3 years").status).toBe("met");
  });
});

describe("conditions of the job that resumes rarely state", () => {
  it("does not gate on a minimum age, a home within reach of the site, or English proficiency", () => {
    const criteria = [
      {
        id: "age",
        text: "21 years of age or older, as confirmed in the screening answers",
        importance: "MUST_HAVE" as const,
      },
      {
        id: "home",
        text: "Must live within 60 miles of the depot, as confirmed in the screening answers",
        importance: "MUST_HAVE" as const,
      },
      { id: "eng", text: "Must be proficient in written and spoken English", importance: "MUST_HAVE" as const },
    ];
    const r = scoreDetailed({
      criteria,
      resumeText: "Lee Park\nCourier — QuickShip — 2019 – Present\n- Same-day deliveries",
      applicationAnswers: [],
      jobDescription: "Courier",
      asOf,
    });
    for (const x of r.results) {
      expect(x.evidence.status, x.text).toBe("unverified");
      expect(x.evidence.strength, x.text).toBeGreaterThanOrEqual(0.4);
    }
    expect(r.score).toBeGreaterThanOrEqual(4);
  });
});

describe("reading resumes", () => {
  const run = (criterion: string, resumeText: string, jobDescription = "Line Cook") =>
    scoreDetailed({
      criteria: [{ id: "c", text: criterion, importance: "MUST_HAVE" }],
      resumeText,
      applicationAnswers: [],
      jobDescription,
      asOf,
    }).results[0]!.evidence;

  it("reads a qualifier on a dotted list item as that item's, not the whole line's", () => {
    const e = run(
      "Current ServSafe certification, active and current, shown on the resume",
      "Ari Cole\nLine Cook — Bistro 9 — 2020 – Present\nCredentials: ServSafe Manager current through 2027 · Forklift card (expired)",
    );
    expect(e.status).toBe("met");
  });

  it("reads a 'Keywords:' line as a skills list, not as experience", () => {
    const e = run(
      "Hands-on experience with ServSafe food safety, demonstrated in recent professional roles",
      "Ari Cole\nKEYWORDS: ServSafe, food safety, HACCP, line cook\nCashier — Gas Stop — 2021 – Present\n- Register and stocking",
    );
    expect(e.status).not.toBe("met");
  });

  it("counts a technician's years for a technician's posting, and not for a lead's", () => {
    const resumeText = `Jo Banks
Kennel Technician — Paws Clinic — 2019 – Present
- Kennel care, restraint, cleaning`;
    const criterion = "At least 3 years of kennel care experience, as shown by the dates of previous roles";
    const answers = [{ question: "How many years of kennel care experience do you have?", answer: "6" }];
    const score = (title: string) =>
      scoreDetailed({
        criteria: [{ id: "c", text: criterion, importance: "MUST_HAVE" }],
        resumeText,
        applicationAnswers: answers,
        jobDescription: `${title}\nWe need a kennel hand.`,
        asOf,
      }).results[0]!.evidence.strength;
    expect(score("Kennel Technician")).toBeGreaterThanOrEqual(0.85);
  });

  it("does not take one shared word in a skills list for the requirement listed", () => {
    const e = run(
      "Strong customer service and communication skills, with clear evidence in the candidate's work history",
      "Ari Cole\nSKILLS\nServiceNow, Windows 11, imaging\nDesk Technician — Acme — 2020 – Present\n- Deskside support",
    );
    expect(e.reason ?? "").not.toMatch(/listed only in the skills section/);
  });
});

describe("what a candidate says about the terms they want", () => {
  it("reads 'only interested if …' in a screening answer as wanting the job on other terms", () => {
    const r = scoreDetailed({
      criteria: [
        {
          id: "c",
          text: "At least 2 years driving a box truck, as shown by the dates of previous roles",
          importance: "MUST_HAVE",
        },
      ],
      resumeText: "Max Lind\nBox Truck Driver — MoveIt — 2016 – Present\n- Local moves, box truck",
      applicationAnswers: [
        {
          question: "Can you start on Monday?",
          answer: "Yes, but I'm only interested if you pay per load, not hourly.",
        },
      ],
      jobDescription: "Box Truck Driver\nHourly, full time.",
      asOf,
    });
    expect(r.flags.offTarget).not.toBeNull();
    expect(r.score).toBeLessThanOrEqual(5);
  });
});

describe("a public-sector announcement", () => {
  const criteria = engine.generateCriteria({
    jobTitle: "Kennel Technician",
    jobDescription: `Kennel Technician
Department of Animal Services

Requirements
Conditions of Employment
- Applicants must be a U.S. Citizen at the time of appointment
- Male applicants must have registered with the Selective Service System
- A one-year probationary period may apply
- Appointment is subject to a background investigation

Qualifications
- Experience and Education. (a) Experience: Six months of experience in the kennel care field; OR (b) Education: One year above high school with courses in animal science; OR (c) Completion of a kennel technician course.
Specialized Experience: You must have at least one year of specialized experience which includes: restraining animals for exams; administering oral medications; and documenting care in a records system.
Experience refers to paid and unpaid experience, including volunteer work. To receive credit, your resume must show start and end dates (month/year) and hours per week for each position.

How You Will Be Evaluated
You will be evaluated for this job based on how well you meet the qualifications above.`,
  });
  const texts = criteria.map((c) => c.text).join("\n");

  it("keeps an abbreviation inside a sentence ('U.S. Citizen') whole", () => {
    expect(texts).not.toMatch(/^A U\.S,/m);
  });

  it("drops the fine print: registration, probation, how experience is credited, how to apply", () => {
    expect(texts).not.toMatch(
      /Selective Service|probationary|background investigation|refers to paid|end dates|will be evaluated/i,
    );
  });

  it("reads alternative routes to one requirement as the first route, not one requirement each", () => {
    expect(texts).toMatch(/Six months of experience in the kennel care field/);
    expect(texts).not.toMatch(/above high school/i);
  });

  it("keeps a list introduced by 'which includes:' with its requirement", () => {
    expect(criteria.some((c) => /at least 1 year of specialized experience/i.test(c.text))).toBe(true);
    expect(texts).not.toMatch(/^Administering oral medications/im);
  });
});

describe("a one-paragraph posting", () => {
  const criteria = engine.generateCriteria({
    jobTitle: "Head Gardener",
    jobDescription: `Head Gardener – Larkfield Hall – we are a small estate looking for someone to run our walled garden; you'll need at least four years as a gardener on a country estate or botanic garden, and you should be comfortable with a ride-on mower, since we have six acres of lawn, though strong strimmer users pick it up fast, and you'll need to know RHS plant health rules inside out because we open to the public; a valid driving licence is required because you'll visit our second garden some weeks; the role pays £28,000.`,
  });
  const texts = criteria.map((c) => `${c.importance} ${c.text}`).join("\n");

  it("reads a subordinate clause as the explanation of its item, not a requirement", () => {
    expect(texts).not.toMatch(/since we have|though strong strimmer|because/i);
  });

  it("keeps the requirements around it, with 'you should be' as a preference", () => {
    expect(texts).toMatch(/PREFERRED .*ride-on mower/i);
    expect(texts).toMatch(/MUST_HAVE .*RHS plant health rules/i);
  });
});

describe("criterion wording", () => {
  it("pads a criterion whose aside was cut off, so it still has 8–16 words", () => {
    const criteria = engine.generateCriteria({
      jobTitle: "Network Technician",
      jobDescription: `Qualifications
- CompTIA A+ certification (required — client requirement, no exceptions)
- 2+ years of desktop support experience`,
    });
    for (const c of criteria) expect(c.text.split(/\s+/).length, c.text).toBeGreaterThanOrEqual(8);
  });
});

describe("a multiple-choice screening answer", () => {
  it("reads a letter as the option it names", () => {
    const q =
      "Select the statement that best describes you: (A) I hold a current kennel technician certificate; (B) I do not hold this certificate.";
    expect(answerPolarity(q, "B")).toBe("no");
    expect(answerPolarity(q, "(A)")).toBe("yes");
  });
});

describe("a requirement that allows eligibility", () => {
  const run = (criterion: string, answer: string) =>
    scoreDetailed({
      criteria: [{ id: "c", text: criterion, importance: "MUST_HAVE" }],
      resumeText: "Kim Noor\nKennel Technician — Paws Clinic — 2019 – Present\n- Kennel care",
      applicationAnswers: [{ question: "Do you hold or are you eligible for a state kennel licence?", answer }],
      jobDescription: "Kennel Technician",
      asOf,
    }).results[0]!.evidence;

  it("reads 'not yet, applied through reciprocity' as on the way, not as a refusal", () => {
    const e = run("Must hold or be eligible for a state kennel licence", "Not yet — applied through reciprocity.");
    expect(e.status).toBe("unverified");
    expect(e.strength).toBeGreaterThanOrEqual(0.5);
  });

  it("still reads a plain no, and a pending answer to a requirement that does not allow it, as no", () => {
    expect(run("Must hold or be eligible for a state kennel licence", "No").status).toBe("contradicted");
    expect(run("Must hold a current state kennel licence", "Not yet — applied through reciprocity.").status).toBe(
      "contradicted",
    );
  });
});

describe("postings in the styles of the fifth blind round", () => {
  const texts = (jobDescription: string) =>
    engine.generateCriteria({ jobTitle: "Kennel Technician", jobDescription }).map((c) => `${c.importance} ${c.text}`);

  it("reads a cue inside an aside that names a detail as the detail's, not the item's", () => {
    const t = texts(`Requirements
You'll need to have groomed show dogs (breed ring experience is a bonus), and a current kennel licence is required.`);
    expect(t.some((x) => /^MUST_HAVE .*groomed show dogs/i.test(x))).toBe(true);
  });

  it("reads an e-mail's closing question and sign-off as no requirement", () => {
    const t = texts(`Hi there,

What I need: at least three years of kennel care, and a current kennel licence is required.

Things that would make you stand out: dog grooming, puppy socialisation and first-aid for animals.

It's full-time and on site at our kennels in Leeds.

Would you be open to a 20-minute call this week?

Best,
Sam`);
    expect(t.some((x) => /20-minute call|^\w+ Best\b|full-time and on site/i.test(x))).toBe(false);
    expect(t.some((x) => /^MUST_HAVE .*three years|^MUST_HAVE .*3 years/i.test(x))).toBe(true);
  });

  it("splits a posting written all in lower case into its sentences", () => {
    const t = texts(
      `kennel tech wanted. we're a busy boarding kennel. must have a current kennel licence (we check), at least 2 yrs in a boarding kennel, and be ok doing night checks. dog grooming a big plus. msg us.`,
    );
    expect(t.some((x) => /^MUST_HAVE .*kennel licence/i.test(x))).toBe(true);
    expect(t.some((x) => /^MUST_HAVE .*2 years/i.test(x))).toBe(true);
    expect(t.some((x) => /^PREFERRED .*grooming/i.test(x))).toBe(true);
  });

  it("reads a 'Skill | Must/Nice | Notes' table: the header is no requirement, 'Nice' is nice to have", () => {
    const t = texts(`| Skill | Must/Nice | Notes |
| --- | --- | --- |
| Current kennel licence | Must | Active on your start date. |
| Dog grooming certificate | Nice | City & Guilds or similar. |
| Puppy socialisation | Nice | |`);
    expect(t.some((x) => /Must\/Nice|^\w+ Skill\b/i.test(x))).toBe(false);
    expect(t.some((x) => /^MUST_HAVE .*kennel licence/i.test(x))).toBe(true);
    expect(t.some((x) => /^NICE_TO_HAVE .*grooming certificate/i.test(x))).toBe(true);
  });

  it("reads a statement of merit criteria: codes, sub-headings, lead-ins and personal suitability", () => {
    const t = texts(`Essential qualifications
In order to be considered, your application must clearly explain how you meet the following
EDU: Secondary school diploma.
E1: Experience caring for boarded dogs and cats.
The following will be assessed at a later date
Abilities:
A1: Ability to handle aggressive animals safely.
Personal suitability
PS1: Dependability
PS2: Judgement`);
    expect(t.some((x) => /^\w+ (?:EDU|E1|A1|PS1):/.test(x))).toBe(false);
    expect(t.some((x) => /Abilities|The following|In order to be considered/i.test(x))).toBe(false);
    expect(t.some((x) => /^MUST_HAVE .*(?:Dependability|Judgement)/i.test(x))).toBe(false);
    expect(t.some((x) => /^MUST_HAVE Experience caring for boarded dogs/i.test(x))).toBe(true);
  });

  it("reads a footnote ('*Significant experience is defined as …') as no requirement of its own", () => {
    const t = texts(`Essential qualifications
- Significant* experience caring for boarded dogs and cats.
- A current kennel licence.
*Significant experience is defined as a minimum of twelve (12) months within the last three (3) years.`);
    expect(t.some((x) => /^\w+ \*?Significant experience is defined/i.test(x))).toBe(false);
  });

  it("ignores a job board's job-details labels", () => {
    const t = texts(`What we're looking for:
- At least 2 years of kennel care experience
- A current kennel licence

Job Type: Full-time

Expected hours: 40 – 50 per week

Ability to Commute:
- Leeds LS1 (Required)

Work Location: In person`);
    expect(t.some((x) => /Job Type|Expected hours|LS1|In person/i.test(x))).toBe(false);
  });
});

describe("screening answers that name a credential or a count", () => {
  it("reads a licence number or its standing as a yes to a licence question", () => {
    const q = "Do you have an active state kennel licence? (licence #)";
    expect(answerPolarity(q, "KL 83307, active")).toBe("yes");
    expect(answerPolarity(q, "KL83307")).toBe("yes");
    expect(answerPolarity(q, "Not yet — exam in March")).toBe("no");
    expect(answerPolarity(q, "KL83307 (lapsed 2023)")).not.toBe("yes");
  });

  it("reads 'almost 2' as short of 2", () => {
    const e = scoreDetailed({
      criteria: [{ id: "c", text: "At least 2 years of kennel care experience", importance: "MUST_HAVE" }],
      resumeText: "Jo Banks\nKennel Technician — Paws — Jan 2025 – Present\n- Kennel care",
      applicationAnswers: [
        { question: "How many years of kennel care experience do you have?", answer: "almost 2 (since Jan 2025)" },
      ],
      jobDescription: "Kennel Technician",
      asOf,
    }).results[0]!.evidence;
    expect(e.status).toBe("contradicted");
  });
});

describe("a sum asked for per month", () => {
  const criterion = "Personally owned a grooming supplies budget of at least $10k a month";
  const run = (resumeText: string, answers: { question: string; answer: string }[] = []) =>
    scoreDetailed({
      criteria: [{ id: "c", text: criterion, importance: "MUST_HAVE" }],
      resumeText,
      applicationAnswers: answers,
      jobDescription: "Kennel Manager",
      asOf,
    }).results[0]!.evidence;

  it("compares a yearly or total sum in the bar's period", () => {
    const resume = "Jo Banks\nKennel Manager — Paws — 2019 – Present\n- Own the grooming supplies budget, $96k a year";
    expect(run(resume).status).toBe("contradicted");
    expect(run(resume.replace("$96k a year", "$15k/month")).status).toBe("met");
  });

  it("takes the candidate's own answer to the employer's question over others' budgets in the resume", () => {
    const resume =
      "Jo Banks\nKennel Manager — Paws — 2019 – Present\n- Own the grooming supplies budget, up to $8k/month; the clinic's budget ($40k/month) sits with the vet lead";
    const q = "What is the largest grooming supplies budget you have personally owned, per month?";
    expect(run(resume, [{ question: q, answer: "$8k/mo owned; the $40k total was shared" }]).status).toBe(
      "contradicted",
    );
  });
});

describe("an aside about a detail's importance", () => {
  it("is not part of what the evidence must carry", () => {
    expect(parseCriterion("Marketed a kennel brand on Shopify (Plus is a bonus)").keywords).not.toContain("bonus");
  });
});
