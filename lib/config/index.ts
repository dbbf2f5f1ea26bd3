import { dataDirFromEnv, databaseUrlFromEnv } from "./database-url";
import { parseConfig, type Config } from "./schema";
import { loadOrCreateSecrets } from "./secrets";

export { ConfigError, demoWarning, type Config } from "./schema";

let cached: Config | undefined;

/**
 * The validated configuration. Environment variables always win; secrets left unset are
 * generated on first run and kept under DATA_DIR. Throws ConfigError naming the bad setting.
 */
export function getConfig(): Config {
  if (cached) return cached;
  cached = parseConfig(resolveEnv(process.env));
  return cached;
}

/** The process env completed with embedded defaults: what child processes should inherit. */
export function resolveEnv(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  const dataDir = dataDirFromEnv(env);
  const secrets = loadOrCreateSecrets(dataDir);
  const usesRealNova = Boolean(env.NOVA_API_URL);
  return {
    ...env,
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrlFromEnv(env),
    AUTH_SECRET: env.AUTH_SECRET || secrets.AUTH_SECRET,
    // Generated Nova credentials only make sense for the embedded sandbox.
    NOVA_API_KEY: env.NOVA_API_KEY || (usesRealNova ? undefined : secrets.NOVA_API_KEY),
    NOVA_WEBHOOK_SECRET: env.NOVA_WEBHOOK_SECRET || (usesRealNova ? undefined : secrets.NOVA_WEBHOOK_SECRET),
  };
}
