import { describe, expect, it } from "vitest";
import { HttpSession } from "./helpers/http-session";

/** The probe route of the deployment manifests (deploy/kubernetes): public, uncached, reports the database. */
describe("GET /api/health", () => {
  it("answers 200 without a session when the database is reachable and migrated", async () => {
    const response = await new HttpSession().request("/api/health");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { status: string; database: string; migrations: { applied: number; expected: number; pending: string[] } };
    expect(body).toMatchObject({ status: "ok", database: "ok", migrations: { pending: [] } });
    expect(body.migrations.applied).toBe(body.migrations.expected);
  });

  it("answers the liveness check without a database report", async () => {
    const response = await new HttpSession().request("/api/health?check=live");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("has no state-changing methods", async () => {
    const response = await new HttpSession().request("/api/health", { method: "POST" });
    expect(response.status).toBe(405);
  });
});
