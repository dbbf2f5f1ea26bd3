/**
 * Starts the production build (`next start`) against a fresh data directory, the way a user
 * runs it: real SQLite (or PostgreSQL, see test-database.ts), the real sandbox, real HTTP and webhooks. Used by the Vitest
 * integration setup and by Playwright's webServer (through scripts/serve-test.ts).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { recreateTestDatabase, testDatabaseUrl, testDataDir } from "./test-database";

export interface TestServer {
  url: string;
  /** The `next start` process (the pid in its claim holders' names). */
  pid: number;
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** Ports: TEST_PORT_BASE (default 3200) + offset, so parallel checkouts do not collide. */
export function testPort(offset: number): number {
  return Number(process.env.TEST_PORT_BASE || 3200) + offset;
}

export function testEnv(name: string, port: number, extra: Record<string, string> = {}): Record<string, string> {
  const dataDir = testDataDir(name);
  return {
    ...(process.env as Record<string, string>),
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    APP_URL: `http://localhost:${port}`,
    DATA_DIR: dataDir,
    DATABASE_URL: testDatabaseUrl(name),
    DEMO: "1",
    // Fast retries so webhook redelivery is observable within a test.
    NOVA_SANDBOX_RETRY_BASE_MS: "200",
    // Send queued submissions promptly.
    OUTBOX_POLL_MS: "200",
    // Tests serve resume fixtures over plain HTTP on 127.0.0.1 (any port). SSRF tests attack
    // through localhost, [::1] and private addresses, which stay refused.
    NOVA_SANDBOX_TRUSTED_RESUME_URLS: "http://127.0.0.1:",
    ...extra,
  };
}

/** Fresh data dir, migrated and seeded; resolves the generated secrets into the env. */
export function prepareTestData(env: Record<string, string>): Record<string, string> {
  fs.rmSync(env.DATA_DIR!, { recursive: true, force: true });
  fs.mkdirSync(env.DATA_DIR!, { recursive: true });
  recreateTestDatabase(env.DATABASE_URL!);
  const prep = spawnSync("node_modules/.bin/tsx", ["scripts/prepare-data.ts"], {
    env: env as NodeJS.ProcessEnv,
    encoding: "utf8",
  });
  if (prep.status !== 0) throw new Error(`prepare-data failed:\n${prep.stdout}\n${prep.stderr}`);
  const secrets = JSON.parse(fs.readFileSync(path.join(env.DATA_DIR!, "secrets.json"), "utf8")) as Record<
    string,
    string
  >;
  return { ...secrets, ...env };
}

export async function startTestServer(
  name: string,
  port: number,
  extra: Record<string, string> = {},
): Promise<TestServer> {
  if (!fs.existsSync(".next/BUILD_ID"))
    throw new Error("No production build: run `npx next build` first (npm test does).");
  const env = prepareTestData(testEnv(name, port, extra));
  return launchTestServer(env, port, "server.log");
}

/**
 * `next start` with a prepared env on `port`. A second instance on the same database takes the
 * first one's env (same secrets and DATABASE_URL) with its own PORT and log file.
 */
export async function launchTestServer(
  prepared: Record<string, string>,
  port: number,
  logName = `server-${port}.log`,
): Promise<TestServer> {
  const env: Record<string, string> = { ...prepared, PORT: String(port) };
  const child: ChildProcess = spawn("node_modules/.bin/next", ["start", "-p", String(port)], {
    env: env as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log = fs.createWriteStream(path.join(env.DATA_DIR!, logName));
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const url = `http://localhost:${port}`;
  await waitFor(`${url}/api/health`, child);
  return {
    url,
    env,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 15_000).unref();
      }),
  };
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null)
      throw new Error(`Test server exited early (code ${child.exitCode}); see its server.log`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Test server at ${url} did not become healthy`);
}
