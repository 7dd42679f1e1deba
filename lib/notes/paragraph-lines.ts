/**
 * A paragraph read line by line (issue 17, item 2): notes often put one definition per line with no
 * blank line between them, which Markdown joins into one paragraph. A line starts a definition of
 * its own when it is
 * - `Term: …` / `Term - …` / `**Term** …` (any line), or
 * - a defining statement (`etcd stores all cluster data …`), or a short term line followed by a line
 *   of its definition (`Kubelet` / `agent on every node …`), when the line can start something:
 *   it is one of the first two lines, the line before it ends a sentence, or an earlier line already
 *   started a definition (the paragraph is a list of lines, not wrapped prose).
 * Other lines continue the definition above them.
 */
import { splitTags } from "./draft";
import { isKubernetesTerm } from "./definition-sentence";
import { isTermLike, splitDefinition, splitSentenceDefinition } from "./definition-line";
import { inlineLine } from "./markdown-tree";
import { isAdmonition, isAttributeLabel } from "./vocabulary";

export interface LineGroup {
  term: string;
  parts: string[];
  /** Line of the definition, counted from the paragraph's first line (0). */
  offset: number;
  tags: string[];
  /** How the line defines: `Term: …` (separator), a statement, or a term alone over its definition. */
  form: "separator" | "statement" | "term-line";
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** `Kubelet`, `Container runtime`: a short capitalised (or Kubernetes-looking) name alone on its line. */
function isTermLine(text: string): boolean {
  if (wordCount(text) > 3 || /[.,;:!?]$/.test(text) || !isTermLike(text, 3) || isAdmonition(text) || isAttributeLabel(text)) return false;
  return /^\p{Lu}/u.test(text) || isKubernetesTerm(text);
}

export function groupLines(source: string): LineGroup[] {
  const lines = source.split("\n").map((raw) => splitTags(inlineLine(raw)));
  const groups: LineGroup[] = [];
  const several = lines.length >= 2;
  lines.forEach(({ text, tags }, offset) => {
    const previous = lines[offset - 1]?.text ?? "";
    const canStart = offset <= 1 || /[.!?:;)]$/.test(previous) || groups.length > 0;
    const next = lines[offset + 1]?.text;
    let definition = splitDefinition(text);
    let form: LineGroup["form"] = "separator";
    if (!definition && several && canStart) {
      definition = splitSentenceDefinition(text);
      form = "statement";
    }
    if (!definition && several && canStart && next !== undefined && isTermLine(text) && !isTermLine(next) && wordCount(next) >= 3 && !splitDefinition(next)) {
      definition = { term: text, rest: "", explicit: false };
      form = "term-line";
    }
    if (definition) groups.push({ term: definition.term, parts: [definition.rest], offset, tags, form });
    else groups[groups.length - 1]?.parts.push(text);
  });
  return groups;
}
