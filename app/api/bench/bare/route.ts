import { NextResponse } from "next/server";
import { getConfig } from "@/lib/config";

// The framework's ceiling for `npm run bench:webhooks`: read the body, answer 200, nothing else.
// Off (404) unless BENCH_BARE_ROUTE=1, which only the benchmark's own server sets.
export const dynamic = "force-dynamic";

export async function POST(req: Request) {
  if (!getConfig().benchBareRoute) return NextResponse.json({ error: "not found" }, { status: 404 });
  await req.arrayBuffer();
  return NextResponse.json({ ok: true });
}
