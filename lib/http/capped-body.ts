/**
 * Reads a request body as raw bytes, stopping as soon as it passes `limit` (a declared
 * Content-Length over the limit is refused before reading): an unauthenticated sender must not
 * make us buffer more than that. Returns null when the body is too large. Used by the webhook
 * receiver (raw bytes, for the signature) and the sandbox's JSON routes.
 */
export async function readCappedBody(req: Request, limit: number): Promise<Uint8Array | null> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > limit) return null;
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
