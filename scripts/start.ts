/**
 * `npm start`: on a fresh clone with no settings at all, build if needed, migrate, seed the
 * demo data into an empty database and serve on PORT (default 3000).
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import { prepareData, seedIfDemo } from "./prepare-data";

Object.assign(process.env, { NODE_ENV: "production" });
process.env.NEXT_TELEMETRY_DISABLED = "1";
const config = prepareData();

if (!fs.existsSync(".next/BUILD_ID")) {
  console.log("• No production build yet: building (about a minute)…");
  const build = spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit", env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
await seedIfDemo();

const server = spawn("node_modules/.bin/next", ["start", "-p", String(config.port)], {
  stdio: "inherit",
  env: process.env,
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

await waitForHealth(`http://127.0.0.1:${config.port}/api/health`);
// The demo password is printed only where nobody else can reach the app.
const demoHint = config.demo && config.loopbackApp ? "  (demo: admin@shortlist.test / shortlist-demo)" : "";
console.log(`\n✔ Shortlist is ready at ${config.appUrl}${demoHint}`);
console.log(`  Nova: ${config.sandbox.enabled ? "embedded sandbox" : config.nova.apiUrl}\n`);
const { afterStart } = await import("@/lib/demo/after-start");
await afterStart(config);

async function waitForHealth(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Server did not become healthy at ${url}`);
}
