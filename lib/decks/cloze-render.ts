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
