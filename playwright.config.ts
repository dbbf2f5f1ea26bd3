import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.TEST_PORT_BASE || 3200) + 50;

// Debian's Chromium, no browser download (see ../shared/TOOLCHAIN.md).
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  // On CI a failed test runs once more: a loaded machine can lose a race the product does not have
  // (a key pressed before a part of the page hydrated). The list reporter marks such a test "flaky",
  // which is a bug to fix; a test that fails twice fails the run. Locally, failures are never retried.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--headless",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "node_modules/.bin/tsx scripts/serve-test.ts",
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    env: { TEST_PORT_BASE: String(port - 50) },
  },
});
