import { getConfig } from "@/lib/config";
import { databaseUrlFromEnv, isPostgresUrl } from "@/lib/config/database-url";

/** Which database this process runs on: raw SQL (claims, counters) differs between the two. */
export function usesPostgres(): boolean {
  return isPostgresUrl(getConfig().databaseUrl ?? databaseUrlFromEnv(process.env));
}
