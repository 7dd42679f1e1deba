/**
 * Whether a command input opens the editor, as the shell's edit protocol does: `kubectl edit …`
 * (or the preset alias `k`) and `vi|vim|nano FILE`. Only the last command of an input counts.
 */
import { tokenize } from "../../kubectl/shell/tokenize";

const EDITORS = new Set(["vi", "vim", "nano"]);
/** kubectl's global flags that take a value, so `kubectl -n dev edit deploy web` is still an edit. */
const VALUE_FLAGS = new Set(["-n", "--namespace", "--context", "--kubeconfig", "-s", "--server"]);

export function opensEditor(input: string): boolean {
  let words: string[];
  try {
    const tokens = tokenize(input.split("\n")[0] ?? "", () => undefined);
    const lastOp = tokens.map((t, i) => (t.kind === "op" && ["|", "&&", "||", ";"].includes(t.value) ? i : -1)).reduce((a, b) => Math.max(a, b), -1);
    words = tokens.slice(lastOp + 1).flatMap((t) => (t.kind === "word" ? [t.value] : []));
  } catch {
    return false;
  }
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
