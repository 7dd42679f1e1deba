import { copyFileSync, openSync, readFileSync, writeSync, closeSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { knownMigrations } from "@/lib/server/backup/schema-version";
import { migratedDatabase } from "../server/migrated-database";
import { dumpTables, runCli } from "./run-cli";

/** `npx kubedeck restore` refuses what it must not restore, says why, and changes nothing. */
const env = migratedDatabase("restore-refusals");
const file = env.url.replace(/^file:/, "");
const previousUrl = process.env.DATABASE_URL;
let good: string;
let live: Record<string, unknown[]>;

/** A copy of the good backup, changed by `edit` (a connection to the copy). */
function variant(name: string, edit: (database: Database.Database) => void): string {
  const target = path.join(env.folder, name);
  copyFileSync(good, target);
  const database = new Database(target);
  try {
    edit(database);
  } finally {
    database.close();
  }
  return target;
}

beforeAll(async () => {
  process.env.DATABASE_URL = env.url;
  const user = await env.db.user.create({ data: { email: "keep@example.com", name: "Keep" } });
  await env.db.deck.create({ data: { slug: "keep", title: "Keep", origin: "imported", ownerId: user.id } });
  await env.db.$disconnect();
  good = path.join(env.folder, "good.db");
  expect((await runCli(["backup", "--out", good])).code).toBe(0);
  live = dumpTables(file);
});

afterAll(async () => {
  process.env.DATABASE_URL = previousUrl;
  await env.dispose();
});

async function expectRefused(backup: string, message: RegExp | string): Promise<void> {
  const result = await runCli(["restore", backup]);
  expect(result.code).toBe(1);
  expect(result.stdout).toBe("");
  expect(result.stderr).toContain("refused, nothing changed");
  if (typeof message === "string") expect(result.stderr).toContain(message);
  else expect(result.stderr).toMatch(message);
  expect(dumpTables(file)).toEqual(live);
}

describe("restore refuses", () => {
  it("a file that is not a SQLite database", async () => {
    const text = path.join(env.folder, "notes.txt");
    writeFileSync(text, "# not a database\n".repeat(500));
    await expectRefused(text, /notes\.txt is damaged or not a SQLite database \(file is not a database\)/);
  });

  it("a damaged database (pages overwritten), naming what integrity_check found", async () => {
    const damaged = path.join(env.folder, "damaged.db");
    copyFileSync(good, damaged);
    const pageSize = readFileSync(good).readUInt16BE(16);
    const descriptor = openSync(damaged, "r+");
    // Garbage over the second and third pages (the first holds the header and schema).
    writeSync(descriptor, Buffer.alloc(pageSize * 2, 0xa5), 0, pageSize * 2, pageSize);
    closeSync(descriptor);
    await expectRefused(damaged, /damaged\.db is damaged/);
  });

  it("a database from a newer Kubedeck, naming the migrations it does not know", async () => {
    const newer = variant("newer.db", (database) => {
      database
        .prepare(`INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ('x', 'x', '29991231000000_from_the_future', 0, 1, 1)`)
        .run();
    });
    await expectRefused(newer, "newer.db has a newer schema than this Kubedeck: it has migrations this copy does not know (29991231000000_from_the_future)");
  });

  it("a database with a migration that failed part-way", async () => {
    const failed = variant("failed.db", (database) => {
      database.prepare(`UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = ?`).run(knownMigrations().at(-1));
    });
    await expectRefused(failed, "records a migration that failed part-way");
  });

  it("a SQLite database that is not Kubedeck's", async () => {
    const foreign = path.join(env.folder, "foreign.db");
    const database = new Database(foreign);
    database.exec("CREATE TABLE contacts (name TEXT)");
    database.close();
    await expectRefused(foreign, "foreign.db is not a Kubedeck database");
  });

  it("a file that does not exist", async () => {
    await expectRefused(path.join(env.folder, "missing.db"), "there is no file");
  });
});

describe("restore accepts an older schema", () => {
  it("restores it and says that `npm start` applies the newer migrations", async () => {
    const latest = knownMigrations().at(-1) ?? "";
    const older = variant("older.db", (database) => {
      database.prepare(`DELETE FROM _prisma_migrations WHERE migration_name = ?`).run(latest);
    });
    const result = await runCli(["restore", older]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`The backup predates 1 migration(s) (${latest}): \`npm start\` applies them.`);
    // Put the good one back for the other tests.
    expect((await runCli(["restore", good])).code).toBe(0);
  });
});

describe("usage and PostgreSQL", () => {
  it.each([
    [["restore"]],
    [["restore", "a.db", "b.db"]],
    [["restore", "--force", "a.db"]],
    [["backup", "extra.db"]],
    [["backup", "--out"]],
    [["backup", "--into", "x.db"]],
  ])("%j exits 2 with the usage", async (args) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Usage: npx kubedeck (backup|restore)/);
  });

  it("says to use pg_dump and pg_restore on a PostgreSQL DATABASE_URL, and exits 2", async () => {
    process.env.DATABASE_URL = "postgresql://kubedeck:secret@db.internal:5432/kubedeck";
    try {
      const backup = await runCli(["backup"]);
      expect(backup.code).toBe(2);
      expect(backup.stderr).toContain('pg_dump --format=custom --file=kubedeck.dump "$DATABASE_URL"');
      const restore = await runCli(["restore", "kubedeck.dump"]);
      expect(restore.code).toBe(2);
      expect(restore.stderr).toContain('pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" kubedeck.dump');
    } finally {
      process.env.DATABASE_URL = env.url;
    }
  });
});
