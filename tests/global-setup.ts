import type { TestProject } from "vitest/node";
import { startTestServer, testPort, type TestServer } from "./support/test-server";

let server: TestServer | undefined;

/**
 * One real server for all integration tests. Its URL and settings reach the test workers as
 * environment variables (TEST_BASE_URL, and DATABASE_URL/NOVA_* so tests can assert on data).
 */
export async function setup(_project: TestProject) {
  // Reconcile stuck scores within a test's patience (the e2e server keeps the default, so its
  // seeded pending rows with made-up Nova ids stay pending).
  server = await startTestServer("vitest", testPort(0), { NOVA_RECONCILE_AFTER_SECONDS: "3" });
  for (const key of [
    "DATABASE_URL",
    "DATA_DIR",
    "AUTH_SECRET",
    "NOVA_API_KEY",
    "NOVA_WEBHOOK_SECRET",
    "APP_URL",
    "NOVA_SANDBOX_RETRY_BASE_MS",
  ]) {
    process.env[key] = server.env[key];
  }
  process.env.TEST_BASE_URL = server.url;
}

export async function teardown() {
  await server?.stop();
}
