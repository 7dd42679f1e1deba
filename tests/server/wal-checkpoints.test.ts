import Database from "better-sqlite3";
import { statSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkpointOnce, RESTART_AFTER_FRAMES, runWalCheckpoints } from "@/lib/server/wal-checkpoints";
import { migratedDatabase } from "./migrated-database";

let env: ReturnType<typeof migratedDatabase>;
let file: string;
let writer: Database.Database;

beforeAll(() => {
  env = migratedDatabase("wal-checkpoints");
  file = env.url.replace(/^file:/, "");
  // A worker's connection: WAL, automatic checkpoints off, so only checkpointOnce moves the log.
  writer = new Database(file);
  writer.pragma("journal_mode = WAL");
  writer.pragma("wal_autocheckpoint = 0");
  writer.exec(`CREATE TABLE "Scratch" ("value" TEXT NOT NULL)`);
});

afterAll(async () => {
  writer.close();
  await env.dispose();
});

function write(rows: number): void {
  const insert = writer.prepare(`INSERT INTO "Scratch" ("value") VALUES (?)`);
  for (let i = 0; i < rows; i += 1) insert.run(`${i}-${"x".repeat(2000)}`);
}

const framesInLog = () => (writer.pragma("wal_checkpoint(PASSIVE)") as { log: number }[])[0]?.log ?? -1;

function checkpointer(): Database.Database {
  const connection = new Database(file);
  connection.pragma("journal_mode = WAL");
  connection.pragma("busy_timeout = 0");
  return connection;
}

/** Writes enough in one transaction to put more than RESTART_AFTER_FRAMES frames in the log. */
function growLog(): void {
  writer.transaction(() => write(RESTART_AFTER_FRAMES * 2 + 100))();
}

describe("checkpointOnce", () => {
  it("copies the log into the database file without waiting (PASSIVE) while the log is small", () => {
    write(200);
    const connection = checkpointer();
    const before = statSync(file).size;
    const result = checkpointOnce(connection);
    connection.close();
    expect(result.restart).toBe("not needed");
    expect(result.logFrames).toBeGreaterThan(100);
    expect(result.checkpointedFrames).toBe(result.logFrames);
    expect(statSync(file).size).toBeGreaterThan(before);
  });

  it("restarts a log that grew past RESTART_AFTER_FRAMES, so the next commit writes from its start", () => {
    growLog();
    const connection = checkpointer();
    const result = checkpointOnce(connection);
    connection.close();
    expect(result.logFrames).toBeGreaterThan(RESTART_AFTER_FRAMES);
    expect(result.restart).toBe("done");
    write(1);
    expect(framesInLog()).toBeLessThan(10);
  });

  it("never waits for a writer: with the write lock taken, the restart is left for next time", () => {
    growLog();
    const other = new Database(file);
    other.exec("BEGIN IMMEDIATE");
    const connection = checkpointer();
    const started = performance.now();
    const result = checkpointOnce(connection);
    const took = performance.now() - started;
    other.exec("COMMIT");
    other.close();
    expect(result.restart).toBe("busy");
    expect(took).toBeLessThan(1000);
    expect(checkpointOnce(connection).restart).toBe("done");
    connection.close();
  });
});

describe("runWalCheckpoints", () => {
  it("checkpoints the app's database on its own connection until stopped", async () => {
    const previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = env.url;
    const errors: unknown[] = [];
    const stop = runWalCheckpoints(10, (error) => errors.push(error));
    process.env.DATABASE_URL = previous;
    write(300);
    const before = statSync(file).size;
    await new Promise((resolve) => setTimeout(resolve, 200));
    stop();
    expect(errors).toEqual([]);
    // The rows reached the database file itself: the log was checkpointed without the writer doing it.
    expect(statSync(file).size).toBeGreaterThan(before);
  });
});
