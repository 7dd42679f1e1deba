import { db } from "@/lib/server/db";
import { checkHealth } from "@/lib/server/health/check-health";

export const dynamic = "force-dynamic";

/**
 * Readiness and liveness probe: 200 when the database answers and every shipped migration is applied,
 * 503 otherwise. Public on purpose (probes carry no session); it reveals only counts of migrations.
 */
export async function GET(): Promise<Response> {
  const report = await checkHealth(db);
  return Response.json(report, { status: report.status === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } });
}
