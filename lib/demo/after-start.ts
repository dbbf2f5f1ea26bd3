import type { Config } from "@/lib/config";

/**
 * Runs once the server answers, from the start script. Demo jobs and candidates are created
 * here (not in the seed) because they go through the real Nova path over HTTP, which needs the
 * server to be up. Filled in by the integration work.
 */
export async function afterStart(_config: Config): Promise<void> {}
