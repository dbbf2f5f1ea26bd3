import { describe, expect, it } from "vitest";
import { jobContext, newTenant, sandboxClient, textResume, withCriteria } from "./sandbox-helpers";

// Where the sandbox is strict, it is strict where Nova is, and nowhere else (issue 13).
// nova-api.md documents exactly one refusal of something extra in a request: criteria-generation
// answers that do not match the question set, "missing, extra, or wrong type" → 400
// ANSWER_MISMATCH (§2.7, §4.2). Everywhere else Nova's contract grows by adding optional fields
// (§1.5) and older generations sent fields the current one no longer reads (§0: G2's
// `answers[].type`, G2/G3's `candidateData`), and `Idempotency-Key` is explicitly ignored on
// scoring submissions and batches (§1.3): so the sandbox accepts and ignores them.

const call = sandboxClient();
const extra = { futureOptionalField: "ignored", nested: { anything: [1, 2, 3] } };

interface Question {
  id: string;
  selectionType: string;
  options: string[];
}

describe("unknown fields in requests", () => {
  it("refuses an answer to a question the set does not have (ANSWER_MISMATCH), naming it", async () => {
    const tenant = newTenant();
    const created = await call<{ questionSet: { id: string; questions: Question[] } }>(
      "POST",
      "/v1/jobs/job-uf/question-sets",
      { tenant, body: { jobContext } },
    );
    expect(created.status).toBe(201);
    const set = created.body.questionSet;
    const answers = set.questions.map((q) => ({
      id: q.id,
      value: q.selectionType === "multi" ? [q.options[0]!] : q.options[0]!,
    }));
    const refused = await call<{ code: string; details: { field: string; code: string }[] }>(
      "POST",
      "/v1/jobs/job-uf/criteria/generate",
      { tenant, body: { jobContext, questionSetId: set.id, answers: [...answers, { id: "q-unknown", value: "x" }] } },
    );
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe("ANSWER_MISMATCH");
    expect(refused.body.details).toEqual([
      expect.objectContaining({ field: `answers.${answers.length}.id`, code: "unknown_question" }),
    ]);
    // Nothing was created by the refused call.
    expect((await call("GET", "/v1/jobs/job-uf/criteria/versions/current", { tenant })).status).toBe(404);

    // Unknown *properties* are another matter: G2 sent `answers[].type`; the same answers with
    // it, and with unknown fields around them, are accepted.
    const accepted = await call<{ criteria: unknown[] }>("POST", "/v1/jobs/job-uf/criteria/generate", {
      tenant,
      body: {
        ...extra,
        jobContext: { ...jobContext, ...extra },
        questionSetId: set.id,
        answers: answers.map((a) => ({ ...a, type: "SINGLE_SELECT" })),
      },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.criteria.length).toBeGreaterThanOrEqual(5);
  });

  it("accepts and ignores unknown fields on question sets, criteria edits and the library", async () => {
    const tenant = newTenant();
    expect(
      (
        await call("POST", "/v1/jobs/job-uf2/question-sets", {
          tenant,
          body: { jobContext: { ...jobContext, ...extra }, ...extra },
        })
      ).status,
    ).toBe(201);
    const { criteria } = await withCriteria(call, tenant, "job-uf2");
    const put = await call<{ criteria: { id: string; text: string }[] }>("PUT", "/v1/jobs/job-uf2/criteria", {
      tenant,
      body: { ...extra, criteria: [{ text: "Go in production", importance: "MUST_HAVE", weight: 3, ...extra }] },
    });
    expect(put.status).toBe(200);
    expect(put.body.criteria).toEqual([expect.objectContaining({ text: "Go in production", importance: "MUST_HAVE" })]);
    expect(put.body.criteria[0]).not.toHaveProperty("weight");
    const added = await call<{ criterion: { id: string } }>("POST", "/v1/jobs/job-uf2/criteria/items", {
      tenant,
      body: { text: "Kubernetes", importance: "PREFERRED", ...extra },
    });
    expect(added.status).toBe(201);
    const patched = await call("PATCH", `/v1/jobs/job-uf2/criteria/items/${added.body.criterion.id}`, {
      tenant,
      body: { text: "Kubernetes at scale", ...extra },
    });
    expect(patched.status).toBe(200);
    const library = await call("POST", "/v1/criteria-library", {
      tenant,
      body: { text: "Clear writing", importance: "NICE_TO_HAVE", ...extra },
    });
    expect(library.status).toBe(201);
    expect(criteria.length).toBeGreaterThan(0);
  });

  it("accepts and ignores unknown fields and Idempotency-Key on scoring submissions and batches", async () => {
    const tenant = newTenant();
    await withCriteria(call, tenant, "job-uf3");
    const body = {
      ...extra,
      resume: { ...textResume, ...extra },
      jobDescription: jobContext.jobDescription,
      // G2/G3 names the current contract does not read.
      candidateData: { applicationAnswers: [{ question: "Visa?", answer: "Yes" }] },
      applicationData: { applicationAnswers: [{ question: "Start date?", answer: "May", ...extra }], ...extra },
      rescore: { enabled: false, ...extra },
    };
    const first = await call<{ scoringJob: { id: string; status: string } }>(
      "POST",
      "/v1/jobs/job-uf3/applications/app-1/scoring-jobs",
      { tenant, body, headers: { "Idempotency-Key": "key-1" } },
    );
    expect(first.status).toBe(202);
    expect(first.body.scoringJob.status).toBe("pending");
    // A different Idempotency-Key changes nothing: scoring dedupes on (job, application) only.
    const again = await call<{ scoringJob: { id: string } }>(
      "POST",
      "/v1/jobs/job-uf3/applications/app-1/scoring-jobs",
      {
        tenant,
        body,
        headers: { "Idempotency-Key": "key-2" },
      },
    );
    expect(again.body.scoringJob.id).toBe(first.body.scoringJob.id);
    expect(again.headers.get("idempotent-replayed")).toBeNull();

    const batch = await call<{ acceptedApplications: { applicationId: string }[]; rejectedApplications: unknown[] }>(
      "POST",
      "/v1/jobs/job-uf3/scoring-batches",
      {
        tenant,
        headers: { "Idempotency-Key": "key-3" },
        body: {
          ...extra,
          jobDescription: jobContext.jobDescription,
          applications: [
            { applicationId: "app-2", resume: textResume, ...extra },
            { applicationId: "app-3", resume: { ...textResume, ...extra }, applicationData: { ...extra } },
          ],
        },
      },
    );
    expect(batch.status).toBe(202);
    expect(batch.body.rejectedApplications).toEqual([]);
    expect(batch.body.acceptedApplications.map((a) => a.applicationId).sort()).toEqual(["app-2", "app-3"]);
    expect(batch.headers.get("idempotent-replayed")).toBeNull();
  });
});
