import { describe, expect, it } from "vitest";
import { routes } from "../api/routes";
import { errorTypeUri } from "./errors";
import { matchRoute } from "./router";

const seg = (path: string) => path.split("/").filter(Boolean);

describe("matchRoute over the sandbox's route table", () => {
  it("prefers literal segments over :param siblings", () => {
    const current = matchRoute(routes, "GET", seg("/v1/jobs/j1/criteria/versions/current"));
    expect(current.kind === "route" && current.route.bucket).toBe("criteria_current_reads");
    const byId = matchRoute(routes, "GET", seg("/v1/jobs/j1/criteria/versions/cv1"));
    expect(byId.kind === "route" && byId.params).toEqual({ jobId: "j1", criteriaVersionId: "cv1" });
    const batchRead = matchRoute(routes, "GET", seg("/v1/jobs/criteria"));
    expect(batchRead.kind === "route" && batchRead.params).toEqual({});
  });

  it("tells a wrong method (405 with Allow) from an unknown path (404)", () => {
    expect(matchRoute(routes, "PATCH", seg("/v1/jobs/j1/criteria"))).toEqual({
      kind: "method-not-allowed",
      allowed: ["GET", "PUT", "DELETE"],
    });
    expect(matchRoute(routes, "GET", seg("/v1/nothing/here"))).toEqual({ kind: "none" });
  });

  it("puts every route in a documented bucket and only criteria/library mutations behind Idempotency-Key", () => {
    for (const route of routes) {
      const idempotent = route.scope === "tenant" && route.idempotent;
      expect(idempotent, route.pattern).toBe(
        route.method !== "GET" && /criteria/.test(route.pattern) && !/scoring|score\b/.test(route.pattern),
      );
    }
  });

  it("builds the G5 error type URI from the code", () => {
    expect(errorTypeUri("RATE_LIMITED")).toBe("https://docs.nova.dweet.com/embed-api/errors#rate-limited");
  });
});
