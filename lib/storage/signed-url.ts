import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

/**
 * Short-lived links Nova uses to download a resume: HMAC-SHA256 over `fileId.expires` with a
 * key derived from AUTH_SECRET (HKDF, so a leaked link key says nothing about session keys).
 */
export function fileUrlKey(authSecret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret, "shortlist", "resume-file-urls", 32));
}

function mac(key: Buffer, fileId: string, expires: number): string {
  return createHmac("sha256", key).update(`${fileId}.${expires}`).digest("hex");
}

/** One hour: nova-api.md §5.3 recommends ≥ 10 min, 1 h. */
export const FILE_URL_TTL_SECONDS = 3600;

export function signFileUrl(
  appUrl: string,
  key: Buffer,
  fileId: string,
  nowMs = Date.now(),
  ttlSeconds = FILE_URL_TTL_SECONDS,
): string {
  const expires = Math.floor(nowMs / 1000) + ttlSeconds;
  return `${appUrl}/api/files/${encodeURIComponent(fileId)}?expires=${expires}&signature=${mac(key, fileId, expires)}`;
}

export function verifyFileSignature(
  key: Buffer,
  fileId: string,
  expires: string | null,
  signature: string | null,
  nowMs = Date.now(),
): boolean {
  if (!expires || !signature || !/^\d{1,12}$/.test(expires) || !/^[0-9a-f]{64}$/.test(signature)) return false;
  const exp = Number(expires);
  const ok = timingSafeEqual(Buffer.from(mac(key, fileId, exp), "hex"), Buffer.from(signature, "hex"));
  return ok && exp * 1000 > nowMs;
}
