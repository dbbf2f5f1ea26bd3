import { beforeAll, expect, it } from "vitest";
import { useTempAppDatabase } from "@/tests/support/db";
import { DEFAULT_FILTERS, type RankingFilters } from "@/lib/applications/ranking-filters";

/**
 * The candidate page's place in the ranking is read around the candidate's own row (keyset), not
 * from the whole list. Checked against the list itself, read in the ranking's order from the
 * database, for every sort, blind or not, with and without filters, on a job full of ties: equal
 * scores, unscored rows, missing submission times, one creation instant shared by many rows,
 * duplicate names. Both databases (their NULLs sort on opposite sides).
 */
let db: (typeof import("@/lib/db"))["db"];
let queue: typeof import("./queue");
let queries: typeof import("@/lib/applications/queries");

beforeAll(async () => {
  await useTempAppDatabase("queue-", { postgres: true });
  db = (await import("@/lib/db")).db;
  queue = await import("./queue");
  queries = await import("@/lib/applications/queries");
}, 60_000);

/** A small seeded generator, so a failure names a reproducible case. */
function random(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

it("matches the ranking read in full, for every sort and filter, around ties and missing values", async () => {
  const next = random(7);
  const org = await db.organization.create({ data: { name: "Queue", tenantId: `queue_${Date.now()}` } });
  const job = await db.job.create({ data: { orgId: org.id, title: "T", company: "C", description: "D" } });
  const names = ["Ada", "ada", "Alan", "Grace", "Zed", "Émile", "Bob"];
  const decisions = ["UNDECIDED", "ADVANCE", "HOLD", "REJECT", "UNDECIDED"] as const;
  const shared = new Date("2026-03-01T09:00:00Z");
  await db.application.createMany({
    data: Array.from({ length: 90 }, (_, i) => {
      const scored = next() < 0.7;
      return {
        orgId: org.id,
        jobId: job.id,
        candidateName: names[Math.floor(next() * names.length)]!,
        resumeText: "R",
        pipelineStatus: scored ? ("SCORED" as const) : ("NOT_SUBMITTED" as const),
        currentScore: scored ? 1 + Math.floor(next() * 4) * 3 : null,
        submittedAt: next() < 0.8 ? new Date(Date.UTC(2026, 2, 1 + Math.floor(next() * 3))) : null,
        decision: decisions[Math.floor(next() * decisions.length)]!,
        // A third of the rows share one creation instant: only the id tells them apart.
        createdAt: next() < 0.33 ? shared : new Date(shared.getTime() + Math.floor(next() * 5) * 60_000),
        ...(i === 0 ? { candidateName: "Ada" } : {}),
      };
    }),
  });
  const cases: { filters: RankingFilters; blind: boolean }[] = [];
  for (const sort of ["score", "newest", "name"] as const)
    // Blind review changes the name order only.
    for (const blind of sort === "name" ? [false, true] : [false]) {
      cases.push({ filters: { ...DEFAULT_FILTERS, sort }, blind });
      cases.push({ filters: { ...DEFAULT_FILTERS, sort, decisions: ["UNDECIDED", "HOLD"] }, blind });
      cases.push({ filters: { ...DEFAULT_FILTERS, sort, minScore: 4 }, blind });
    }
  const all = await db.application.findMany({ where: { jobId: job.id }, select: { id: true } });
  let compared = 0;
  for (const { filters, blind } of cases) {
    const list = await db.application.findMany({
      where: queries.rankingWhere(org.id, job.id, null, filters, { blind }),
      orderBy: queries.rankingOrder(filters.sort, { blind }),
      select: { id: true, decision: true },
    });
    // The ends, both sides of the page break (50), a spread of places, and some filtered out.
    const places = [0, 1, 48, 49, 50, 51, list.length - 2, list.length - 1, ...[10, 20, 30, 40, 60, 70]];
    const out = all.filter((a) => !list.some((r) => r.id === a.id)).slice(0, 4);
    const sample = [...new Set(places.filter((i) => i >= 0 && i < list.length))]
      .map((i) => list[i]!.id)
      .concat(out.map((a) => a.id));
    for (const id of sample) {
      const got = await queue.getQueuePosition(org.id, job.id, null, filters, id, { blind });
      const i = list.findIndex((r) => r.id === id);
      const wrapped = [...list.slice(i + 1), ...list.slice(0, Math.max(i, 0))];
      expect(got, `${filters.sort} blind=${blind} ${JSON.stringify(filters.decisions)} ${id}`).toEqual(
        i < 0
          ? { position: null, total: list.length, previousId: null, nextId: null, nextUndecidedId: null, page: 1 }
          : {
              position: i + 1,
              total: list.length,
              previousId: list[i - 1]?.id ?? null,
              nextId: list[i + 1]?.id ?? null,
              nextUndecidedId: wrapped.find((r) => r.decision === "UNDECIDED")?.id ?? null,
              page: Math.floor(i / 50) + 1,
            },
      );
      compared++;
    }
  }
  expect(compared).toBeGreaterThan(100);
}, 120_000);
