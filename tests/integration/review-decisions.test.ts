import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { db as appDb } from "@/lib/db";
import { getRankingPage } from "@/lib/applications/queries";
import { DEFAULT_FILTERS } from "@/lib/applications/ranking-filters";
import { searchTextFor } from "@/lib/applications/search-text";
import { addNote, decide, decideMany, deleteNote, editNote, getDecisionCounts, listNotes } from "@/lib/review";
import { createOrg, type Org } from "./webhook-fixtures";
import { testDb } from "../support/db";

// The review domain (decisions, bulk decisions, notes) against the test server's real database.
const db = testDb();
let org: Org;
let recruiter: Actor;
let admin: Actor;
let jobId: string;

const ctxFor = (o: Org, who: "admin" | "recruiter"): Actor => ({
  orgId: o.id,
  tenantId: o.tenantId,
  userId: o[who].id,
  role: who === "admin" ? "ADMIN" : "RECRUITER",
});

async function makeApps(n: number, prefix = "Cand") {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const candidateName = `${prefix} ${i}`;
    const app = await db.application.create({
      data: {
        orgId: org.id,
        jobId,
        candidateName,
        resumeText: "text",
        // What the app writes for the ranking's search (PostgreSQL's LIKE, unlike SQLite's, is case-sensitive).
        searchText: searchTextFor({ candidateName, resumeText: "text" }),
        currentScore: i % 11,
        currentCriteriaVersionNovaId: "cv_old",
      },
    });
    ids.push(app.id);
  }
  return ids;
}

beforeAll(async () => {
  await appDb.organization.count();
  org = await createOrg();
  recruiter = ctxFor(org, "recruiter");
  admin = ctxFor(org, "admin");
  jobId = (await db.job.create({ data: { orgId: org.id, title: "Nurse", company: "Acme", description: "ICU" } })).id;
});

const audits = (applicationId: string) =>
  db.auditEvent.findMany({
    where: { orgId: org.id, action: "decision.changed", targetId: applicationId },
    orderBy: { createdAt: "asc" },
  });

describe("decide", () => {
  it("records advance → reject (with reason) → undo, each audited with from → to and who", async () => {
    const [id] = await makeApps(1, "Single");
    await decide(recruiter, id!, { decision: "ADVANCE" });
    await decide(admin, id!, { decision: "REJECT", reason: "LOCATION" });
    let app = await db.application.findUniqueOrThrow({ where: { id: id! } });
    expect(app).toMatchObject({ decision: "REJECT", rejectReason: "LOCATION", decidedById: org.admin.id });
    expect(app.decidedCriteriaVersionNovaId).toBe("cv_old");
    await decide(recruiter, id!, { decision: "UNDECIDED" });
    app = await db.application.findUniqueOrThrow({ where: { id: id! } });
    expect(app).toMatchObject({ decision: "UNDECIDED", rejectReason: null, decidedById: null, decidedAt: null });
    const rows = await audits(id!);
    expect(
      rows.map((r) => [r.actorId, JSON.parse(r.data).from, JSON.parse(r.data).to, JSON.parse(r.data).reason]),
    ).toEqual([
      [org.recruiter.id, "UNDECIDED", "ADVANCE", null],
      [org.admin.id, "ADVANCE", "REJECT", "LOCATION"],
      [org.recruiter.id, "REJECT", "UNDECIDED", null],
    ]);
  });

  it("deciding the same thing twice writes one audit row", async () => {
    const [id] = await makeApps(1, "Twice");
    await decide(recruiter, id!, { decision: "HOLD" });
    const again = await decide(recruiter, id!, { decision: "HOLD" });
    expect(again.changed).toBe(false);
    expect(await audits(id!)).toHaveLength(1);
  });

  it("refuses a rejection without a reason, and Other without text, writing nothing", async () => {
    const [id] = await makeApps(1, "NoReason");
    await expect(decide(recruiter, id!, { decision: "REJECT" })).rejects.toMatchObject({
      message: "Choose a reason for the rejection.",
    });
    await expect(
      decide(recruiter, id!, { decision: "REJECT", reason: "OTHER", reasonText: "  " }),
    ).rejects.toMatchObject({ message: "Say why in a few words when the reason is Other." });
    expect((await db.application.findUniqueOrThrow({ where: { id: id! } })).decision).toBe("UNDECIDED");
    expect(await audits(id!)).toHaveLength(0);
  });

  it("never touches another org's application", async () => {
    const other = await createOrg();
    const [id] = await makeApps(1, "Foreign");
    await expect(decide(ctxFor(other, "admin"), id!, { decision: "ADVANCE" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const r = await decideMany(ctxFor(other, "admin"), jobId, [id!], { decision: "ADVANCE" }).catch((e: Error) => e);
    expect(r).toMatchObject({ code: "NOT_FOUND" });
    expect((await db.application.findUniqueOrThrow({ where: { id: id! } })).decision).toBe("UNDECIDED");
  });

  it("survives a rescore: a new current score leaves the decision alone", async () => {
    const [id] = await makeApps(1, "Rescored");
    await decide(recruiter, id!, { decision: "ADVANCE" });
    await db.application.update({
      where: { id: id! },
      data: { currentScore: 2, currentCriteriaVersionNovaId: "cv_new", pipelineStatus: "SCORED" },
    });
    const page = await getRankingPage(org.id, jobId, "cv_new", { ...DEFAULT_FILTERS, q: "rescored" });
    expect(page.rows[0]).toMatchObject({ decision: "ADVANCE", decidedOnStale: true, stale: false });
  });
});

describe("decideMany", () => {
  it("rejects 60 with one reason in chunks, one audit row each, and filters/counts see them", async () => {
    const ids = await makeApps(60, "Bulk");
    const before = await getDecisionCounts(org.id, jobId);
    const result = await decideMany(recruiter, jobId, [...ids, ids[0]!, "app_missing"], {
      decision: "REJECT",
      reason: "EXPERIENCE_LEVEL",
    });
    expect(result).toEqual({ changed: 60, unchanged: 0, missing: 1 });
    const rows = await db.auditEvent.findMany({
      where: { orgId: org.id, action: "decision.changed", targetId: { in: ids } },
    });
    expect(rows).toHaveLength(60);
    expect(new Set(rows.map((r) => JSON.parse(r.data).reason))).toEqual(new Set(["EXPERIENCE_LEVEL"]));
    const after = await getDecisionCounts(org.id, jobId);
    expect(after.rejected - before.rejected).toBe(60);
    const filtered = await getRankingPage(org.id, jobId, null, {
      ...DEFAULT_FILTERS,
      decisions: ["REJECT"],
      q: "bulk",
    });
    expect(filtered.total).toBe(60);
    // A second identical request changes nothing and audits nothing.
    expect(await decideMany(recruiter, jobId, ids, { decision: "REJECT", reason: "EXPERIENCE_LEVEL" })).toEqual({
      changed: 0,
      unchanged: 60,
      missing: 0,
    });
  });
});

describe("notes", () => {
  it("adds, edits and deletes own notes, keeps the count in step, and refuses others' notes", async () => {
    const [id] = await makeApps(1, "Noted");
    const { noteId } = await addNote(recruiter, id!, "  Strong on ICU triage.  ");
    await addNote(admin, id!, "Agree — advance.");
    await expect(addNote(recruiter, id!, "   ")).rejects.toMatchObject({ message: "Write something in the note." });
    expect((await db.application.findUniqueOrThrow({ where: { id: id! } })).noteCount).toBe(2);
    await expect(editNote(admin, noteId, "hijack")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deleteNote(admin, noteId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await editNote(recruiter, noteId, "Strong on ICU triage; weak on charting.");
    let notes = await listNotes(org.id, id!);
    expect(notes.map((n) => [n.body, n.authorId])).toEqual([
      ["Strong on ICU triage; weak on charting.", org.recruiter.id],
      ["Agree — advance.", org.admin.id],
    ]);
    await deleteNote(recruiter, noteId);
    await expect(deleteNote(recruiter, noteId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    notes = await listNotes(org.id, id!);
    expect(notes).toHaveLength(1);
    expect((await db.application.findUniqueOrThrow({ where: { id: id! } })).noteCount).toBe(1);
    const page = await getRankingPage(org.id, jobId, null, { ...DEFAULT_FILTERS, q: "noted" });
    expect(page.rows[0]?.noteCount).toBe(1);
  });
});
