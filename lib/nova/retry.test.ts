import { describe, expect, it } from "vitest";
import { backoffDelay, DEFAULT_RETRY, parseRetryAfter } from "./retry";

describe("retry timing", () => {
  it("parses Retry-After as seconds or an HTTP date", () => {
    expect(parseRetryAfter("2")).toBe(2000);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter("garbage")).toBeNull();
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
  });

  it("grows exponentially with jitter, capped, and Retry-After wins", () => {
    expect(backoffDelay(0, DEFAULT_RETRY, null, () => 0)).toBe(250);
    expect(backoffDelay(0, DEFAULT_RETRY, null, () => 1)).toBe(500);
    expect(backoffDelay(3, DEFAULT_RETRY, null, () => 1)).toBe(4000);
    expect(backoffDelay(20, DEFAULT_RETRY, null, () => 1)).toBe(30_000);
    expect(backoffDelay(0, DEFAULT_RETRY, 3000)).toBe(3000);
  });
});
