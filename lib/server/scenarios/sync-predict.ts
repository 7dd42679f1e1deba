/**
 * Loads the predict-the-outcome quizzes (content/scenarios/predict/*.md) as the built-in deck
 * "Predict the outcome". The engine computes every right answer at load time, so authors never
 * hand-compute one; a question the engine cannot answer is skipped and reported.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/prisma/generated/client";
import { buildPredictDeck, PREDICT_DECK } from "@/lib/scenarios";
import { syncDeckCards } from "../decks/sync-deck-cards";

export const PREDICT_DIR = path.join("content", "scenarios", "predict");
export const PREDICT_DECK_SLUG = "builtin-predict";

export function predictFiles(root: string): string[] {
  try {
    return readdirSync(path.join(root, PREDICT_DIR)).filter((file) => file.endsWith(".md") && file.toLowerCase() !== "readme.md").sort();
  } catch {
    return [];
  }
}

export async function syncPredictDeck(db: PrismaClient, root: string, now: Date): Promise<{ cards: number; problems: string[] }> {
  const sources = predictFiles(root).map((file) => {
    const relative = path.posix.join("content", "scenarios", "predict", file);
    return { file: relative, text: readFileSync(path.join(root, relative), "utf8") };
  });
  const built = buildPredictDeck(sources, 1);
  const fields = {
    title: PREDICT_DECK,
    description: "A manifest and an event: predict what the cluster does. The engine computed every answer.",
    origin: "builtin",
    visibility: "public",
    sourcePath: PREDICT_DIR,
    retiredAt: sources.length > 0 ? null : now,
  };
  await db.$transaction(async (tx) => {
    const deck = await tx.deck.upsert({ where: { slug: PREDICT_DECK_SLUG }, update: fields, create: { slug: PREDICT_DECK_SLUG, ...fields } });
    await syncDeckCards(tx, deck.id, built.cards, now);
  });
  return { cards: built.cards.length, problems: built.issues.map((issue) => `${issue.file}:${issue.line}: ${issue.message}`) };
}
