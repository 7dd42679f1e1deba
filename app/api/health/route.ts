import { db } from "@/lib/server/db";
import { isPostgresUrl } from "@/lib/server/database-url";
import { checkHealth, SHIPPED_MIGRATIONS, SHIPPED_POSTGRES_MIGRATIONS } from "@/lib/server/health/check-health";
import { withoutUser } from "@/lib/server/with-user";

export const dynamic = "force-dynamic";

/**
 * Readiness probe: 200 when the database answers and every shipped migration is applied, 503 otherwise.
 * `?check=live` is the liveness probe: it answers 200 while the process serves, without touching the
 * database, so a database outage takes pods out of the Service instead of restarting them all.
 * Public on purpose (probes carry no session); it reveals only migration names and counts. Behind the
 * same request checks as every route (a body over 1 MB is a 413).
 */
export const GET = withoutUser(async (request: Request): Promise<Response> => {
  if (new URL(request.url).searchParams.get("check") === "live") {
    return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
  }
  const report = isPostgresUrl() ? await checkHealth(db, SHIPPED_POSTGRES_MIGRATIONS, "postgresql") : await checkHealth(db, SHIPPED_MIGRATIONS, "sqlite");
  return Response.json(report, { status: report.status === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } });
});
