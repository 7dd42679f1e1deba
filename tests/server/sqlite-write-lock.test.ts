import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratedDatabase } from "./migrated-database";

let env: ReturnType<typeof migratedDatabase>;
let sqlite: typeof import("@/lib/server/sqlite");

beforeAll(async () => {
  env = migratedDatabase("sqlite-write-lock");
  // The direct connection opens DATABASE_URL on first use, with checkpoints left to serve.mjs's thread.
  process.env.DATABASE_URL = env.url;
  process.env.KUBEDECK_WAL_CHECKPOINTS = "background";
  sqlite = await import("@/lib/server/sqlite");
  sqlite.statement(`CREATE TABLE "Scratch" ("value" TEXT NOT NULL)`).run();
});

afterAll(async () => {
  delete process.env.KUBEDECK_WAL_CHECKPOINTS;
  await env.dispose();
});

const values = () => (sqlite.statement(`SELECT "value" FROM "Scratch" ORDER BY rowid`).all() as { value: string }[]).map((row) => row.value);

describe("immediateTransaction", () => {
  it("waits for another process's write lock without stopping the event loop, then commits", async () => {
    const other = new Database(env.url.replace(/^file:/, ""));
    other.exec("BEGIN IMMEDIATE");
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 2);
    let settled = false;
    const writing = sqlite.immediateTransaction(() => sqlite.statement(`INSERT INTO "Scratch" ("value") VALUES ('waited')`).run()).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 60));
    // SQLite's own busy wait would have slept this thread (and the other connection could never commit).
    expect(settled).toBe(false);
    expect(ticks).toBeGreaterThan(5);
    other.exec("COMMIT");
    await writing;
    clearInterval(ticker);
    other.close();
    expect(values()).toContain("waited");
  });

  it("rolls back everything when the work throws, and the next transaction still works", async () => {
    await expect(
      sqlite.immediateTransaction(() => {
        sqlite.statement(`INSERT INTO "Scratch" ("value") VALUES ('half-done')`).run();
        throw new Error("the schedule could not be computed");
      }),
    ).rejects.toThrow("the schedule could not be computed");
    expect(values()).not.toContain("half-done");
    await sqlite.immediateTransaction(() => sqlite.statement(`INSERT INTO "Scratch" ("value") VALUES ('after')`).run());
    expect(values().at(-1)).toBe("after");
  });

  it("commits the writes that queued behind another process's lock in order, undoing only the one that fails", async () => {
    const other = new Database(env.url.replace(/^file:/, ""));
    other.exec("BEGIN IMMEDIATE");
    const insert = (value: string) => () => sqlite.statement(`INSERT INTO "Scratch" ("value") VALUES (?)`).run(value).changes;
    const first = sqlite.immediateTransaction(insert("first"));
    const failing = sqlite.immediateTransaction(() => {
      insert("undone")();
      throw new Error("this review's card was retired");
    });
    const second = sqlite.immediateTransaction(insert("second"));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const changesBefore = (sqlite.statement("SELECT total_changes() AS n").get() as { n: number }).n;
    other.exec("COMMIT");
    other.close();
    expect(await first).toBe(1);
    await expect(failing).rejects.toThrow("this review's card was retired");
    expect(await second).toBe(1);
    expect(values().slice(-2)).toEqual(["first", "second"]);
    expect(values()).not.toContain("undone");
    expect((sqlite.statement("SELECT total_changes() AS n").get() as { n: number }).n - changesBefore).toBe(3);
  });

  it("leaves checkpoints to serve.mjs's thread when KUBEDECK_WAL_CHECKPOINTS=background", () => {
    expect(sqlite.statement("PRAGMA wal_autocheckpoint").get()).toEqual({ wal_autocheckpoint: 0 });
    expect(sqlite.statement("PRAGMA journal_mode").get()).toEqual({ journal_mode: "wal" });
  });
});
