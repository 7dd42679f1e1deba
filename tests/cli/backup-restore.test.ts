import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratedDatabase } from "../server/migrated-database";
import { dumpTables, runCli } from "./run-cli";

/**
 * `npx kubedeck backup` and `restore` (issue 12, "Data safety"): a snapshot taken while another
 * connection writes in WAL mode, a wiped database, and a restore that brings back every row of every table.
 */
const env = migratedDatabase("backup");
const file = env.url.replace(/^file:/, "");
const previousUrl = process.env.DATABASE_URL;

async function fillDatabase(): Promise<void> {
  const db = env.db;
  const user = await db.user.create({ data: { email: "a@example.com", name: "A", passwordHash: "$2b$11$hash", settings: { create: { desiredRetention: 0.85 } } } });
  const deck = await db.deck.create({ data: { slug: "mine", title: "Mine", origin: "imported", ownerId: user.id, sourceText: "# Notes\n" } });
  const card = await db.card.create({ data: { deckId: deck.id, key: "k1", kind: "basic", front: "F", back: "B" } });
  await db.cardState.create({ data: { userId: user.id, cardId: card.id, due: new Date("2026-12-08T00:00:00Z"), reps: 1 } });
  await db.reviewLog.create({ data: { clientId: "c1", userId: user.id, cardId: card.id, rating: 3, reviewedAt: new Date("2026-12-07T00:00:00Z"), stateBefore: "{}", stateAfter: "{}" } });
  await db.scenario.create({ data: { id: "s1", title: "S1" } });
  await db.scenarioAttempt.create({ data: { clientId: "a1", userId: user.id, scenarioId: "s1", answer: "kind: Pod", passed: true } });
  const owned = await db.class.create({ data: { name: "Class", joinCode: "JOIN1", ownerId: user.id } });
  await db.classMember.create({ data: { classId: owned.id, userId: user.id } });
}

/** A connection as the app holds one: WAL mode, checkpoints elsewhere, so its writes sit in the log. */
function appConnection(): Database.Database {
  const connection = new Database(file, { fileMustExist: true });
  connection.pragma("journal_mode = WAL");
  connection.pragma("wal_autocheckpoint = 0");
  return connection;
}

beforeAll(async () => {
  process.env.DATABASE_URL = env.url;
  await fillDatabase();
});

afterAll(async () => {
  process.env.DATABASE_URL = previousUrl;
  await env.dispose();
});

describe("backup → wipe → restore", () => {
  it("restores every table row for row, including writes still in the live database's WAL", async () => {
    const app = appConnection();
    const insert = app.prepare(`INSERT INTO "Deck" ("id", "slug", "title", "origin", "updatedAt") VALUES (?, ?, ?, 'builtin', 0)`);
    for (let index = 0; index < 200; index += 1) insert.run(`wal-${index}`, `wal-${index}`, `In the log ${index}`);
    expect(existsSync(`${file}-wal`)).toBe(true);

    const out = path.join(env.folder, "snapshots", "one.db");
    const backup = await runCli(["backup", "--out", out]);
    expect(backup).toMatchObject({ code: 0, stderr: "" });
    expect(backup.stdout).toMatch(/^Backed up .*test\.db to .*snapshots\/one\.db \(\d+\.\d KB, schema \d{14}_\w+\)\./);
    expect(backup.stdout).toContain(`npx kubedeck restore`);

    // The restore refuses while the app's connection is open, and changes nothing.
    const busy = await runCli(["restore", out]);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toContain("another program has the database open");

    const before = dumpTables(file);
    expect(before.Deck).toHaveLength(201);
    app.close();
    await env.db.$disconnect();
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });

    const restored = await runCli(["restore", out]);
    expect(restored).toMatchObject({ code: 0, stderr: "" });
    expect(restored.stdout).toContain("Restored");
    expect(restored.stdout).not.toContain("kept as"); // there was no database left to keep
    expect(dumpTables(file)).toEqual(before);
    expect(Object.keys(before)).toEqual(expect.arrayContaining(["User", "StudySettings", "Card", "CardState", "ReviewLog", "ScenarioAttempt", "ClassMember", "_prisma_migrations"]));
  });

  it("keeps the database it replaces, and never overwrites an existing backup", async () => {
    const out = path.join(env.folder, "snapshots", "two.db");
    expect((await runCli(["backup", "--out", out])).code).toBe(0);
    const again = await runCli(["backup", "--out", out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already exists");
    const restored = await runCli(["restore", out]);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/kept as .*test\.db\.before-restore-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ/);
    expect(readdirSync(env.folder).filter((name) => name.includes(".before-restore-"))).toHaveLength(1);
  });

  it("writes backups/kubedeck-<time>.db in the working folder without --out", async () => {
    const result = await runCli(["backup"], env.folder);
    expect(result.code).toBe(0);
    const [written] = readdirSync(path.join(env.folder, "backups"));
    expect(written).toMatch(/^kubedeck-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.db$/);
    expect(dumpTables(path.join(env.folder, "backups", written ?? ""))).toEqual(dumpTables(file));
  });
});

describe("restore while the app serves", () => {
  function fakeServe(): ChildProcess {
    // Its command line names serve.mjs, as `npm start`'s process does.
    return spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)", "scripts/serve.mjs"], { stdio: "ignore" });
  }

  it("refuses while the pid file names a live scripts/serve.mjs, saying what to stop", async () => {
    const out = path.join(env.folder, "snapshots", "three.db");
    expect((await runCli(["backup", "--out", out])).code).toBe(0);
    const server = fakeServe();
    await new Promise((resolve) => setTimeout(resolve, 200));
    writeFileSync(`${file}.serve.pid`, JSON.stringify({ pid: server.pid, port: 3221 }));
    try {
      const refused = await runCli(["restore", out]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`the app is running (scripts/serve.mjs, pid ${server.pid} on port 3221)`);
      expect(refused.stderr).toContain(`kill ${server.pid}`);
    } finally {
      server.kill();
    }
    await new Promise((resolve) => server.once("exit", resolve));
    // The server is gone: its pid file is stale and ignored.
    const restored = await runCli(["restore", out]);
    expect(restored.code).toBe(0);
    expect(existsSync(`${file}.serve.pid`)).toBe(false);
  });
});
