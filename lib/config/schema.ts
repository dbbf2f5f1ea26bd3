import { z } from "zod";
import { isLoopbackHost, isPrivateHost } from "../net/hosts";
import { API_KEY_PATTERN, normaliseNovaApiUrl, splitSecrets, WEBHOOK_SECRET_PATTERN } from "./nova-settings";
import { NO_LATENCY, parseSandboxLatency } from "./sandbox-latency";

/**
 * Every setting Shortlist reads, validated once. `parseConfig` is pure (env in, config out) so
 * it is unit-tested; `getConfig` in ./index.ts feeds it the process env plus generated secrets.
 */
export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    problem: string,
  ) {
    super(`Invalid setting ${setting}: ${problem}`);
    this.name = "ConfigError";
  }
}

const flag = z.enum(["0", "1", "true", "false"]).transform((v) => v === "1" || v === "true");
const url = z.url({ protocol: /^https?$/, message: "must be an http(s) URL" });

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  APP_URL: url.optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^(file:.+|postgres(ql)?:\/\/.+)/, "must be a SQLite URL (file:…) or a PostgreSQL URL (postgresql://…)")
    .optional(),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters"),
  DEMO: flag.optional(),
  NOVA_API_URL: url.optional(),
  // The messages never echo the value: these are secrets.
  NOVA_API_KEY: z.string().regex(API_KEY_PATTERN, "must look like sk_test_… or sk_live_… (16+ printable characters)"),
  NOVA_WEBHOOK_SECRET: z
    .string()
    .transform(splitSecrets)
    .pipe(
      z
        .array(z.string().regex(WEBHOOK_SECRET_PATTERN, "must look like whsec_… (comma-separate two while rotating)"))
        .min(1, "must look like whsec_…")
        .max(5, "lists at most 5 secrets"),
    ),
  /**
   * Per attempt, for scoring submissions: Nova downloads every resume of a batch (up to 25)
   * while the request waits (§2.2), so the 20 s that suits other calls is far too short.
   */
  NOVA_SCORING_TIMEOUT_SECONDS: z.coerce.number().int().min(5).max(600).default(120),
  NOVA_SANDBOX_RATE_LIMITS: z.string().optional(),
  NOVA_SANDBOX_RETRY_BASE_MS: z.coerce.number().int().min(1).optional(),
  NOVA_SANDBOX_WEBHOOK_URL: url.optional(),
  /** How long the sandbox takes (./sandbox-latency.ts): `off`, `realistic`, or explicit ranges. */
  NOVA_SANDBOX_LATENCY: z
    .string()
    .transform((raw, ctx) => {
      try {
        return parseSandboxLatency(raw);
      } catch (err) {
        ctx.addIssue({ code: "custom", message: (err as Error).message });
        return z.NEVER;
      }
    })
    .optional(),
  /** Extra URL prefixes the sandbox may download resumes from over HTTP or from internal
   * addresses (comma-separated; for local fixture servers in tests). Our own /api/files/ always. */
  NOVA_SANDBOX_TRUSTED_RESUME_URLS: z.string().optional(),
  /** Applications pending longer than this are checked against Nova's GET endpoints. */
  NOVA_RECONCILE_AFTER_SECONDS: z.coerce.number().int().min(1).default(120),
  /** How often the submission outbox is polled for due work. */
  OUTBOX_POLL_MS: z.coerce.number().int().min(50).default(1000),
  /** "1" serves POST /api/bench/bare (reads the body, answers 200): the framework's ceiling for `npm run bench:webhooks`. */
  BENCH_BARE_ROUTE: z.enum(["0", "1"]).default("0"),
  /** PostgreSQL connections per instance (instances × this must stay under the server's max_connections). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(100).default(10),
  /** On SIGTERM, how long in-flight work may finish before its claims are released and the process exits. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(60_000).default(8_000),
});

export type Config = ReturnType<typeof parseConfig>;

export function parseConfig(env: Record<string, string | undefined>) {
  // Empty strings mean "unset" (a blank line in a .env file must not disable a default).
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  if (cleaned.NOVA_API_URL && !cleaned.NOVA_API_KEY) {
    throw new ConfigError("NOVA_API_KEY", "is required when NOVA_API_URL points at a real Nova");
  }
  if (cleaned.NOVA_API_URL && !cleaned.NOVA_WEBHOOK_SECRET) {
    throw new ConfigError("NOVA_WEBHOOK_SECRET", "is required when NOVA_API_URL points at a real Nova");
  }
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const setting = String(issue.path[0] ?? "configuration");
    const problem = issue.code === "invalid_type" && cleaned[setting] === undefined ? "is required" : issue.message;
    throw new ConfigError(setting, problem);
  }
  const e = parsed.data;
  const appUrl = (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, "");
  const sandboxUrl = `${appUrl}/api/nova-sandbox`;
  const novaApiUrl = e.NOVA_API_URL ? normaliseNovaApiUrl(e.NOVA_API_URL) : sandboxUrl;
  const sandboxEnabled = novaApiUrl === sandboxUrl;
  const loopbackApp = isLoopbackHost(new URL(appUrl).hostname);
  if (!sandboxEnabled) requireReachableAppUrl(appUrl, novaApiUrl, e.APP_URL !== undefined);
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    appUrl,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    authSecret: e.AUTH_SECRET,
    /**
     * Demo mode (accounts with a published password): on by default only with the embedded
     * sandbox on a loopback APP_URL, so a public deployment never gets them by accident.
     * DEMO=1 forces it anywhere (start-up then warns, see `demoWarning`); DEMO=0 turns it off.
     */
    demo: e.DEMO ?? (sandboxEnabled && loopbackApp),
    /** Is the app only reachable from this machine? The demo password is shown only then. */
    loopbackApp,
    nova: {
      apiUrl: novaApiUrl,
      apiKey: e.NOVA_API_KEY,
      /** The first secret: what the embedded sandbox signs with. */
      webhookSecret: e.NOVA_WEBHOOK_SECRET[0]!,
      /** Every accepted secret (two while one is being rotated). */
      webhookSecrets: e.NOVA_WEBHOOK_SECRET,
      scoringTimeoutMs: e.NOVA_SCORING_TIMEOUT_SECONDS * 1000,
    },
    benchBareRoute: e.BENCH_BARE_ROUTE === "1",
    dashboard: {
      reconcileAfterMs: e.NOVA_RECONCILE_AFTER_SECONDS * 1000,
      outboxPollMs: e.OUTBOX_POLL_MS,
    },
    sandbox: {
      enabled: sandboxEnabled,
      rateLimits: e.NOVA_SANDBOX_RATE_LIMITS,
      retryBaseMs: e.NOVA_SANDBOX_RETRY_BASE_MS,
      webhookUrl: e.NOVA_SANDBOX_WEBHOOK_URL ?? `${appUrl}/api/webhooks/nova`,
      latency: e.NOVA_SANDBOX_LATENCY ?? NO_LATENCY,
      trustedResumeUrlPrefixes: (e.NOVA_SANDBOX_TRUSTED_RESUME_URLS ?? "")
        .split(",")
        .map((p) => p.trim())
        .filter(Boolean),
    },
  };
}

/** The warning start-up prints when demo accounts exist on an address others can reach. */
export function demoWarning(config: Config): string | null {
  if (!config.demo || config.loopbackApp) return null;
  return `DEMO=1 on ${config.appUrl}: demo accounts exist on an address others can reach. Turn DEMO off for real use.`;
}

/**
 * A hosted Nova downloads uploaded resumes from `${APP_URL}/api/files/…` (and only over https,
 * §5.3), so an http, loopback or private APP_URL would have every uploaded candidate refused at
 * intake. Fail at start-up instead. A Nova that is itself on a private address (a test double,
 * an on-premises gateway) shares the network, so the check applies only to a public Nova.
 */
function requireReachableAppUrl(appUrl: string, novaApiUrl: string, appUrlSet: boolean): void {
  if (isPrivateHost(new URL(novaApiUrl).hostname)) return;
  const app = new URL(appUrl);
  const hint = "Nova downloads uploaded resumes from it";
  if (!appUrlSet)
    throw new ConfigError("APP_URL", `is required with a real NOVA_API_URL (${hint}); set your public https address`);
  if (app.protocol !== "https:") throw new ConfigError("APP_URL", `must be https with a real NOVA_API_URL (${hint})`);
  if (isPrivateHost(app.hostname))
    throw new ConfigError(
      "APP_URL",
      `must be a public address with a real NOVA_API_URL, not ${app.hostname} (${hint}; use a tunnel locally)`,
    );
}
