/**
 * Turns a cloze card's authored text (`{{c1::etcd::a store}} keeps the state`) into Markdown: on the
 * front the card's own deletion is hidden as `[…]` (or `[hint]`), other deletions show their answer;
 * on the back every answer shows and the card's own is bold.
 */
import type { ClozeData } from "@/lib/notes/types";

const MARKER = /\{\{c(\d+)::((?:(?!\}\}).)*?)(?:::((?:(?!\}\}).)*?))?\}\}/gs;

export function renderCloze(data: ClozeData, side: "front" | "back"): string {
  return data.text.replace(MARKER, (_match, index: string, answer: string, hint: string | undefined) => {
    const hidden = Number(index) === data.hide;
    if (!hidden) return answer;
    if (side === "back") return `**${answer}**`;
    return hint ? `[${hint}]` : "[…]";
  });
}

/** The deletions a cloze text holds now (after the learner edited it). */
export function clozeDeletions(text: string): ClozeData["deletions"] {
  return [...text.matchAll(MARKER)].map((match) => ({
    index: Number(match[1]),
    answer: match[2] ?? "",
    ...(match[3] ? { hint: match[3] } : {}),
  }));
}

/** A cloze card made consistent with its (possibly edited) text: front, back and deletions. */
export function normaliseClozeCard<C extends { front: string; back: string; clozes?: ClozeData }>(card: C): C {
  if (!card.clozes) return card;
  const clozes = { ...card.clozes, deletions: clozeDeletions(card.clozes.text) };
  return { ...card, clozes, front: renderCloze(clozes, "front"), back: renderCloze(clozes, "back") };
}
