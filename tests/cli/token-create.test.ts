import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "@/lib/cli/main";
import { hashTokenSecret } from "@/lib/server/tokens/token-secret";
import { migratedDatabase } from "../server/migrated-database";

const root = path.resolve(__dirname, "../..");
const database = migratedDatabase("cli-token");
const previousUrl = process.env.DATABASE_URL;

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd: root, now: () => new Date() });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  process.env.DATABASE_URL = database.url;
  await database.db.user.create({ data: { email: "ci@example.com", name: "CI" } });
});

afterAll(async () => {
  process.env.DATABASE_URL = previousUrl;
  await database.dispose();
});

describe("npx kubedeck token:create", () => {
  it("prints a token once and stores only its SHA-256 with the scope and expiry asked for", async () => {
    const result = await run(["token:create", "--email", "CI@example.com", "--name", "course CI", "--scope", "write", "--days", "30"]);
    expect(result.code).toBe(0);
    const token = result.stdout.trim();
    expect(token).toMatch(/^kd_[A-Za-z0-9_-]{43}$/);
    expect(result.stderr).toMatch(/Created write token "course CI" for ci@example.com, expires \d{4}-\d\d-\d\d/);
    const row = await database.db.apiToken.findFirstOrThrow({ where: { name: "course CI" } });
    expect(row).toMatchObject({ scope: "write", tokenHash: hashTokenSecret(token), hint: token.slice(-4) });
    expect(JSON.stringify(row)).not.toContain(token);
    const days = ((row.expiresAt?.getTime() ?? 0) - row.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(30, 5);
  });

  it("exits 1 for an unknown account or a bad scope, 2 without --name", async () => {
    expect((await run(["token:create", "--email", "nobody@example.com", "--name", "x"])).stderr).toMatch(/no account with the email/);
    const bad = await run(["token:create", "--email", "ci@example.com", "--name", "x", "--scope", "admin"]);
    expect(bad).toMatchObject({ code: 1 });
    expect(bad.stderr).toContain("--scope: scope must be read or write.");
    expect((await run(["token:create", "--email", "ci@example.com"])).code).toBe(2);
  });
});
