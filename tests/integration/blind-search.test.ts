import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { db as appDb } from "@/lib/db";
import { createApplication } from "@/lib/applications";
import { getRankingPage, rankingWhere } from "@/lib/applications/queries";
import { DEFAULT_FILTERS } from "@/lib/applications/ranking-filters";
import { createOrg, type Org } from "./webhook-fixtures";
import { testDb } from "../support/db";

// Under `Hide identities` the ranking's search must not be a way to find out who is who.
const db = testDb();
let org: Org;
let jobId: string;
let grace: string;
let alan: string;

beforeAll(async () => {
  await appDb.organization.count();
  org = await createOrg();
  const actor: Actor = { orgId: org.id, tenantId: org.tenantId, userId: org.recruiter.id, role: "RECRUITER" };
  jobId = (
    await db.job.create({ data: { orgId: org.id, title: "Blind", company: "Acme", description: "x".repeat(60) } })
  ).id;
  const add = async (candidateName: string, candidateEmail: string, resumeText: string) =>
    (await createApplication(actor, { jobId, candidateName, candidateEmail, resumeText, screeningAnswers: [] }))
      .applicationId;
  grace = await add(
    "Grace Hopper",
    "grace@navy.test",
    "Grace Hopper\ngrace@navy.test · +1 555 010 2030\nWrote the first COBOL compilers; led Navy programming teams.",
  );
  alan = await add(
    "Alan Turing",
    "alan@bletchley.test",
    "Alan Turing\nBroke Enigma ciphers; designed the ACE computer.",
  );
});

const found = async (q: string, blind: boolean) =>
  (
    await db.application.findMany({
      where: rankingWhere(org.id, jobId, null, { ...DEFAULT_FILTERS, q }, { blind }),
      select: { id: true },
    })
  ).map((r) => r.id);

describe("ranking search under Hide identities", () => {
  it("matches names and emails when identities are shown", async () => {
    expect(await found("Hopper", false)).toEqual([grace]);
    expect(await found("alan@bletchley", false)).toEqual([alan]);
  });

  it("never matches a name, part of a name, an email or contact details when blind", async () => {
    for (const q of ["Grace Hopper", "hopper", "Gra", "Turing", "grace@navy.test", "bletchley.test", "555 010 2030"])
      expect(await found(q, true), q).toEqual([]);
  });

  it("still finds candidates by what their resume says when blind", async () => {
    expect(await found("cobol compilers", true)).toEqual([grace]);
    expect(await found("Enigma", true)).toEqual([alan]);
    expect(await found("a", true)).toEqual([]); // both names contain "a": a name's letter is no clue either
  });
});

describe("sorting by name under Hide identities", () => {
  const namesInOrder = async (blind: boolean) =>
    (await getRankingPage(org.id, jobId, null, { ...DEFAULT_FILTERS, sort: "name" }, { blind })).rows.map((r) => r.id);

  it("sorts by the real names when identities are shown", async () => {
    expect(await namesInOrder(false)).toEqual([alan, grace]);
  });

  it("orders by id instead when blind, so a place in the list says nothing about the hidden name", async () => {
    expect(await namesInOrder(true)).toEqual([alan, grace].sort());
  });
});
