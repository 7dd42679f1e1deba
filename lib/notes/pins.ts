/** `<!-- id: my-id -->` on the line before a card pins that card's id. */
import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { addIssue, type Draft, type ExtractContext } from "./draft";

const PIN_COMMENT = /^<!--\s*id\s*:\s*(\S+?)\s*-->/i;

export function applyPins(root: Root, drafts: readonly Draft[], ctx: ExtractContext): void {
  const pins = new Map<number, string>();
  visit(root, "html", (node) => {
    const match = PIN_COMMENT.exec(node.value.trim());
    const line = node.position?.end.line;
    if (match?.[1] && line !== undefined) pins.set(line, match[1]);
  });
  if (pins.size === 0) return;
  const lines = ctx.text.split("\n");
  const used = new Set<number>();
  for (const draft of drafts) {
    let previous = draft.line - 1;
    while (previous > 0 && (lines[previous - 1] ?? "").trim() === "") previous--;
    const pin = pins.get(previous);
    if (pin === undefined || used.has(previous) || draft.pinned) continue;
    if (draft.kind === "cloze" && draft.noteOf) continue;
    draft.pinned = pin;
    used.add(previous);
    for (const sibling of drafts) if (sibling.kind === "cloze" && sibling.noteOf === draft) sibling.pinned = pin;
  }
  for (const [line, pin] of pins) {
    if (!used.has(line)) addIssue(ctx, line, "warning", "unused-id", `id comment "${pin}" is not on the line before a card`);
  }
}
