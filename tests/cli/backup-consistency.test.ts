import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { backupDatabase } from "@/lib/server/backup/backup-database";
import { migratedDatabase } from "../server/migrated-database";

/**
 * A backup is one moment's database even while another connection keeps writing: each write below
 * adds a deck and its card in one transaction, so a torn copy would hold a deck without its card.
 */
const env = migratedDatabase("backup-consistency");
const file = env.url.replace(/^file:/, "");

afterAll(async () => env.dispose());

describe("backup while writes go on", () => {
  it("copies a state where every deck written has its card, and the copy passes integrity_check", async () => {
    await env.db.$disconnect();
    const app = new Database(file, { fileMustExist: true });
    app.pragma("journal_mode = WAL");
    const addDeckAndCard = app.transaction((index: number, text: string) => {
      app.prepare(`INSERT INTO "Deck" ("id", "slug", "title", "origin", "sourceText", "updatedAt") VALUES (?, ?, 'D', 'imported', ?, 0)`).run(`d${index}`, `d${index}`, text);
      app.prepare(`INSERT INTO "Card" ("id", "deckId", "key", "kind", "front", "back", "updatedAt") VALUES (?, ?, 'k', 'basic', 'f', 'b', 0)`).run(`c${index}`, `d${index}`);
    });
    // Large enough (~8 MB) that the backup copies it in many steps, with turns of the event loop between them.
    for (let index = 0; index < 2_000; index += 1) addDeckAndCard(index, "x".repeat(4_000));
    let written = 2_000;
    let writing = true;
    const writer = (async () => {
      while (writing) {
        addDeckAndCard(written, "y".repeat(4_000));
        written += 1;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const out = path.join(env.folder, "during-writes.db");
    try {
      await backupDatabase(file, out);
    } finally {
      writing = false;
      await writer;
      app.close();
    }
    expect(written).toBeGreaterThan(2_000); // writes really landed while the backup ran
    const copy = new Database(out, { readonly: true });
    try {
      expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
      const decks = (copy.prepare(`SELECT count(*) AS n FROM "Deck"`).get() as { n: number }).n;
      const cards = (copy.prepare(`SELECT count(*) AS n FROM "Card"`).get() as { n: number }).n;
      expect(decks).toBeGreaterThanOrEqual(2_000);
      expect(cards).toBe(decks);
    } finally {
      copy.close();
    }
  });
});
