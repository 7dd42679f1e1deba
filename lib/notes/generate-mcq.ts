/**
 * Multiple-choice cards generated from basic cards: "Which term is described here?" with the
 * definition (the term masked), the right term and distractors drawn from sibling terms of the same
 * deck, same topic first. A distractor is never a synonym or alias of the answer ("kubelet" /
 * "kubelet process", "Service" / "Services", "etcd" / "etcd store"), nor of another distractor.
 * Deterministic: the same cards and seed always give the same questions.
 */
import { hashText } from "./card-ids";
import type { Card } from "./types";

export interface McqOptions {
  seed: string;
  /** Options per question, the answer included (default 4; at least 3 are needed to make a card). */
  choices?: number;
}

const FILLER = new Set(
  "a an the of and or for to in on process processes store stores component components object objects resource resources kind kinds".split(" "),
);

function singular(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("es") && /(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** The words that name a term, lower-cased and singular, without filler ("the", "process", "store"). */
export function termCore(term: string): string[] {
  const words = term
    .toLowerCase()
    .replace(/[*_`]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !FILLER.has(word))
    .map(singular);
  return [...new Set(words)];
}

export function areSynonyms(a: string, b: string): boolean {
  const left = termCore(a);
  const right = termCore(b);
  if (left.length === 0 || right.length === 0) return a.trim().toLowerCase() === b.trim().toLowerCase();
  if (left.join("") === right.join("")) return true;
  const [small, large] = left.length <= right.length ? [left, right] : [right, left];
  return small.every((word) => large.includes(word));
}

function random(seed: string): () => number {
  let state = parseInt(hashText(seed), 36) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], next: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const a = copy[i];
    const b = copy[j];
    if (a === undefined || b === undefined) continue;
    copy[i] = b;
    copy[j] = a;
  }
  return copy;
}

const isTerm = (card: Card): boolean =>
  card.kind === "basic" && !card.front.includes("?") && card.front.split(/\s+/).length <= 5 && termCore(card.front).length > 0;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The first paragraph of a definition, with the term (and its plural) masked. */
function maskedDefinition(card: Card): string {
  const first = card.back.split(/\n\s*\n/)[0] ?? card.back;
  const plain = first.replace(/^\s*[-*+]\s+/gm, "").replace(/\s+/g, " ").trim();
  const words = termCore(card.front).filter((word) => word.length > 2);
  const bare = card.front.replace(/[*_`]/g, "").trim();
  let masked = plain.replace(new RegExp(`${escape(bare)}(e?s)?`, "gi"), "_____");
  for (const word of words) masked = masked.replace(new RegExp(`\\b${escape(word)}(e?s)?\\b`, "gi"), "_____");
  return masked.length > 240 ? `${masked.slice(0, 237).trimEnd()}…` : masked;
}

const deckOf = (card: Card): string => card.id.split(":")[0] ?? "";

export function generateMcqCards(cards: readonly Card[], options: McqOptions): Card[] {
  const choices = Math.max(3, options.choices ?? 4);
  const terms = cards.filter(isTerm);
  const result: Card[] = [];
  for (const card of terms) {
    const next = random(`${options.seed}|${card.id}`);
    const topic = card.topic.join("/");
    const pool = terms.filter((other) => other !== card && deckOf(other) === deckOf(card) && !areSynonyms(other.front, card.front));
    const sameTopic = shuffle(pool.filter((other) => other.topic.join("/") === topic), next);
    const nearTopic = shuffle(pool.filter((other) => other.topic.join("/") !== topic && other.topic[0] === card.topic[0]), next);
    const rest = shuffle(pool.filter((other) => other.topic[0] !== card.topic[0]), next);
    const distractors: string[] = [];
    for (const other of [...sameTopic, ...nearTopic, ...rest]) {
      if (distractors.length >= choices - 1) break;
      if (distractors.some((chosen) => areSynonyms(chosen, other.front))) continue;
      distractors.push(other.front);
    }
    const definition = maskedDefinition(card);
    if (distractors.length < 2 || definition.replace(/[_\s.,]/g, "").length < 8) continue;
    const optionsList = shuffle([card.front, ...distractors], next);
    result.push({
      id: `${card.id}-mcq`,
      kind: "mcq",
      front: `Which term is described here?\n\n> ${definition}`,
      back: `**${card.front}**\n\n${card.back}`,
      topic: card.topic,
      tags: card.tags,
      source: card.source,
      noteId: card.noteId,
      options: optionsList,
      answer: optionsList.indexOf(card.front),
      explanation: card.back,
    });
  }
  return result;
}
