/** Cloze deletions: `{{c1::etcd}} stores the cluster state`, optional hint `{{c1::etcd::a store}}`; one card per cN. */
import { mergeTags, splitTags, type Draft, type ExtractContext, type Scope } from "./draft";
import type { ClozeDeletion } from "./types";

const CLOZE = /\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}/g;

export function hasCloze(markdown: string): boolean {
  return /\{\{c\d+::.+?\}\}/.test(markdown);
}

export function clozeDeletions(text: string): ClozeDeletion[] {
  return [...text.matchAll(CLOZE)].map((match) => ({
    index: Number(match[1]),
    answer: (match[2] ?? "").trim(),
    ...(match[3]?.trim() ? { hint: match[3].trim() } : {}),
  }));
}

/** The text with deletion `hide` shown as `[…]` (or `[hint]`) and the others revealed; hide 0 reveals all. */
export function renderCloze(text: string, hide: number, revealed: (answer: string) => string = (a) => a): string {
  return text.replace(CLOZE, (_all, index: string, answer: string, hint?: string) =>
    Number(index) === hide ? `[${hint?.trim() || "…"}]` : revealed(answer.trim()),
  );
}

export function extractCloze(markdown: string, line: number, scope: Scope, ctx: ExtractContext): void {
  const { text, tags } = splitTags(markdown.trim());
  const deletions = clozeDeletions(text).filter((deletion) => deletion.answer !== "");
  const indexes = [...new Set(deletions.map((deletion) => deletion.index))].sort((a, b) => a - b);
  let first: Draft | undefined;
  for (const hide of indexes) {
    const draft: Draft = {
      kind: "cloze",
      front: renderCloze(text, hide),
      back: renderCloze(text, 0, (answer) => `**${answer}**`),
      topic: scope.topic,
      tags: mergeTags(scope.tags, tags),
      line,
      clozes: { text, hide, deletions },
      ...(first ? { noteOf: first } : {}),
    };
    first ??= draft;
    ctx.drafts.push(draft);
  }
}
