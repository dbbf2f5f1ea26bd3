import { checkHealth } from "@/lib/health";
import { isDraining } from "@/lib/shutdown";

export const dynamic = "force-dynamic";

/**
 * For start scripts, load balancers and tests: 200 while the database answers; 503 when it does
 * not, or while this instance shuts down (so the balancer stops sending it traffic). The body
 * says why, and how old the oldest unsent submission and unapplied webhook delivery are.
 */
export async function GET() {
  const health = await checkHealth(isDraining());
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
