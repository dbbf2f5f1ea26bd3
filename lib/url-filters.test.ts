import { describe, expect, it } from "vitest";
import { parseAuditFilters, serializeAuditFilters } from "@/lib/audit-log/filters";
import { parseDeliveryFilters, serializeDeliveryFilters } from "@/lib/webhooks/log-filters";
import { dateWindow } from "./url-filters";

describe("list filters in the URL", () => {
  it("keep well-formed values and round-trip them", () => {
    const audit = parseAuditFilters({ actor: "u1", action: "decision.changed", from: "2026-11-01", page: "3" });
    expect(audit).toEqual({
      actorId: "u1",
      action: "decision.changed",
      jobId: "",
      from: "2026-11-01",
      to: "",
      page: 3,
    });
    expect(serializeAuditFilters(audit)).toBe("actor=u1&action=decision.changed&from=2026-11-01&page=3");
    const deliveries = parseDeliveryFilters({ outcome: "failed", event: "score.completed", job: ["j1", "j2"] });
    expect(serializeDeliveryFilters(deliveries)).toBe("outcome=failed&event=score.completed&job=j1");
  });

  it("drop malformed values instead of failing", () => {
    expect(
      parseDeliveryFilters({ outcome: "toString", event: "x'; drop", from: "2026-13-45", to: "soon", page: "-2" }),
    ).toEqual({ outcome: "", event: "", jobId: "", from: "", to: "", page: 1 });
    expect(parseAuditFilters({ action: "a".repeat(101), page: "1e9" }).action).toBe("");
    expect(parseAuditFilters({ page: "1e9" }).page).toBe(100_000);
  });

  it("reads from..to as whole UTC days, the last one included", () => {
    expect(dateWindow({ from: "2026-11-01", to: "2026-11-02" })).toEqual({
      gte: new Date("2026-11-01T00:00:00Z"),
      lt: new Date("2026-11-03T00:00:00Z"),
    });
  });
});
