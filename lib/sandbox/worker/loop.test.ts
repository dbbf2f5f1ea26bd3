import { afterEach, describe, expect, it, vi } from "vitest";
import { notifyJobsQueued } from "../queue";
import { startPollingLoop, type PollingLoop } from "./loop";

let loop: PollingLoop | undefined;
afterEach(async () => {
  await loop?.stop();
  loop = undefined;
});

const until = async (cond: () => boolean, ms = 2_000) => {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error("condition not met");
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe("startPollingLoop", () => {
  it("never runs more than `concurrency` rows at once and drains the queue", async () => {
    const queue = Array.from({ length: 10 }, (_, i) => ({ id: `r${i}` }));
    let running = 0;
    let maxRunning = 0;
    const done: string[] = [];
    loop = startPollingLoop({
      name: "t",
      queue: "jobs",
      pollMs: 10_000,
      concurrency: 3,
      claim: async (limit) => queue.splice(0, limit),
      run: async ({ id }) => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        await new Promise((r) => setTimeout(r, 10));
        running--;
        done.push(id);
      },
    });
    // pollMs is long: only the freed slots' immediate re-claims can drain the queue in time.
    await until(() => done.length === 10);
    expect(maxRunning).toBe(3);
  });

  it("survives a run that throws and a claim that fails", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const queue = [{ id: "bad" }, { id: "good" }];
    let claimCalls = 0;
    const done: string[] = [];
    loop = startPollingLoop({
      name: "t",
      queue: "jobs",
      pollMs: 20,
      concurrency: 1,
      claim: async (limit) => {
        if (++claimCalls === 1) throw new Error("database is locked");
        return queue.splice(0, limit);
      },
      run: async ({ id }) => {
        if (id === "bad") throw new Error("boom");
        done.push(id);
      },
    });
    await until(() => done.includes("good"));
    expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringContaining("claiming failed"),
      expect.stringContaining("bad failed unexpectedly"),
    ]);
    errors.mockRestore();
  });

  it("wakes at once on notifyJobsQueued instead of waiting for the next poll", async () => {
    const queue: { id: string }[] = [];
    const done: string[] = [];
    loop = startPollingLoop({
      name: "t",
      queue: "jobs",
      pollMs: 60_000,
      concurrency: 2,
      claim: async (l) => queue.splice(0, l),
      run: async ({ id }) => void done.push(id),
    });
    await new Promise((r) => setTimeout(r, 20)); // the first (empty) poll has happened
    queue.push({ id: "late" });
    notifyJobsQueued();
    await until(() => done.includes("late"), 500);
  });
});
