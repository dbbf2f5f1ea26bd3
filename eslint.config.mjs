import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The dashboard must reach Nova only over HTTP, so pointing it at the real Nova is
// configuration alone: nothing but the sandbox's own routes may import lib/sandbox.
const sandboxBoundary = {
  patterns: [
    {
      group: ["@/lib/sandbox", "@/lib/sandbox/*", "**/lib/sandbox", "**/lib/sandbox/*"],
      message:
        "Only lib/sandbox and app/api/nova-sandbox may import the sandbox; talk to Nova through lib/nova over HTTP.",
    },
  ],
};

// Folder arrows point one way: pages hand actions to components (components/actions.tsx).
const componentsBoundary = {
  patterns: [
    ...sandboxBoundary.patterns,
    {
      group: ["@/app", "@/app/*"],
      message: "components/ must not import from app/: take server actions from useActions() or as props.",
    },
  ],
};

// The domain serves the pages, never the reverse: what both need (score bands, CSV cells)
// lives in a neutral lib module.
const libBoundary = {
  patterns: [
    ...sandboxBoundary.patterns,
    {
      group: ["@/app", "@/app/*", "@/components", "@/components/*"],
      message: "lib/ must not import from app/ or components/: move what both need to a lib module.",
    },
  ],
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "lib/generated/**",
      "data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", sandboxBoundary],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", componentsBoundary] },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", libBoundary] },
  },
  {
    // Playwright fixtures call `use(…)`, which the React hooks rule mistakes for a hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    files: ["lib/sandbox/**", "app/api/nova-sandbox/**", "instrumentation.ts", "scripts/bench/**", "scripts/eval/**"],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;
