import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { checkHealth, SHIPPED_MIGRATIONS } from "@/lib/server/health/check-health";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { migratedDatabase } from "./migrated-database";

/** The probe behind /api/health: ready only when the database answers and every shipped migration is applied. */
let env: ReturnType<typeof migratedDatabase>;
let scratch: string;

beforeAll(() => {
  env = migratedDatabase("health");
  scratch = mkdtempSync(path.join(tmpdir(), "kubedeck-health-migrations-"));
});

afterAll(async () => {
  await env.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

describe("checkHealth", () => {
  it("is ok on a database migrated to this build", async () => {
    const report = await checkHealth(env.db);
    expect(report).toMatchObject({ status: "ok", database: "ok", migrations: { pending: [] } });
    expect(report.migrations.applied).toBe(report.migrations.expected);
    expect(report.migrations.expected).toBeGreaterThan(0);
  });

  it("names the migrations a newer build ships that the database lacks", async () => {
    const folder = path.join(scratch, "newer");
    cpSync(SHIPPED_MIGRATIONS, folder, { recursive: true });
    mkdirSync(path.join(folder, "29991231000000_from_the_future"));
    const report = await checkHealth(env.db, folder);
    expect(report.status).toBe("unavailable");
    expect(report.migrations.pending).toEqual(["29991231000000_from_the_future"]);
    expect(report.message).toMatch(/1 migration\(s\) not applied yet: run `npm run setup`/);
  });

  it("says the database is unreachable when it cannot be opened", async () => {
    const broken = createPrismaClient(`file:${path.join(scratch, "missing-folder", "nothing.db")}`);
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const report = await checkHealth(broken);
      expect(report).toMatchObject({ status: "unavailable", database: "unreachable" });
      expect(report.message).toMatch(/Check DATABASE_URL/);
      expect(logged).toHaveBeenCalledOnce();
    } finally {
      logged.mockRestore();
      await broken.$disconnect();
    }
  });
});
