/**
 * Scores the notes parser against hand-judged cards (tests/notes/eval/<set>/<note> with
 * <note minus extension>.expected.json beside it), for `npm run eval:notes` and the eval test.
 *
 * Matching rule: an expected card is found when an unmatched produced card has
 * - the same front after normalisation (normalizeFront: case, Markdown markers, trailing `?:.!`;
 *   then every run of punctuation is one space, `¿`/`¡` dropped, and a leading article of the six
 *   languages removed), or one of the expected card's alternative fronts; and
 * - a back that contains at least half of the expected back's key words (case-insensitive
 *   substring match on the produced back with Markdown markers removed).
 * Expected cards are matched in order, each to the first produced card that fits (one to one).
 * Recall = found / expected; precision = produced cards matched / produced. Kinds are compared on
 * matched cards and reported, not scored.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { normalizeFront, parseNotes, type Card } from "@/lib/notes";

/** `[front, back key words, kind, alternative fronts?]` */
export type ExpectedCard = [string, string, string, string[]?];

export interface FileScore {
  file: string;
  expected: number;
  produced: number;
  found: number;
  kindsAgree: number;
  missed: string[];
  extra: string[];
}

const ARTICLES = /^(?:the|a|an|el|la|los|las|un|una|der|die|das|ein|eine|le|les|l|une|o|os|as|um|uma)\s+/u;

export function normalizeForMatch(front: string): string {
  return normalizeFront(front).replace(/[¿¡]/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim().replace(ARTICLES, "");
}

function backMatches(expectedWords: string, back: string): boolean {
  const words = expectedWords.toLowerCase().split(/\s+/).filter(Boolean);
  const plain = back.toLowerCase().replace(/[*_`]/g, "");
  const present = words.filter((word) => plain.includes(word)).length;
  return words.length === 0 || present * 2 >= words.length;
}

export function scoreFile(file: string, text: string, expected: readonly ExpectedCard[]): FileScore {
  const cards: Card[] = parseNotes(text, { file }).cards;
  const used = new Set<number>();
  const missed: string[] = [];
  let kindsAgree = 0;
  for (const [front, back, kind, alternatives = []] of expected) {
    const fronts = new Set([front, ...alternatives].map(normalizeForMatch));
    const at = cards.findIndex((card, index) => !used.has(index) && fronts.has(normalizeForMatch(card.front)) && backMatches(back, card.back));
    if (at < 0) {
      missed.push(front);
      continue;
    }
    used.add(at);
    if (cards[at]?.kind === kind) kindsAgree++;
  }
  const extra = cards.filter((_, index) => !used.has(index)).map((card) => `${card.front} → ${card.back.replace(/\s+/g, " ").slice(0, 60)}`);
  return { file, expected: expected.length, produced: cards.length, found: used.size, kindsAgree, missed, extra };
}

export const EVAL_DIR = join(import.meta.dirname, ".");

export function scoreSet(set: string): FileScore[] {
  const dir = join(EVAL_DIR, set);
  return readdirSync(dir)
    .filter((file) => /\.(md|txt)$/.test(file))
    .sort()
    .map((file) => {
      const expected = (JSON.parse(readFileSync(join(dir, file.replace(/\.(md|txt)$/, ".expected.json")), "utf8")) as { cards: ExpectedCard[] }).cards;
      return scoreFile(`${set}/${file}`, readFileSync(join(dir, file), "utf8"), expected);
    });
}

export function totals(scores: readonly FileScore[]): { recall: number; precision: number; expected: number; produced: number; found: number } {
  const expected = scores.reduce((sum, score) => sum + score.expected, 0);
  const produced = scores.reduce((sum, score) => sum + score.produced, 0);
  const found = scores.reduce((sum, score) => sum + score.found, 0);
  return { recall: expected ? found / expected : 1, precision: produced ? found / produced : 1, expected, produced, found };
}
