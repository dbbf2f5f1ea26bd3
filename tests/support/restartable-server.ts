/**
 * Starts `next start` again on the data directory of a server that was stopped, without
 * wiping it (startTestServer always begins from a fresh directory). This is how tests show that
 * queued work survives a restart.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { TestServer } from "./test-server";

export async function restartTestServer(previous: TestServer): Promise<TestServer> {
  const env = previous.env;
  const port = env.PORT!;
  const child = spawn("node_modules/.bin/next", ["start", "-p", port], {
    env: env as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Append: the first run's log stays readable above the restart's.
  const log = fs.createWriteStream(path.join(env.DATA_DIR!, "server.log"), { flags: "a" });
  log.write(`\n----- restarted at ${new Date().toISOString()} -----\n`);
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const url = `http://localhost:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null)
      throw new Error(`Restarted server exited early (code ${child.exitCode}); see ${env.DATA_DIR}/server.log`);
    if (i >= 240) throw new Error(`Restarted server at ${url} did not become healthy`);
    const healthy = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    env,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
      }),
  };
}
