import { db } from "@/lib/db";
import { fileSigningKey, getStorage, verifyFileSignature } from "@/lib/storage";

// The resume download Nova uses: no session, the signed expiring URL is the permission.
export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ fileId: string }> }) {
  const { fileId } = await params;
  const q = new URL(req.url).searchParams;
  if (!verifyFileSignature(fileSigningKey(), fileId, q.get("expires"), q.get("signature"))) {
    return Response.json({ error: "This link is invalid or has expired." }, { status: 403 });
  }
  const file = await db.resumeFile.findUnique({ where: { id: fileId } });
  const data = file ? await getStorage().get(file.storageKey) : null;
  if (!file || !data) return Response.json({ error: "Not found" }, { status: 404 });
  return new Response(new Uint8Array(data), {
    headers: {
      // Nova rejects application/octet-stream: the type we recognised at upload goes out.
      "Content-Type": file.mimeType,
      "Content-Length": String(data.length),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
