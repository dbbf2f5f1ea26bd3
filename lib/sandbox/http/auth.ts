import { createHash, timingSafeEqual } from "node:crypto";
import { ApiError } from "./errors";

export type Environment = "SANDBOX" | "PRODUCTION";

export interface Partner {
  /** Stable, non-secret id for the key (reported by rate-limit-status). */
  partnerId: string;
  environment: Environment;
}

const BEARER = /^Bearer\s+(sk_(test|live)_\S+)$/;

/**
 * The sandbox accepts exactly one key, the configured NOVA_API_KEY; its prefix alone selects
 * the environment (sk_test_ → SANDBOX, sk_live_ → PRODUCTION), as in Nova.
 */
export function authenticate(authorization: string | null, acceptedKey: string): Partner {
  const match = authorization ? BEARER.exec(authorization.trim()) : null;
  if (!match || !sameSecret(match[1]!, acceptedKey)) {
    throw new ApiError(
      401,
      "UNAUTHORIZED",
      "Missing or invalid API key. Send Authorization: Bearer sk_test_… or sk_live_….",
    );
  }
  return {
    partnerId: `partner_${createHash("sha256").update(acceptedKey).digest("hex").slice(0, 16)}`,
    environment: match[2] === "live" ? "PRODUCTION" : "SANDBOX",
  };
}

function sameSecret(given: string, expected: string): boolean {
  // Hash both sides so the comparison is constant-time regardless of length.
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}
