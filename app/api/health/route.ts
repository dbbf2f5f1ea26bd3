import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for start scripts, load balancers and tests. */
export async function GET() {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false }, { status: 503 });
  }
}
