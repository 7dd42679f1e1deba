import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratedDatabase } from "../server/migrated-database";
import { runCli } from "./run-cli";

/** `user:list`, `user:role`, `user:disable`, `user:enable` (issue 12, "Admin"). */
const env = migratedDatabase("user-admin");
const previousUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  process.env.DATABASE_URL = env.url;
  await env.db.user.create({ data: { email: "boss@example.com", name: "Boss", role: "admin", createdAt: new Date("2026-01-01T00:00:00Z") } });
  await env.db.user.create({ data: { email: "learner@example.com", name: "Lea Rner", createdAt: new Date("2026-02-01T00:00:00Z") } });
});

afterAll(async () => {
  process.env.DATABASE_URL = previousUrl;
  await env.dispose();
});

async function account(email: string) {
  return env.db.user.findUniqueOrThrow({ where: { email } });
}

describe("npx kubedeck user:list", () => {
  it("prints a table, newest first, and JSON with --json", async () => {
    const table = await runCli(["user:list"]);
    expect(table.code).toBe(0);
    expect(table.stdout).toBe(
      [
        "EMAIL                 ROLE      STATUS   CREATED      NAME",
        "learner@example.com   learner   active   2026-02-01   Lea Rner",
        "boss@example.com      admin     active   2026-01-01   Boss",
        "2 accounts.",
        "",
      ].join("\n"),
    );
    const json = JSON.parse((await runCli(["user:list", "--json"])).stdout) as { users: { email: string; disabledAt: string | null }[] };
    expect(json.users.map((user) => user.email)).toEqual(["learner@example.com", "boss@example.com"]);
    expect(json.users[0]?.disabledAt).toBeNull();
  });
});

describe("npx kubedeck user:role / user:disable / user:enable", () => {
  it("changes a role, and refuses an unknown role with the field", async () => {
    const result = await runCli(["user:role", "--email", "Learner@Example.com", "--role", "instructor"]);
    expect(result).toEqual({ code: 0, stdout: "learner@example.com is now an instructor (was a learner).\n", stderr: "" });
    expect((await account("learner@example.com")).role).toBe("instructor");
    const bad = await runCli(["user:role", "--email", "learner@example.com", "--role", "root"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("--role: Role must be one of: learner, instructor, admin.");
  });

  it("disables and enables an account, keeping its data", async () => {
    const disabled = await runCli(["user:disable", "--email", "learner@example.com"]);
    expect(disabled.code).toBe(0);
    expect(disabled.stdout).toContain("Disabled learner@example.com");
    const when = (await account("learner@example.com")).disabledAt;
    expect(when).toBeInstanceOf(Date);
    expect((await runCli(["user:disable", "--email", "learner@example.com"])).stdout).toContain("already disabled");
    expect((await account("learner@example.com")).disabledAt).toEqual(when); // the first time is kept
    expect((await runCli(["user:list"])).stdout).toMatch(/learner@example\.com\s+instructor\s+disabled \d{4}-\d\d-\d\d/);
    const enabled = await runCli(["user:enable", "--email", "learner@example.com"]);
    expect(enabled).toMatchObject({ code: 0, stdout: "Enabled learner@example.com: it can sign in again.\n" });
    expect((await account("learner@example.com")).disabledAt).toBeNull();
  });

  it("never demotes or disables the only enabled admin", async () => {
    const demote = await runCli(["user:role", "--email", "boss@example.com", "--role", "learner"]);
    expect(demote.code).toBe(1);
    expect(demote.stderr).toContain("boss@example.com is the only enabled admin: make another account an admin first");
    expect((await runCli(["user:disable", "--email", "boss@example.com"])).code).toBe(1);
    expect((await account("boss@example.com")).role).toBe("admin");
    // With a second admin, the first may step down; a disabled admin does not count as one.
    await env.db.user.create({ data: { email: "deputy@example.com", name: "Deputy", role: "admin", disabledAt: new Date() } });
    expect((await runCli(["user:role", "--email", "boss@example.com", "--role", "learner"])).code).toBe(1);
    expect((await runCli(["user:enable", "--email", "deputy@example.com"])).code).toBe(0);
    expect((await runCli(["user:role", "--email", "boss@example.com", "--role", "learner"])).code).toBe(0);
    expect((await runCli(["user:disable", "--email", "deputy@example.com"])).code).toBe(1);
  });

  it("exits 1 for an unknown account and 2 on usage errors", async () => {
    const missing = await runCli(["user:disable", "--email", "nobody@example.com"]);
    expect(missing).toMatchObject({ code: 1, stderr: "kubedeck user:disable: There is no account with nobody@example.com.\n" });
    for (const args of [["user:role", "--email", "a@b.co"], ["user:role", "--role", "admin"], ["user:disable"], ["user:enable", "--email", "a@b.co", "extra"], ["user:list", "--all"]]) {
      const result = await runCli(args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr).toContain("Usage: npx kubedeck user:");
    }
  });
});
