/** The difference between two revisions of a deck's Markdown, as a unified diff and per-line parts. */
import { createTwoFilesPatch, diffLines } from "diff";

export interface RevisionDiffLine {
  kind: "added" | "removed" | "same";
  text: string;
}

export interface RevisionDiff {
  /** `diff -u` style text, headed `revision A` / `revision B`. */
  unified: string;
  lines: RevisionDiffLine[];
  added: number;
  removed: number;
}

function splitLines(text: string): string[] {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

export function diffRevisions(from: { number: number; markdown: string }, to: { number: number; markdown: string }): RevisionDiff {
  const unified = createTwoFilesPatch(`revision ${from.number}`, `revision ${to.number}`, from.markdown, to.markdown, "", "", { context: 3 });
  const lines: RevisionDiffLine[] = [];
  let added = 0;
  let removed = 0;
  for (const part of diffLines(from.markdown, to.markdown)) {
    const kind = part.added ? "added" : part.removed ? "removed" : "same";
    const texts = splitLines(part.value);
    if (kind === "added") added += texts.length;
    if (kind === "removed") removed += texts.length;
    for (const text of texts) lines.push({ kind, text });
  }
  return { unified, lines, added, removed };
}
