/** Cloze deletions: `{{c1::etcd}} stores the cluster state`, optional hint `{{c1::etcd::a store}}`; one card per cN. */
import { mergeTags, splitTags, type Draft, type ExtractContext, type Scope } from "./draft";
import type { ClozeDeletion } from "./types";

interface ClozeMatch extends ClozeDeletion {
  start: number;
  end: number;
}

const OPENER = /\{\{c(\d+)::/g;

/**
 * Every `{{cN::answer::hint}}` in order. Scanned by hand: a deletion ends at the first `}}` and
 * never spans a brace or a line break, so an unclosed opener costs only the text up to the next
 * brace (a regular expression with lazy groups retried from every opener and colon: quadratic).
 */
function scanClozes(text: string): ClozeMatch[] {
  const found: ClozeMatch[] = [];
  OPENER.lastIndex = 0;
  for (let match = OPENER.exec(text); match; match = OPENER.exec(text)) {
    const from = match.index + match[0].length;
    let stop = from;
    while (stop < text.length && text[stop] !== "{" && text[stop] !== "}" && text[stop] !== "\n") stop++;
    if (!text.startsWith("}}", stop)) {
      OPENER.lastIndex = stop;
      continue;
    }
    const content = text.slice(from, stop);
    const split = content.indexOf("::");
    const hint = split < 0 ? "" : content.slice(split + 2).trim();
    found.push({ start: match.index, end: stop + 2, index: Number(match[1]), answer: split < 0 ? content : content.slice(0, split), ...(hint ? { hint } : {}) });
    OPENER.lastIndex = stop + 2;
  }
  return found;
}

export function hasCloze(markdown: string): boolean {
  return scanClozes(markdown).some((match) => match.answer.length > 0);
}

export function clozeDeletions(text: string): ClozeDeletion[] {
  return scanClozes(text).map((match) => ({ index: match.index, answer: match.answer.trim(), ...(match.hint ? { hint: match.hint } : {}) }));
}

/** The text with deletion `hide` shown as `[…]` (or `[hint]`) and the others revealed; hide 0 reveals all. */
export function renderCloze(text: string, hide: number, revealed: (answer: string) => string = (a) => a): string {
  let out = "";
  let at = 0;
  for (const match of scanClozes(text)) {
    out += text.slice(at, match.start) + (match.index === hide ? `[${match.hint || "…"}]` : revealed(match.answer.trim()));
    at = match.end;
  }
  return out + text.slice(at);
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
