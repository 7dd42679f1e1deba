import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "@/lib/cli/main";
import { verifyPassword } from "@/lib/server/passwords";
import { migratedDatabase } from "../server/migrated-database";

const root = path.resolve(__dirname, "../..");
const database = migratedDatabase("cli");
const previousUrl = process.env.DATABASE_URL;

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd: root, now: () => new Date() });
  return { code, stdout, stderr };
}

beforeAll(() => {
  process.env.DATABASE_URL = database.url;
});

afterAll(async () => {
  process.env.DATABASE_URL = previousUrl;
  await database.dispose();
});

describe("npx kubedeck user:create", () => {
  it("creates an account with a bcrypt hash and the role asked for", async () => {
    const result = await run(["user:create", "--email", "Teacher@Example.com", "--password", "long-enough-1", "--role", "instructor"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toMatch(/^Created instructor teacher@example\.com/);
    const user = await database.db.user.findUniqueOrThrow({ where: { email: "teacher@example.com" } });
    expect(user.role).toBe("instructor");
    expect(user.passwordHash).toMatch(/^\$2[aby]\$11\$/);
    expect(await verifyPassword("long-enough-1", user.passwordHash ?? "")).toBe(true);
  });

  it("exits 1 with the field named for a bad email, short password, unknown role or duplicate", async () => {
    const bad = await run(["user:create", "--email", "nope", "--password", "short", "--role", "boss"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("--email: Email is not a valid address");
    expect(bad.stderr).toContain("--password: Password must be at least 8 characters long.");
    expect(bad.stderr).toContain("--role: Role must be one of: learner, instructor, admin.");
    const duplicate = await run(["user:create", "--email", "teacher@example.com", "--password", "long-enough-1"]);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain("already exists");
  });

  it("exits 2 on a usage error", async () => {
    expect((await run(["user:create", "--email", "a@b.co"])).code).toBe(2);
    expect((await run(["user:create", "--nope", "x"])).code).toBe(2);
    expect((await run(["no-such-command"])).code).toBe(2);
  });

  it("lists the commands with --help", async () => {
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("user:create");
    expect(help.stdout).toContain("Create an account");
  });
});
