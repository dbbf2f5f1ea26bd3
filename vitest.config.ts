import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

const alias = {
  "@": fileURLToPath(new URL("./", import.meta.url)),
  "server-only": fileURLToPath(new URL("./tests/support/empty.ts", import.meta.url)),
};

const unitFiles = ["lib/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"];
const databaseFiles = "**/*.db.test.ts";

// Unit tests sit beside their source (`*.test.ts`) and need nothing running. Those whose correctness
// depends on the database (claims, shared rate windows, pacing; `*.db.test.ts`, on `createTempDb()`) form
// the `database` project, which scripts/test.sh runs again on PostgreSQL; pure unit tests run once.
// Integration tests (tests/integration) run against one real production server started by global-setup.
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: unitFiles,
          exclude: [...configDefaults.exclude, databaseFiles],
          environment: "node",
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "database",
          include: [databaseFiles],
          environment: "node",
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One shared server and SQLite file: run files one after another.
          fileParallelism: false,
        },
      },
      // Several instances on one PostgreSQL: only in scripts/test.sh's PostgreSQL pass.
      ...(process.env.TEST_POSTGRES_URL
        ? [
            {
              resolve: { alias },
              test: {
                name: "scale",
                include: ["tests/scale/**/*.test.ts"],
                environment: "node",
                testTimeout: 300_000,
                hookTimeout: 180_000,
                fileParallelism: false,
              },
            },
          ]
        : []),
    ],
  },
});
