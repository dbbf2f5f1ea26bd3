import { describe, expect, it } from "vitest";
import { jobContext, newTenant, sandboxClient, withCriteria } from "./sandbox-helpers";
import { testDb } from "../support/db";

// Criteria generation, versioning, revisions, item edits, archive, batch reads, question
// sets, the library, and Idempotency-Key on criteria/library mutations.

const call = sandboxClient();

interface Criterion {
  id: string;
  text: string;
  importance: string;
  order: number;
}
interface Version {
  id: string;
  version: number;
  status: string;
  createdAt: string;
  archivedAt: string | null;
}

describe("criteria generation and versioning", () => {
  it("generates 5–8 criteria with crit_ ids and makes version 1 active", async () => {
    const tenant = newTenant();
    const { criteria } = await withCriteria(call, tenant, "job-gen");
    expect(criteria.length).toBeGreaterThanOrEqual(5);
    expect(criteria.length).toBeLessThanOrEqual(8);
    for (const [i, c] of criteria.entries()) {
      expect(c.id).toMatch(/^crit_[0-9a-f]{12}$/);
      expect(["MUST_HAVE", "PREFERRED", "NICE_TO_HAVE"]).toContain(c.importance);
      expect(c.order).toBe(i + 1);
    }
    const current = await call<{ version: Version; criteriaRevision: string; criteria: Criterion[] }>(
      "GET",
      "/v1/jobs/job-gen/criteria/versions/current",
      { tenant },
    );
    expect(current.status).toBe(200);
    expect(current.body.version).toMatchObject({ version: 1, status: "ACTIVE", archivedAt: null });
    expect(current.body.version.id).toMatch(/^c[a-z0-9]{20,}$/);
    expect(current.body.criteriaRevision).toEqual(expect.any(String));
    expect(current.body.criteria).toEqual(criteria);
    // The generation id is the version id.
    const generation = await call("GET", `/v1/jobs/job-gen/criteria/generate/${current.body.version.id}`, { tenant });
    expect(generation.body).toEqual({ criteria });
    expect((await call("GET", "/v1/jobs/job-gen/criteria/generate/nope", { tenant })).body.code).toBe(
      "CRITERIA_VERSION_NOT_FOUND",
    );
  });

  it("makes a new version for every mutation, preserves ids by text, and archives", async () => {
    const tenant = newTenant();
    const job = "/v1/jobs/job-ver";
    const { criteria: v1 } = await withCriteria(call, tenant, "job-ver");

    // PUT: keep two texts (ids survive), add one.
    const put = await call<{ criteria: Criterion[] }>("PUT", `${job}/criteria`, {
      tenant,
      body: {
        criteria: [
          { text: v1[1]!.text, importance: "MUST_HAVE" },
          { text: v1[0]!.text, importance: v1[0]!.importance },
          { text: "Ships Rust services to production", importance: "NICE_TO_HAVE" },
        ],
      },
    });
    expect(put.status).toBe(200);
    expect(put.body.criteria.map((c) => c.id).slice(0, 2)).toEqual([v1[1]!.id, v1[0]!.id]);
    expect(put.body.criteria[0]!.importance).toBe("MUST_HAVE");
    expect(put.body.criteria[2]!.id).toMatch(/^crit_[0-9a-f]{12}$/);

    const added = await call<{ criterion: Criterion; criteria: Criterion[] }>("POST", `${job}/criteria/items`, {
      tenant,
      body: { text: "Mentors junior engineers", importance: "PREFERRED" },
    });
    expect(added.status).toBe(201);
    expect(added.body.criterion).toMatchObject({ text: "Mentors junior engineers", importance: "PREFERRED", order: 4 });
    expect(added.body.criteria).toHaveLength(4);

    const patched = await call<{ criterion: Criterion; criteria: Criterion[] }>(
      "PATCH",
      `${job}/criteria/items/${added.body.criterion.id}`,
      { tenant, body: { importance: "MUST_HAVE" } },
    );
    expect(patched.status).toBe(200);
    expect(patched.body.criterion).toEqual({ ...added.body.criterion, importance: "MUST_HAVE" });
    expect((await call("PATCH", `${job}/criteria/items/${added.body.criterion.id}`, { tenant, body: {} })).status).toBe(
      400,
    );
    expect(
      (await call("PATCH", `${job}/criteria/items/crit_000000000000`, { tenant, body: { text: "x" } })).status,
    ).toBe(404);

    const removed = await call<{ success: boolean; criteria: Criterion[] }>(
      "DELETE",
      `${job}/criteria/items/${put.body.criteria[2]!.id}`,
      { tenant },
    );
    expect(removed.status).toBe(200);
    expect(removed.body.success).toBe(true);
    expect(removed.body.criteria.map((c) => c.id)).toEqual([v1[1]!.id, v1[0]!.id, added.body.criterion.id]);

    const active = await call<{ criteria: Criterion[] }>("GET", `${job}/criteria`, { tenant });
    expect(active.body.criteria).toEqual(removed.body.criteria);

    const archived = await call("DELETE", `${job}/criteria`, { tenant });
    expect(archived.status).toBe(200);
    expect(archived.body).toEqual({ success: true });
    expect((await call("GET", `${job}/criteria`, { tenant })).body.code).toBe("CRITERIA_NOT_FOUND");
    expect(
      (await call("POST", `${job}/criteria/items`, { tenant, body: { text: "x", importance: "PREFERRED" } })).body.code,
    ).toBe("CRITERIA_NOT_FOUND");
    expect((await call("DELETE", `${job}/criteria`, { tenant })).body.code).toBe("CRITERIA_NOT_FOUND");

    const versions = await call<{ versions: Version[] }>("GET", `${job}/criteria/versions`, { tenant });
    // generate, PUT, add, edit, remove, archive → 6 versions, newest first, none active.
    expect(versions.body.versions.map((v) => v.version)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(versions.body.versions.every((v) => v.status === "ARCHIVED" && v.archivedAt)).toBe(true);
    const snapshot = await call<{ version: Version; criteria: Criterion[] }>(
      "GET",
      `${job}/criteria/versions/${versions.body.versions.at(-1)!.id}`,
      { tenant },
    );
    expect(snapshot.body.criteria).toEqual(v1);
    expect(snapshot.body.version.version).toBe(1);

    // Generating again restores active criteria as version 7.
    await withCriteria(call, tenant, "job-ver");
    const current = await call<{ version: Version }>("GET", `${job}/criteria/versions/current`, { tenant });
    expect(current.body.version).toMatchObject({ version: 7, status: "ACTIVE" });
  });

  it("serialises concurrent mutations: every one gets its own version and none is lost", async () => {
    const tenant = newTenant();
    await withCriteria(call, tenant, "job-conc");
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        call("POST", "/v1/jobs/job-conc/criteria/items", {
          tenant,
          body: { text: `Concurrent item ${i}`, importance: "PREFERRED" },
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(6).fill(201));
    const versions = await call<{ versions: Version[] }>("GET", "/v1/jobs/job-conc/criteria/versions", { tenant });
    expect(versions.body.versions.map((v) => v.version)).toEqual([7, 6, 5, 4, 3, 2, 1]);
    expect(versions.body.versions.filter((v) => v.status === "ACTIVE")).toHaveLength(1);
    const active = await call<{ criteria: Criterion[] }>("GET", "/v1/jobs/job-conc/criteria", { tenant });
    expect(
      active.body.criteria
        .filter((c) => c.text.startsWith("Concurrent item"))
        .map((c) => c.text)
        .sort(),
    ).toEqual(Array.from({ length: 6 }, (_, i) => `Concurrent item ${i}`));
  });

  it("rejects a stale X-Expected-Criteria-Revision with 409 CRITERIA_REVISION_MISMATCH", async () => {
    const tenant = newTenant();
    await withCriteria(call, tenant, "job-rev");
    const first = await call<{ criteriaRevision: string }>("GET", "/v1/jobs/job-rev/criteria/versions/current", {
      tenant,
    });
    const body = { criteria: [{ text: "Go in production for 3+ years", importance: "MUST_HAVE" }] };
    const ok = await call("PUT", "/v1/jobs/job-rev/criteria", {
      tenant,
      body,
      headers: { "x-expected-criteria-revision": first.body.criteriaRevision },
    });
    expect(ok.status).toBe(200);
    const second = await call<{ criteriaRevision: string }>("GET", "/v1/jobs/job-rev/criteria/versions/current", {
      tenant,
    });
    expect(second.body.criteriaRevision).not.toBe(first.body.criteriaRevision);
    const stale = await call("PUT", "/v1/jobs/job-rev/criteria", {
      tenant,
      body,
      headers: { "x-expected-criteria-revision": first.body.criteriaRevision },
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: "CRITERIA_REVISION_MISMATCH", retryable: false });
    // No version was written by the rejected PUT.
    const versions = await call<{ versions: Version[] }>("GET", "/v1/jobs/job-rev/criteria/versions", { tenant });
    expect(versions.body.versions).toHaveLength(2);
    // An empty list clears all criteria (soft reset) as a new active version.
    const cleared = await call("PUT", "/v1/jobs/job-rev/criteria", { tenant, body: { criteria: [] } });
    expect(cleared.body).toEqual({ criteria: [] });
  });

  it("reads criteria of many jobs in request order, null without active criteria, at most 100 ids", async () => {
    const tenant = newTenant();
    const { criteria } = await withCriteria(call, tenant, "job-b1");
    const res = await call<{ items: { jobId: string; criteria: Criterion[] | null }[] }>(
      "GET",
      "/v1/jobs/criteria?jobIds=job-none,job-b1",
      { tenant },
    );
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      { jobId: "job-none", criteria: null },
      { jobId: "job-b1", criteria },
    ]);
    const tooMany = Array.from({ length: 101 }, (_, i) => `j${i}`).join(",");
    expect((await call("GET", `/v1/jobs/criteria?jobIds=${tooMany}`, { tenant })).body.code).toBe("VALIDATION_ERROR");
    expect((await call("GET", "/v1/jobs/criteria", { tenant })).status).toBe(400);
  });
});

describe("question sets", () => {
  it("creates expiring sets and checks answers against them", async () => {
    const tenant = newTenant();
    const created = await call<{
      questionSet: {
        id: string;
        jobId: string;
        questions: { id: string; selectionType: string; options: string[] }[];
        guidance: string;
        expiresAt: string;
      };
    }>("POST", "/v1/jobs/job-q/question-sets", { tenant, body: { jobContext } });
    expect(created.status).toBe(201);
    const set = created.body.questionSet;
    expect(set.jobId).toBe("job-q");
    expect(set.questions.length).toBeGreaterThan(0);
    const expiresIn = Date.parse(set.expiresAt) - Date.now();
    expect(expiresIn).toBeGreaterThan(59 * 60_000);
    expect(expiresIn).toBeLessThanOrEqual(60 * 60_000);
    expect((await call("GET", "/v1/jobs/job-q/question-sets/current", { tenant })).body).toEqual(created.body);
    expect((await call("GET", `/v1/jobs/job-q/question-sets/${set.id}`, { tenant })).body).toEqual(created.body);

    const answerOf = (q: { id: string; selectionType: string; options: string[] }) => ({
      id: q.id,
      value: q.selectionType === "multi" ? [q.options[0]!] : q.options[0]!,
    });
    const gen = (answers: unknown[], questionSetId: string | null = set.id) =>
      call("POST", "/v1/jobs/job-q/criteria/generate", {
        tenant,
        body: { jobContext, questionSetId: questionSetId ?? undefined, answers },
      });

    const missing = await gen(set.questions.slice(1).map(answerOf));
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe("ANSWER_MISMATCH");
    expect((await gen([...set.questions.map(answerOf), { id: "q-extra", value: "x" }])).body.code).toBe(
      "ANSWER_MISMATCH",
    );
    const q0 = set.questions[0]!;
    const wrongType = set.questions.map((q) =>
      q.id === q0.id ? { id: q.id, value: q.selectionType === "multi" ? "one" : ["one"] } : answerOf(q),
    );
    expect((await gen(wrongType)).body.code).toBe("ANSWER_MISMATCH");
    expect((await gen(set.questions.map(answerOf), null)).body).toMatchObject({ code: "VALIDATION_ERROR" });
    expect((await gen(set.questions.map(answerOf), "qs-unknown")).body.code).toBe("QUESTION_SET_NOT_FOUND");
    const ok = await gen(set.questions.map(answerOf));
    expect(ok.status).toBe(200);

    // Expired sets are gone (404 QUESTION_SET_NOT_FOUND), for reads and for generation.
    await testDb().sandboxQuestionSet.update({
      where: { id: set.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await call("GET", `/v1/jobs/job-q/question-sets/${set.id}`, { tenant })).body.code).toBe(
      "QUESTION_SET_NOT_FOUND",
    );
    expect((await call("GET", "/v1/jobs/job-q/question-sets/current", { tenant })).body.code).toBe(
      "QUESTION_SET_NOT_FOUND",
    );
    expect((await gen(set.questions.map(answerOf))).body.code).toBe("QUESTION_SET_NOT_FOUND");
  });
});

describe("criteria library", () => {
  it("creates, lists newest first with a category filter, updates and deletes templates", async () => {
    const tenant = newTenant();
    const a = await call<{ criterion: { id: string } }>("POST", "/v1/criteria-library", {
      tenant,
      body: { text: "Go", importance: "MUST_HAVE", category: "engineering" },
    });
    const b = await call<{ criterion: { id: string; category: string | null; createdAt: string } }>(
      "POST",
      "/v1/criteria-library",
      { tenant, body: { text: "Kind", importance: "NICE_TO_HAVE" } },
    );
    expect(a.status).toBe(201);
    expect(b.body.criterion).toMatchObject({ text: "Kind", importance: "NICE_TO_HAVE", category: null });
    const list = await call<{ criteria: { id: string }[] }>("GET", "/v1/criteria-library", { tenant });
    expect(list.body.criteria.map((c) => c.id)).toEqual([b.body.criterion.id, a.body.criterion.id]);
    const filtered = await call<{ criteria: { id: string }[] }>("GET", "/v1/criteria-library?category=engineering", {
      tenant,
    });
    expect(filtered.body.criteria.map((c) => c.id)).toEqual([a.body.criterion.id]);
    const patched = await call("PATCH", `/v1/criteria-library/${a.body.criterion.id}`, {
      tenant,
      body: { text: "Go (3+ years)", category: null },
    });
    expect(patched.body.criterion).toMatchObject({
      id: a.body.criterion.id,
      text: "Go (3+ years)",
      importance: "MUST_HAVE",
      category: null,
    });
    expect((await call("DELETE", `/v1/criteria-library/${a.body.criterion.id}`, { tenant })).body).toEqual({
      success: true,
    });
    expect((await call("GET", `/v1/criteria-library/${a.body.criterion.id}`, { tenant })).body.code).toBe(
      "LIBRARY_CRITERION_NOT_FOUND",
    );
  });
});

describe("Idempotency-Key on criteria and library mutations", () => {
  it("replays the stored response with Idempotent-Replayed: true and creates nothing new", async () => {
    const tenant = newTenant();
    const headers = { "idempotency-key": "create-go-1" };
    const body = { text: "Go", importance: "MUST_HAVE" };
    const first = await call("POST", "/v1/criteria-library", { tenant, body, headers });
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const again = await call("POST", "/v1/criteria-library", { tenant, body, headers });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect((await call<{ criteria: unknown[] }>("GET", "/v1/criteria-library", { tenant })).body.criteria).toHaveLength(
      1,
    );

    // Criteria generation too: the replay makes no second version.
    const genHeaders = { "idempotency-key": "gen-1" };
    const g1 = await call("POST", "/v1/jobs/job-idem/criteria/generate", {
      tenant,
      body: { jobContext },
      headers: genHeaders,
    });
    const g2 = await call("POST", "/v1/jobs/job-idem/criteria/generate", {
      tenant,
      body: { jobContext },
      headers: genHeaders,
    });
    expect(g2.body).toEqual(g1.body);
    expect(g2.headers.get("idempotent-replayed")).toBe("true");
    expect(
      (await call<{ versions: unknown[] }>("GET", "/v1/jobs/job-idem/criteria/versions", { tenant })).body.versions,
    ).toHaveLength(1);

    // Keys are per tenant: another tenant's same key is a fresh request.
    const elsewhere = await call("POST", "/v1/criteria-library", { tenant: newTenant(), body, headers });
    expect(elsewhere.headers.get("idempotent-replayed")).toBeNull();
  });

  it("answers 422 IDEMPOTENCY_KEY_MISMATCH when the key is reused with other parameters", async () => {
    const tenant = newTenant();
    const headers = { "idempotency-key": "k-mismatch" };
    expect(
      (await call("POST", "/v1/criteria-library", { tenant, body: { text: "Go", importance: "MUST_HAVE" }, headers }))
        .status,
    ).toBe(201);
    const other = await call("POST", "/v1/criteria-library", {
      tenant,
      body: { text: "Rust", importance: "MUST_HAVE" },
      headers,
    });
    expect(other.status).toBe(422);
    expect(other.body).toMatchObject({ code: "IDEMPOTENCY_KEY_MISMATCH", retryable: false });
  });

  it("answers 409 IDEMPOTENCY_REQUEST_IN_PROGRESS while the first request holds the key", async () => {
    const tenant = newTenant();
    // Provision the tenant, then hold the key as an in-flight request would.
    await call("GET", "/v1/criteria-library", { tenant });
    const row = await testDb().sandboxTenant.findFirstOrThrow({ where: { externalId: tenant } });
    await testDb().sandboxIdempotencyKey.create({
      data: { tenantId: row.id, key: "k-busy", requestHash: "in-progress", status: "in_flight" },
    });
    const res = await call("POST", "/v1/criteria-library", {
      tenant,
      body: { text: "Go", importance: "MUST_HAVE" },
      headers: { "idempotency-key": "k-busy" },
    });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: "IDEMPOTENCY_REQUEST_IN_PROGRESS", retryable: true });
    expect((await call<{ criteria: unknown[] }>("GET", "/v1/criteria-library", { tenant })).body.criteria).toHaveLength(
      0,
    );
  });

  it("lets concurrent duplicates create exactly one item", async () => {
    const tenant = newTenant();
    const headers = { "idempotency-key": "k-race" };
    const body = { text: "Go", importance: "MUST_HAVE" };
    const results = await Promise.all(
      Array.from({ length: 4 }, () => call("POST", "/v1/criteria-library", { tenant, body, headers })),
    );
    for (const r of results) expect([201, 409]).toContain(r.status);
    expect((await call<{ criteria: unknown[] }>("GET", "/v1/criteria-library", { tenant })).body.criteria).toHaveLength(
      1,
    );
  });

  it("frees the key after an error and validates its length", async () => {
    const tenant = newTenant();
    const headers = { "idempotency-key": "k-after-error" };
    expect(
      (
        await call("POST", "/v1/jobs/job-x/criteria/items", {
          tenant,
          body: { text: "Go", importance: "MUST_HAVE" },
          headers,
        })
      ).body.code,
    ).toBe("CRITERIA_NOT_FOUND");
    await withCriteria(call, tenant, "job-x");
    expect(
      (
        await call("POST", "/v1/jobs/job-x/criteria/items", {
          tenant,
          body: { text: "Go", importance: "MUST_HAVE" },
          headers,
        })
      ).status,
    ).toBe(201);
    const long = await call("POST", "/v1/criteria-library", {
      tenant,
      body: { text: "Go", importance: "MUST_HAVE" },
      headers: { "idempotency-key": "k".repeat(256) },
    });
    expect(long.status).toBe(400);
    expect(long.body.details).toEqual([expect.objectContaining({ field: "Idempotency-Key" })]);
  });
});
