/**
 * Stable card ids. id = `<deck>:<slug of front>-<hash of normalised front>`, so editing a back,
 * re-wording the topic or moving a card under another heading keeps its id (and everyone's
 * progress), while a changed front is a new card unless the author pins the id with
 * `<!-- id: … -->` (or `id:` in a quiz block). Fronts are normalised (case, Markdown markers,
 * spacing, trailing punctuation) before hashing, so fixing "pod" → "**Pod**" keeps the id too.
 * When two cards of a deck have the same normalised front, the first keeps the plain id, the
 * next ones get the topic path mixed into the hash, then a counter: deterministic, and reported.
 */
import { addIssue, type Draft, type ExtractContext } from "./draft";
import { renderCloze } from "./extract-cloze";
import type { Card } from "./types";

/** FNV-1a, 32 bits, base 36: tiny, pure and stable across runtimes. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, "0");
}

export function slugify(text: string, max = 32): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, max).replace(/-+$/, "") || "card";
}

export function normalizeFront(front: string): string {
  return front
    .normalize("NFKC")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`~]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[\s?:.!]+$/, "")
    .trim();
}

export const PIN_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

function baseId(deckId: string, draft: Draft): string {
  // A cloze is named by its full sentence, so editing a hint or renumbering keeps the id.
  const front = draft.kind === "cloze" && draft.clozes ? renderCloze(draft.clozes.text, 0) : draft.front;
  const normal = normalizeFront(front);
  return `${deckId}:${slugify(normal)}-${hashText(normal)}`;
}

function suffix(draft: Draft): string {
  return draft.kind === "cloze" && draft.clozes ? `-c${draft.clozes.hide}` : "";
}

/** Gives every draft its id and noteId; reports duplicate fronts and bad pins. */
export function assignIds(drafts: readonly Draft[], deckId: string, ctx: ExtractContext): Card[] {
  const taken = new Map<string, number>();
  // The counter each duplicate id last got: ids are only ever added, so the next free one is never
  // below it (counting from 2 for each of thousands of equal fronts took time that grew with their square).
  const lastCounter = new Map<string, number>();
  const freeId = (alt: string): string => {
    let n = lastCounter.get(alt) ?? 2;
    while (taken.has(`${alt}-${n}`)) n++;
    lastCounter.set(alt, n);
    return `${alt}-${n}`;
  };
  const idOf = new Map<Draft, string>();
  const noteIdOf = new Map<Draft, string>();
  for (const draft of drafts) {
    let id: string;
    const pinned = draft.pinned && PIN_PATTERN.test(draft.pinned) ? draft.pinned : undefined;
    if (draft.pinned && !pinned) {
      addIssue(ctx, draft.line, "error", "bad-id", `id "${draft.pinned}" must be letters, digits, ".", "_", ":" or "-" (at most 100)`);
    }
    const base = pinned ?? baseId(deckId, draft);
    id = base + suffix(draft);
    noteIdOf.set(draft, base);
    if (taken.has(id) && !pinned) {
      const first = taken.get(id);
      addIssue(ctx, draft.line, "warning", "duplicate-front", `duplicate front "${draft.front}" (also at line ${first}): pin an id or reword one`);
      const alt = `${base}-${hashText(draft.topic.join("/")).slice(0, 4)}${suffix(draft)}`;
      id = taken.has(alt) ? freeId(alt) : alt;
    }
    if (taken.has(id) && pinned) {
      addIssue(ctx, draft.line, "error", "bad-id", `duplicate id "${id}" (also at line ${taken.get(id)}): pin a different id`);
      id = freeId(id);
    }
    taken.set(id, draft.line);
    idOf.set(draft, id);
  }
  return drafts.map((draft) => {
    const id = idOf.get(draft) ?? "";
    const noteId =
      draft.kind === "cloze" ? (noteIdOf.get(draft.noteOf ?? draft) ?? id) : draft.noteOf ? (idOf.get(draft.noteOf) ?? id) : id;
    const card: Card = {
      id,
      kind: draft.kind,
      front: draft.front,
      back: draft.back,
      topic: draft.topic,
      tags: draft.tags,
      source: { file: ctx.file, line: draft.line },
      noteId,
    };
    if (draft.options) card.options = draft.options;
    if (draft.answer !== undefined) card.answer = draft.answer;
    if (draft.explanation) card.explanation = draft.explanation;
    if (draft.items) card.items = draft.items;
    if (draft.clozes) card.clozes = draft.clozes;
    return card;
  });
}
