/**
 * How many editors a command input opens, as the shell's edit protocol does: `kubectl edit …` (or the
 * preset alias `k`) and `vi|vim|nano FILE`, wherever they stand in the line (the shell pauses the rest
 * of the line until the editor closes).
 */
import { tokenize } from "../../kubectl/shell/tokenize";

const EDITORS = new Set(["vi", "vim", "nano"]);
const SEPARATORS = new Set(["|", "&&", "||", ";"]);
/** kubectl's global flags that take a value, so `kubectl -n dev edit deploy web` is still an edit. */
const VALUE_FLAGS = new Set(["-n", "--namespace", "--context", "--kubeconfig", "-s", "--server"]);

function isEditing(words: readonly string[]): boolean {
  const [program = "", ...rest] = words;
  if (EDITORS.has(program)) return rest.length > 0;
  if (program !== "kubectl" && program !== "k") return false;
  for (let i = 0; i < rest.length; i += 1) {
    const word = rest[i] ?? "";
    if (VALUE_FLAGS.has(word)) { i += 1; continue; }
    if (word.startsWith("-")) continue;
    return word === "edit";
  }
  return false;
}

export function editorsOpened(input: string): number {
  let tokens;
  try {
    tokens = tokenize(input.split("\n")[0] ?? "", () => undefined);
  } catch {
    return 0;
  }
  const segments: string[][] = [[]];
  for (const token of tokens) {
    if (token.kind === "op" && SEPARATORS.has(token.value)) segments.push([]);
    else if (token.kind === "word") segments[segments.length - 1]?.push(token.value);
  }
  return segments.filter(isEditing).length;
}

export const opensEditor = (input: string): boolean => editorsOpened(input) > 0;
