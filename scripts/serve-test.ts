/** Playwright's webServer: the production build on a fresh data directory (see tests/support). */
import { startTestServer, testPort } from "../tests/support/test-server";

const server = await startTestServer("e2e", testPort(50));
console.log(`e2e server ready at ${server.url}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void server.stop().then(() => process.exit(0)));
}
setInterval(() => undefined, 1 << 30);
