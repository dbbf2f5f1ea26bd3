import { NextResponse } from "next/server";
import { receiveDelivery } from "@/lib/webhooks/receive";

// Nova's webhook receiver. Not behind a session: the HMAC signature is the authentication.
export const dynamic = "force-dynamic";

export async function POST(req: Request) {
  try {
    const { status, body } = await receiveDelivery(req);
    return NextResponse.json(body, { status });
  } catch (err) {
    console.error("[webhook] unexpected failure", err);
    return NextResponse.json({ error: "internal error" }, { status: 500 });
  }
}
