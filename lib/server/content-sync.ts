/**
 * Loads the built-in curriculum (content/decks/*.md) into the database, and keeps it in step:
 * a deck whose file changed is re-parsed and its cards synced by stable key (progress survives
 * edits); a deck whose file is gone is retired with its cards. Unchanged files are skipped by hash.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/prisma/generated/client";
import { parseNotes } from "@/lib/notes";
import { syncDeckCards, type CardSyncCounts } from "./decks/sync-deck-cards";
import { PREDICT_DIR, predictFiles, syncPredictDeck } from "./scenarios/sync-predict";
import { SCENARIOS_DIR, scenarioFiles, syncBuiltInScenarios } from "./scenarios/sync-scenarios";

export interface SyncReport {
  readonly decks: number;
  readonly changed: string[];
  readonly retired: string[];
  readonly cards: CardSyncCounts;
  readonly summary: string;
}

export const BUILT_IN_DECKS_DIR = path.join("content", "decks");

function deckFiles(root: string): string[] {
  const dir = path.join(root, BUILT_IN_DECKS_DIR);
  try {
    return readdirSync(dir).filter((file) => file.endsWith(".md") && file.toLowerCase() !== "readme.md").sort();
  } catch {
    return [];
  }
}

/** A cheap fingerprint of content/ (names, sizes, mtimes) to notice edits without reading files. */
export function contentFingerprint(root: string): string {
  const stamp = (dir: string, file: string) => {
    const stat = statSync(path.join(root, dir, file));
    return `${dir}/${file}:${stat.size}:${stat.mtimeMs}`;
  };
  return [
    ...deckFiles(root).map((file) => stamp(BUILT_IN_DECKS_DIR, file)),
    ...scenarioFiles(root).map((file) => stamp(SCENARIOS_DIR, file)),
    ...predictFiles(root).map((file) => stamp(PREDICT_DIR, file)),
  ].join("|");
}

export function builtInSlug(file: string): string {
  return `builtin-${path.basename(file, ".md").toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
}

export async function syncBuiltInContent(db: PrismaClient, root: string, now: Date = new Date()): Promise<SyncReport> {
  const totals: CardSyncCounts = { added: 0, updated: 0, unchanged: 0, retired: 0, restored: 0 };
  const changed: string[] = [];
  const files = deckFiles(root);
  const slugs = new Set<string>();

  for (const file of files) {
    const relative = path.posix.join("content", "decks", file);
    const text = readFileSync(path.join(root, relative), "utf8");
    const hash = createHash("sha256").update(text).digest("hex");
    const slug = builtInSlug(file);
    slugs.add(slug);
    const existing = await db.deck.findUnique({ where: { slug }, select: { id: true, sourceHash: true, retiredAt: true } });
    if (existing && existing.sourceHash === hash && !existing.retiredAt) continue;

    const parsed = parseNotes(text, { file: relative, deckId: path.basename(file, ".md"), generateMcq: true, seed: slug });
    const deckFields = {
      title: parsed.meta.title ?? path.basename(file, ".md"),
      description: parsed.meta.description ?? "",
      origin: "builtin",
      visibility: "public",
      sourcePath: relative,
      sourceText: text,
      sourceHash: hash,
      topics: JSON.stringify(parsed.meta.topics ?? []),
      tags: JSON.stringify(parsed.meta.tags ?? []),
      retiredAt: null,
    };
    await db.$transaction(async (tx) => {
      const deck = await tx.deck.upsert({ where: { slug }, update: deckFields, create: { slug, ...deckFields } });
      const counts = await syncDeckCards(tx, deck.id, parsed.cards, now);
      for (const key of Object.keys(totals) as (keyof CardSyncCounts)[]) totals[key] += counts[key];
    });
    changed.push(relative);
  }

  const stale = await db.deck.findMany({ where: { origin: "builtin", retiredAt: null, sourcePath: { startsWith: "content/decks/" }, slug: { notIn: [...slugs] } }, select: { id: true, slug: true } });
  for (const deck of stale) {
    await db.$transaction([
      db.deck.update({ where: { id: deck.id }, data: { retiredAt: now } }),
      db.card.updateMany({ where: { deckId: deck.id, retiredAt: null }, data: { retiredAt: now } }),
    ]);
  }

  const scenarios = await syncBuiltInScenarios(db, root, now);
  const predict = await syncPredictDeck(db, root, now);
  for (const problem of [...scenarios.problems, ...predict.problems]) console.warn(`content: skipped: ${problem}`);
  const summary =
    `${files.length} built-in deck(s); ${changed.length} loaded or updated, ${stale.length} retired; ` +
    `cards +${totals.added} ~${totals.updated} -${totals.retired} (restored ${totals.restored}); ${scenarios.loaded} scenario(s); ${predict.cards} predict-the-outcome card(s)`;
  return { decks: files.length, changed, retired: stale.map((deck) => deck.slug), cards: totals, summary };
}
