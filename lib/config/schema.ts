import { z } from "zod";

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
  NOVA_API_KEY: z.string().regex(/^sk_(test|live)_[A-Za-z0-9]{16,}$/, "must look like sk_test_… or sk_live_…"),
  NOVA_WEBHOOK_SECRET: z.string().regex(/^whsec_[A-Za-z0-9]{16,}$/, "must look like whsec_…"),
  NOVA_SANDBOX_RATE_LIMITS: z.string().optional(),
  NOVA_SANDBOX_RETRY_BASE_MS: z.coerce.number().int().min(1).optional(),
  NOVA_SANDBOX_WEBHOOK_URL: url.optional(),
  /** Applications pending longer than this are checked against Nova's GET endpoints. */
  NOVA_RECONCILE_AFTER_SECONDS: z.coerce.number().int().min(1).default(120),
  /** How often the submission outbox is polled for due work. */
  OUTBOX_POLL_MS: z.coerce.number().int().min(50).default(1000),
  /** PostgreSQL connections per instance (instances × this must stay under the server's max_connections). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(100).default(10),
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
  const novaApiUrl = (e.NOVA_API_URL ?? sandboxUrl).replace(/\/$/, "");
  const sandboxEnabled = novaApiUrl === sandboxUrl;
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    appUrl,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    authSecret: e.AUTH_SECRET,
    /** Demo mode: on by default with the embedded sandbox, off with DEMO=0 or a real Nova. */
    demo: e.DEMO ?? sandboxEnabled,
    nova: {
      apiUrl: novaApiUrl,
      apiKey: e.NOVA_API_KEY,
      webhookSecret: e.NOVA_WEBHOOK_SECRET,
    },
    dashboard: {
      reconcileAfterMs: e.NOVA_RECONCILE_AFTER_SECONDS * 1000,
      outboxPollMs: e.OUTBOX_POLL_MS,
    },
    sandbox: {
      enabled: sandboxEnabled,
      rateLimits: e.NOVA_SANDBOX_RATE_LIMITS,
      retryBaseMs: e.NOVA_SANDBOX_RETRY_BASE_MS,
      webhookUrl: e.NOVA_SANDBOX_WEBHOOK_URL ?? `${appUrl}/api/webhooks/nova`,
    },
  };
}
